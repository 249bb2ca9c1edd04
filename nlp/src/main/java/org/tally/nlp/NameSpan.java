package org.tally.nlp;

import java.util.Objects;
import java.util.Set;

/**
 * A name found by the named-entity recogniser: a run of tokens of one sentence with the same label.
 *
 * @param begin      offset of the first character in the original text
 * @param end        offset after the last character
 * @param text       {@code original.substring(begin, end)}
 * @param label      one of {@link #LABELS}
 * @param firstToken index in the sentence's token list of the first token of the name
 * @param endToken   index after the last token of the name
 */
public record NameSpan(int begin, int end, String text, String label, int firstToken, int endToken) {

    public static final String PERSON = "PERSON";
    public static final String LOCATION = "LOCATION";
    public static final String ORGANIZATION = "ORGANIZATION";
    public static final String MISC = "MISC";
    public static final Set<String> LABELS = Set.of(PERSON, LOCATION, ORGANIZATION, MISC);

    public NameSpan {
        if (begin < 0 || end <= begin) {
            throw new IllegalArgumentException("bad span [" + begin + ", " + end + ")");
        }
        Objects.requireNonNull(text, "text");
        if (text.length() != end - begin) {
            throw new IllegalArgumentException("text '" + text + "' does not fit span [" + begin + ", " + end + ")");
        }
        if (!LABELS.contains(label)) {
            throw new IllegalArgumentException("label '" + label + "' is not one of " + LABELS);
        }
        if (firstToken < 0 || endToken <= firstToken) {
            throw new IllegalArgumentException("bad token range [" + firstToken + ", " + endToken + ")");
        }
    }
}
