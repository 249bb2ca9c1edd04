package org.tally.nlp;

import java.util.Objects;
import java.util.function.Supplier;

/** A value made once, on first use, by whichever thread asks first; the others wait for it. */
final class Lazy<T> {

    private final Supplier<? extends T> maker;
    private volatile T value;

    Lazy(Supplier<? extends T> maker) {
        this.maker = Objects.requireNonNull(maker, "maker");
    }

    T get() {
        T v = value;
        if (v == null) {
            synchronized (this) {
                v = value;
                if (v == null) {
                    v = Objects.requireNonNull(maker.get(), "made null");
                    value = v;
                }
            }
        }
        return v;
    }

    boolean isMade() {
        return value != null;
    }
}
