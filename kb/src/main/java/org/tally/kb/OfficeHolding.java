package org.tally.kb;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A person holding an office for a time.
 *
 * @param office  the {@link Office#id()}
 * @param person  the person's {@link KbEntity#id()}
 * @param start   first day in office
 * @param end     last day in office (inclusive), or {@code null} while still in office
 * @param note    e.g. {@code acting}, or {@code null}
 * @param sources where the dates can be checked
 */
public record OfficeHolding(String office, String person, LocalDate start, LocalDate end, String note,
                            List<String> sources) {

    public OfficeHolding {
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(start, "start");
        if (end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("end " + end + " is before start " + start);
        }
        sources = List.copyOf(sources);
    }

    /** Whether the person held the office on {@code date} (start and end inclusive). */
    public boolean covers(LocalDate date) {
        return !date.isBefore(start) && (end == null || !date.isAfter(end));
    }
}
