package org.tally.nlp;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Stanford CoreNLP for German and English (with OpenNLP's lemmatizer for German), and {@link RuleBasedAnalyzer}
 * for every other language.
 *
 * <p>A language's models are loaded on its first text (4–7 s and about 0.5 GiB each; {@link #load} does it
 * ahead), then shared by all threads. Thread-safe. Runs no annotator the rest of Tally does not need: no
 * constituency parse, no SUTime, no numeric or fine-grained NER; a dependency parse is made only on request,
 * one sentence at a time ({@link #parse}).
 *
 * <pre>{@code
 * Analyzer nlp = new CoreNlpAnalyzer();
 * Analysis a = nlp.analyse("Russland hat Granaten geliefert.", "de");
 * a.sentences().getFirst().tokens().get(3).lemma();   // "liefern"
 * }</pre>
 */
public final class CoreNlpAnalyzer implements Analyzer {

    /** The languages with CoreNLP models on the class path. */
    public static final Set<String> LANGUAGES = Set.of("de", "en");

    /**
     * What to run.
     *
     * @param partsOfSpeech     POS tags and lemmas (without them, also no dependency parse)
     * @param names             named-entity recognition
     * @param coreNlpProperties CoreNLP properties set over Tally's own ({@code org/tally/nlp/LANG/corenlp.properties})
     *                          for every language; meant for measurements, such as another {@code ner.model}
     */
    public record Options(boolean partsOfSpeech, boolean names, Map<String, String> coreNlpProperties) {

        /** Everything: tokens, sentences, POS, lemmas and names. */
        public static final Options DEFAULT = new Options(true, true, Map.of());

        public Options {
            coreNlpProperties = Map.copyOf(coreNlpProperties);
        }
    }

    private final Options options;
    private final Map<String, Lazy<CoreNlpLanguage>> languages;
    private final RuleBasedAnalyzer fallback = new RuleBasedAnalyzer();

    public CoreNlpAnalyzer() {
        this(Options.DEFAULT);
    }

    public CoreNlpAnalyzer(Options options) {
        this.options = Objects.requireNonNull(options, "options");
        Map<String, Lazy<CoreNlpLanguage>> m = new TreeMap<>();
        for (String language : LANGUAGES) {
            m.put(language, new Lazy<>(() -> CoreNlpLanguage.load(language, this.options)));
        }
        this.languages = Map.copyOf(m);
    }

    public Options options() {
        return options;
    }

    /**
     * Loads the models of these languages now rather than on their first text.
     *
     * @throws IllegalArgumentException for a language without models
     */
    public void load(String... languages) {
        for (String language : languages) {
            Lazy<CoreNlpLanguage> lazy = this.languages.get(Languages.normalise(language));
            if (lazy == null) {
                throw new IllegalArgumentException("no models for language '" + language + "'; have " + LANGUAGES);
            }
            lazy.get();
        }
    }

    /** The engine name that analyses in this language carry (loads the language's models). */
    public String engine(String language) {
        Lazy<CoreNlpLanguage> lazy = languages.get(Languages.normalise(language));
        return lazy == null ? RuleBasedAnalyzer.ENGINE : lazy.get().engine();
    }

    @Override
    public Analysis analyse(String text, String language) {
        Objects.requireNonNull(text, "text");
        Lazy<CoreNlpLanguage> lazy = languages.get(Languages.normalise(language));
        return lazy == null ? fallback.analyse(text, language) : lazy.get().analyse(text);
    }

    /** The loaded models of a language with CoreNLP models (for tests in this package). */
    CoreNlpLanguage language(String language) {
        return languages.get(Languages.normalise(language)).get();
    }

    @Override
    public Set<String> fullyAnalysedLanguages() {
        return LANGUAGES;
    }

    /**
     * The Universal Dependencies parse of one sentence (CoreNLP's neural dependency parser; the parser's model is
     * loaded on the first call for the language, 1–2 s more).
     *
     * @throws UnsupportedOperationException for a language without models
     * @throws IllegalArgumentException      when the analysis was made without parts of speech
     */
    @Override
    public DependencyParse parse(Analysis analysis, Sentence sentence) {
        Lazy<CoreNlpLanguage> lazy = languages.get(analysis.language());
        if (lazy == null) {
            return fallback.parse(analysis, sentence);
        }
        return lazy.get().parse(sentence);
    }
}
