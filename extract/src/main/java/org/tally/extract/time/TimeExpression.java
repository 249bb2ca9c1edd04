package org.tally.extract.time;

import java.util.Objects;

/**
 * A temporal expression found in a text, with its normalised value.
 *
 * <p>{@code begin} and {@code end} are character offsets into the text given to
 * {@link TimeNormalizer#find(String, String, java.time.LocalDate)} ({@code end} exclusive) and {@code text} is
 * the covered text. Leading prepositions and articles ("am", "im", "in", "on", "the") stay outside the extent;
 * words that carry meaning ("seit", "zwischen", "vor", "ago", "vergangene") are inside it.
 *
 * <p>The value is {@code start} and {@code finish}: ISO-8601 calendar values truncated to what is known
 * ({@code 2023}, {@code 2023-09}, {@code 2023-09-07}), both inclusive. A {@link Kind#DATE} has
 * {@code finish == start}. A {@link Kind#RANGE} has two ends, possibly of different precision; a range opened by
 * "seit"/"since" has {@code finish == null} (it runs on to the time of the report). An expression that needs the
 * publication date while none was given is returned unresolved: {@code start == null && finish == null}.
 *
 * @param begin    offset of the first character
 * @param end      offset after the last character
 * @param text     the covered text
 * @param kind     a point of some precision, or a span
 * @param start    first value, ISO truncated; null if unresolved
 * @param finish   last value (inclusive), ISO truncated; null if unresolved or open
 * @param part     the part of the value the text names ("Ende Juli" is July with part END)
 * @param relative the value was computed from the reference (publication) date
 * @param fuzzy    the value is a convention for a vague expression ("vor Wochen", "kürzlich", "rund zwei Jahre")
 */
public record TimeExpression(int begin, int end, String text, Kind kind, String start, String finish, Part part,
                             boolean relative, boolean fuzzy) {

    /** What the value is. */
    public enum Kind {
        /** A point: a day, a month or a year (or a week-less unit of the calendar). */
        DATE,
        /** A span with two ends (a week, a season, a decade, "vom 10. bis 13. September", "seit 2011"). */
        RANGE
    }

    /** The part of the value that the text names. */
    public enum Part {
        NONE,
        /** "Anfang", "Beginn", "early", "the beginning of". */
        START,
        /** "Mitte", "mid", "the middle of". */
        MID,
        /** "Ende", "late", "the end of". */
        END
    }

    public TimeExpression {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(part, "part");
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad extent " + begin + ".." + end);
        }
    }

    /** Whether a value was computed (false only for relative expressions without a reference date). */
    public boolean resolved() {
        return start != null || finish != null;
    }

    /** Whether this is a range without an end ("seit 2011"). */
    public boolean open() {
        return kind == Kind.RANGE && start != null && finish == null;
    }
}
