package org.tally.kb;

import java.util.Locale;
import java.util.Optional;

/** What an entity of the knowledge base is. Its {@link #code()} is what the TSV files' {@code type} column holds. */
public enum EntityType {
    PERSON, ORGANIZATION, COUNTRY, PLACE, VESSEL, WEAPON;

    /** The lower-case name used in the files, e.g. {@code person}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The type whose {@link #code()} is {@code code}, if any. */
    public static Optional<EntityType> fromCode(String code) {
        for (EntityType t : values()) {
            if (t.code().equals(code)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
