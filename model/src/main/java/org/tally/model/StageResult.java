package org.tally.model;

import java.util.Objects;
import java.util.function.Function;

/**
 * What a stage made of one input: a value, a reasoned skip, or a failure. A stage never throws for bad input;
 * it returns one of these so that one bad document never stops a batch.
 */
public sealed interface StageResult<T> {

    record Ok<T>(T value) implements StageResult<T> {
        public Ok {
            Objects.requireNonNull(value, "value");
        }
    }

    /** The input was understood and deliberately not processed (e.g. a duplicate). */
    record Skipped<T>(Problem reason) implements StageResult<T> {
        public Skipped {
            Objects.requireNonNull(reason, "reason");
        }
    }

    record Failed<T>(Problem reason) implements StageResult<T> {
        public Failed {
            Objects.requireNonNull(reason, "reason");
        }
    }

    static <T> StageResult<T> ok(T value) {
        return new Ok<>(value);
    }

    static <T> StageResult<T> failed(String doc, Stage stage, String code, String message) {
        return new Failed<>(new Problem(doc, stage, code, message));
    }

    /** Applies the next stage to a value; skips and failures pass through unchanged. */
    default <R> StageResult<R> then(Function<? super T, StageResult<R>> next) {
        return switch (this) {
            case Ok<T> ok -> next.apply(ok.value());
            case Skipped<T> skipped -> new Skipped<>(skipped.reason());
            case Failed<T> failed -> new Failed<>(failed.reason());
        };
    }
}
