package org.tally.nlp;

import java.util.Objects;

/**
 * One token. {@code text} is always {@code original.substring(begin, end)} of the text that was analysed.
 *
 * <p>{@code word} is the form the models saw. It equals {@code text} except where the tokenizer normalised
 * characters, and for a contraction split into several words: German "zum" gives two tokens, {@code zu} and
 * {@code dem}, which share the span (and so the {@code text}) of "zum".
 *
 * @param begin offset of the first character (UTF-16 index into the original text)
 * @param end   offset after the last character
 * @param pos   universal part of speech (UPOS: NOUN, PROPN, VERB, ...), or {@code null} without a tagger
 * @param tag   the tagger's own tag (Penn Treebank for English, UPOS for German), or {@code null}
 * @param lemma dictionary form ({@code liefern} for "geliefert", {@code ship} for "ships"), or {@code null}
 */
public record Token(int begin, int end, String text, String word, String pos, String tag, String lemma) {

    public Token {
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad span [" + begin + ", " + end + ")");
        }
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(word, "word");
        if (text.length() != end - begin) {
            throw new IllegalArgumentException("text '" + text + "' does not fit span [" + begin + ", " + end + ")");
        }
    }

    /** A token of a language without models: no part of speech, no lemma. */
    public static Token plain(int begin, int end, String text) {
        return new Token(begin, end, text, text, null, null, null);
    }
}
