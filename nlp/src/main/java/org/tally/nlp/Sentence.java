package org.tally.nlp;

import java.util.List;

/**
 * One sentence: its span in the original text, its tokens in order, and the names found in it.
 *
 * @param index position of the sentence in its {@link Analysis}, from 0
 * @param begin offset of the first character of the first token
 * @param end   offset after the last character of the last token
 */
public record Sentence(int index, int begin, int end, List<Token> tokens, List<NameSpan> names) {

    public Sentence {
        if (index < 0) {
            throw new IllegalArgumentException("negative index " + index);
        }
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad span [" + begin + ", " + end + ")");
        }
        tokens = List.copyOf(tokens);
        names = List.copyOf(names);
        if (tokens.isEmpty()) {
            throw new IllegalArgumentException("a sentence has at least one token");
        }
        for (Token t : tokens) {
            if (t.begin() < begin || t.end() > end) {
                throw new IllegalArgumentException("token " + t + " lies outside [" + begin + ", " + end + ")");
            }
        }
        for (NameSpan n : names) {
            if (n.endToken() > tokens.size()) {
                throw new IllegalArgumentException("name " + n + " lies outside the sentence's tokens");
            }
        }
    }

    /** The sentence's text, sliced from the original text that was analysed. */
    public String text(String original) {
        return original.substring(begin, end);
    }
}
