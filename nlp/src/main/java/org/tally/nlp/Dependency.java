package org.tally.nlp;

import java.util.Objects;

/**
 * One arc of a dependency parse: {@code dependent} depends on {@code head} by {@code relation}
 * (Universal Dependencies, such as {@code nsubj}, {@code obj}, {@code obl}).
 *
 * @param head      index of the head token in the sentence's token list, or {@link #ROOT} for the root word
 * @param dependent index of the dependent token in the sentence's token list
 */
public record Dependency(int head, int dependent, String relation) {

    /** The head of the sentence's root word. */
    public static final int ROOT = -1;

    public Dependency {
        if (head < ROOT || dependent < 0 || head == dependent) {
            throw new IllegalArgumentException("bad arc " + head + " -> " + dependent);
        }
        Objects.requireNonNull(relation, "relation");
    }
}
