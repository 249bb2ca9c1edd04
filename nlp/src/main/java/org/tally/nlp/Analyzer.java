package org.tally.nlp;

import java.util.Set;

/**
 * Linguistic analysis of a text: sentences, tokens with offsets into the text, parts of speech, lemmas and names.
 *
 * <p>Implementations are thread-safe: build one per process and share it. Input text is never an error; a
 * {@code null} text is.
 */
public interface Analyzer {

    /**
     * Analyses {@code text} as {@code language}.
     *
     * @param language ISO 639-1 code ({@code de}, {@code en}; regional variants and 639-2 codes such as
     *                 {@code de-AT} or {@code deu} are understood); a language without models, or {@code null},
     *                 gets sentences and tokens only
     */
    Analysis analyse(String text, String language);

    /** The languages that get parts of speech, lemmas and names (ISO 639-1). */
    Set<String> fullyAnalysedLanguages();

    /**
     * A dependency parse of one sentence of an earlier analysis, computed on demand so that only sentences
     * worth it pay for it.
     *
     * @throws UnsupportedOperationException when there is no parser for the analysis's language
     */
    DependencyParse parse(Analysis analysis, Sentence sentence);
}
