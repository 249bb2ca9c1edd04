package org.tally.model;

import java.util.Objects;

/**
 * Something that went wrong with one input: the {@code problem} record. Errors in the input are data, so a
 * problem is written to the same stream as the facts and the batch goes on.
 *
 * @param doc     the input file's name (or the path as given, when it names no file)
 * @param stage   the stage that gave up
 * @param code    a stable machine-readable reason, e.g. {@code not_found}, {@code too_large}, {@code binary}
 * @param message what a person needs to know, in one sentence
 */
public record Problem(String doc, Stage stage, String code, String message) {

    public Problem {
        Objects.requireNonNull(doc, "doc");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}
