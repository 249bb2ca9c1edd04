package org.tally.kb;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One entity of the knowledge base: a person, organization, country, place, vessel or weapon.
 *
 * @param id         unique across all types: ISO 3166-1 alpha-2 for countries ({@code KP}), a lower-case slug
 *                   otherwise ({@code rason}, {@code kim_jong_un})
 * @param type       what it is
 * @param name       canonical English name
 * @param wikidata   Wikidata item id ({@code Q423}), or {@code null} when not given
 * @param country    ISO 3166-1 alpha-2 of the country it belongs to, or {@code null}
 * @param lat        latitude in degrees, or {@code null}
 * @param lon        longitude in degrees, or {@code null}
 * @param kind       a finer kind within the type ({@code port}, {@code ministry}, ...), or {@code null}
 * @param aliases    names by ISO 639-1 language code, in file order; the canonical name is not repeated here
 *                   unless a file lists it
 * @param adjectives adjective stems by language ({@code nordkoreanisch}, {@code северокорейск}), for countries
 * @param attributes every other column by its header name ({@code capital}, {@code imo}, {@code flag},
 *                   {@code sanctioned}, {@code item}, ...), raw cell text; multi-valued cells keep their {@code |}
 * @param sources    where the facts of this row can be checked
 */
public record KbEntity(
        String id,
        EntityType type,
        String name,
        String wikidata,
        String country,
        Double lat,
        Double lon,
        String kind,
        Map<String, List<String>> aliases,
        Map<String, List<String>> adjectives,
        Map<String, String> attributes,
        List<String> sources) {

    public KbEntity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        if (id.isBlank() || name.isBlank()) {
            throw new IllegalArgumentException("id and name must not be blank");
        }
        aliases = copy(aliases);
        adjectives = copy(adjectives);
        attributes = Map.copyOf(attributes);
        sources = List.copyOf(sources);
    }

    private static Map<String, List<String>> copy(Map<String, List<String>> byLanguage) {
        var copy = new java.util.LinkedHashMap<String, List<String>>();
        byLanguage.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        return java.util.Collections.unmodifiableMap(copy);
    }

    /** The aliases in one language (ISO 639-1), empty when none. */
    public List<String> aliases(String language) {
        return aliases.getOrDefault(language, List.of());
    }

    /** The adjective stems in one language, empty when none. */
    public List<String> adjectives(String language) {
        return adjectives.getOrDefault(language, List.of());
    }

    /** The canonical name followed by every alias in every language, without duplicates. */
    public Set<String> allNames() {
        var all = new LinkedHashSet<String>();
        all.add(name);
        aliases.values().forEach(all::addAll);
        return all;
    }

    /** The raw cell of another column ({@code capital}, {@code imo}, ...), if given and not empty. */
    public Optional<String> attribute(String column) {
        return Optional.ofNullable(attributes.get(column)).filter(s -> !s.isEmpty());
    }

    /** The {@code |}-separated values of another column, empty when the column is absent or empty. */
    public List<String> attributeValues(String column) {
        return attribute(column).map(s -> List.of(s.split("\\|", -1))).orElse(List.of());
    }

    /** Languages that have at least one alias. */
    public List<String> languages() {
        return List.copyOf(aliases.keySet());
    }
}
