package org.tally.extract.quantity;

import java.util.Locale;

/**
 * How a reported number bounds the true amount. The rules that map words to qualifiers are in
 * {@code docs/quantities.md}.
 */
public enum Qualifier {
    /** The number as given, no hedge: "1.000 Container", "a dozen tanks", a range without a hedge. */
    EXACT,
    /** Close to the number, either side: "rund", "etwa", "ca.", "about", "some 2,000". */
    APPROX,
    /** Strictly above: "mehr als", "über", "more than", "over". */
    MORE_THAN,
    /** The number or more: "mindestens", "gut", "at least"; every vague plural ("Hunderte", "thousands"). */
    AT_LEAST,
    /** The number or fewer: "bis zu", "höchstens", "up to", "as many as". */
    UP_TO,
    /** Below, usually just below: "weniger als", "knapp", "fast", "nearly", "fewer than". */
    LESS_THAN;

    /** The lower-case name used in records and lexicon files: {@code exact}, {@code more_than}, … */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The qualifier for a {@link #code()}; throws for an unknown code. */
    public static Qualifier fromCode(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }
}
