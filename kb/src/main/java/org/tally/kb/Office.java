package org.tally.kb;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An office a person can hold, e.g. {@code RU.defence_minister}.
 *
 * @param id           {@code <ISO2>.<slug>} for national offices, {@code UN.<slug>} etc. for international ones
 * @param country      ISO 3166-1 alpha-2 of the country, or {@code null} for an international office
 * @param name         canonical English name, e.g. {@code Minister of Defence of Russia}
 * @param organization id of the organization the office belongs to, or {@code null}
 * @param titles       title phrases by language, as they are written without the country
 *                     ({@code Verteidigungsminister}, {@code министр обороны}); the linker combines them with the
 *                     country's adjectives or names
 * @param sources      where the facts can be checked
 */
public record Office(String id, String country, String name, String organization,
                     Map<String, List<String>> titles, List<String> sources) {

    public Office {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        var copy = new java.util.LinkedHashMap<String, List<String>>();
        titles.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        titles = java.util.Collections.unmodifiableMap(copy);
        sources = List.copyOf(sources);
    }

    /** The title phrases in one language, empty when none. */
    public List<String> titles(String language) {
        return titles.getOrDefault(language, List.of());
    }
}
