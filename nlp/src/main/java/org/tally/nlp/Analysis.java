package org.tally.nlp;

import java.util.List;
import java.util.Objects;

/**
 * What the analyser made of one text. All offsets point into the text given to {@link Analyzer#analyse}.
 *
 * @param language the language the text was analysed as (ISO 639-1, such as {@code de}; {@code und} when unknown)
 * @param engine   what produced it, with versions, such as {@code corenlp-4.5.10} or {@code rules}; tells a reader
 *                 whether part-of-speech tags, lemmas and names can be expected
 */
public record Analysis(String language, String engine, List<Sentence> sentences) {

    public Analysis {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(engine, "engine");
        sentences = List.copyOf(sentences);
        for (int i = 0; i < sentences.size(); i++) {
            if (sentences.get(i).index() != i) {
                throw new IllegalArgumentException("sentence " + i + " has index " + sentences.get(i).index());
            }
        }
    }

    /** Number of tokens in all sentences. */
    public int tokenCount() {
        int n = 0;
        for (Sentence s : sentences) {
            n += s.tokens().size();
        }
        return n;
    }

    /** All names of all sentences, in text order. */
    public List<NameSpan> names() {
        return sentences.stream().flatMap(s -> s.names().stream()).toList();
    }
}
