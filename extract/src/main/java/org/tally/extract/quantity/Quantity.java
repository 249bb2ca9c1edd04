package org.tally.extract.quantity;

import java.util.Objects;

/**
 * A quantity found in one sentence.
 *
 * @param begin     offset of the first character (of the bound phrase, if any: "mehr als 1.000 Container")
 * @param end       offset after the last character (of the unit noun, if any)
 * @param text      {@code sentence.substring(begin, end)}
 * @param value     the number, or for a range its low end; for a vague word the conventional lower bound of
 *                  {@code docs/quantities.md} ("Hunderte" → 200); {@link Double#NaN} when no number can be given
 *                  ("große Mengen", "large quantities")
 * @param high      the high end of a range ("zwischen 2 und 4 Millionen" → 4000000), else null
 * @param unit      the unit as a singular lower-case English noun ({@code shell}, {@code container},
 *                  {@code soldier}, {@code ton}; {@code percent}, {@code usd}, {@code kilometer},
 *                  {@code millimeter}, {@code year}), or null when the number has no unit noun
 * @param qualifier how the number bounds the true amount
 * @param vague     true when the amount is a vague word (Hunderte, thousands, mehrere, several, große Mengen)
 * @param kind      what the unit measures; {@link QuantityKind#isAmount()} tells whether a claim can use it
 */
public record Quantity(int begin, int end, String text, double value, Double high, String unit,
                       Qualifier qualifier, boolean vague, QuantityKind kind) {

    public Quantity {
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad span " + begin + ".." + end);
        }
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(qualifier, "qualifier");
        Objects.requireNonNull(kind, "kind");
    }

    /** True when this is a range with a {@link #high()} end. */
    public boolean isRange() {
        return high != null;
    }

    /** False only when the quantity is vague and names no number at all ("große Mengen"). */
    public boolean hasValue() {
        return !Double.isNaN(value);
    }

    /** True when this counts or weighs goods or people (not a percentage, price, distance, calibre or time). */
    public boolean isAmount() {
        return kind.isAmount();
    }
}
