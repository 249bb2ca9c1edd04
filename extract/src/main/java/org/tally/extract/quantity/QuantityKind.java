package org.tally.extract.quantity;

import java.util.Locale;

/**
 * What a quantity measures. Only {@link #COUNT} and {@link #MEASURE} are amounts of goods or people; the others
 * are returned so that a caller can see them and skip them (a percentage, a price, a range, a calibre, a duration).
 */
public enum QuantityKind {
    /** A number of things or people, or a bare number without a unit noun. */
    COUNT,
    /** A weight or volume of goods: tons, kilograms, barrels, litres. */
    MEASURE,
    /** A sum of money: unit {@code usd}, {@code eur}, {@code gbp}, … */
    MONEY,
    /** A percentage or percentage points: unit {@code percent}. */
    PERCENT,
    /** A distance or range: {@code kilometer}, {@code mile}, {@code meter}, {@code nautical_mile}. */
    DISTANCE,
    /** A calibre ("152 mm", "152-mm-Granaten"): not a count. */
    CALIBRE,
    /** A span of time ("seit 70 Jahren", "three days"). */
    DURATION;

    /** True for {@link #COUNT} and {@link #MEASURE}: the kinds an arms-transfer claim can carry as its amount. */
    public boolean isAmount() {
        return this == COUNT || this == MEASURE;
    }

    String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    static QuantityKind fromCode(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }
}
