package org.tally.model;

import java.util.Objects;
import java.util.Set;

/**
 * One claim a document makes: the {@code event} fact record of SCHEMA.md. A claim, not necessarily a fact.
 *
 * @param doc         the document
 * @param id          stable within the document ({@code e1}, {@code e2}, ...)
 * @param type        one of {@link #TYPES}
 * @param actor       who does it: ISO country code or canonical person/organization name, or {@code null}
 * @param target      to whom or about whom, or {@code null}
 * @param item        an item category of SCHEMA.md ({@link #ITEMS}), or {@code null}
 * @param quantity    how much, or {@code null}
 * @param when        when the claimed event happened (not when it was reported), or {@code null}
 * @param origin      place it comes from, or {@code null}
 * @param destination place it goes to or happens at, or {@code null}
 * @param source      who the document says makes the claim, or {@code null} when the outlet asserts it itself
 * @param modality    one of {@link #MODALITIES}
 * @param evidence    the sentence that carries the claim, as it stands in the body
 * @param begin       offset of the evidence in the body
 * @param end         offset after the evidence
 */
public record Event(String doc, String id, String type, String actor, String target, String item, Amount quantity,
                    Period when, String origin, String destination, String source, String modality, String evidence,
                    int begin, int end) {

    public static final Set<String> TYPES = Set.of("transfer", "request", "visit", "meeting", "agreement", "accuse",
            "deny", "use");
    public static final Set<String> MODALITIES = Set.of("asserted", "reported", "alleged", "possible", "denied",
            "planned");
    public static final Set<String> ITEMS = Set.of("artillery_shells", "munitions", "missiles", "rockets",
            "anti_tank_weapons", "weapons", "military_equipment", "armored_vehicles", "fuel", "food", "aid",
            "technology", "troops", "other");

    public Event {
        Objects.requireNonNull(doc, "doc");
        Objects.requireNonNull(evidence, "evidence");
        if (!TYPES.contains(type)) {
            throw new IllegalArgumentException("event type must be one of " + TYPES + ", was " + type);
        }
        if (!MODALITIES.contains(modality)) {
            throw new IllegalArgumentException("modality must be one of " + MODALITIES + ", was " + modality);
        }
        if (item != null && !ITEMS.contains(item)) {
            throw new IllegalArgumentException("item must be one of " + ITEMS + ", was " + item);
        }
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad evidence span [" + begin + ", " + end + ")");
        }
    }

    /**
     * How much: {@code {"value": 1000, "unit": "container", "qualifier": "more_than"}}.
     *
     * @param qualifier {@code exact}, {@code approx}, {@code more_than}, {@code at_least}, {@code up_to} or
     *                  {@code less_than}
     */
    public record Amount(double value, String unit, String qualifier) {
        public static final Set<String> QUALIFIERS = Set.of("exact", "approx", "more_than", "at_least", "up_to",
                "less_than");

        public Amount {
            if (!QUALIFIERS.contains(qualifier)) {
                throw new IllegalArgumentException("qualifier must be one of " + QUALIFIERS + ", was " + qualifier);
            }
        }
    }

    /** When: ISO dates truncated to what is known; {@code end} is {@code null} for a point or open period. */
    public record Period(String start, String end) {
        public Period {
            Objects.requireNonNull(start, "start");
        }
    }
}
