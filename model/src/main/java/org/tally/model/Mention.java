package org.tally.model;

import java.util.Objects;

/**
 * Where a document names an entity.
 *
 * @param begin offset into {@link Document#body()} of the first character
 * @param end   offset after the last character
 * @param text  the body's text at that span
 * @param how   how it was linked: {@code alias}, {@code adjective}, {@code capital}, {@code short_form},
 *              {@code role} (an office resolved to its holder on the document's date) or {@code ner} (a name the
 *              knowledge base does not know)
 */
public record Mention(int begin, int end, String text, String how) {
    public Mention {
        if (begin < 0 || end <= begin) {
            throw new IllegalArgumentException("bad span [" + begin + ", " + end + ")");
        }
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(how, "how");
    }
}
