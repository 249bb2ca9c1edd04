package org.tally.model;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One distinct real-world entity a document mentions: the {@code entity} fact record of SCHEMA.md.
 *
 * @param doc      the document
 * @param id       knowledge-base id ({@code KP}, {@code sergei_shoigu}), or {@code new:TYPE:slug} for a name the
 *                 knowledge base does not know
 * @param type     {@code person}, {@code organization}, {@code country}, {@code place} or {@code vessel}
 * @param name     canonical English name; ISO 3166-1 alpha-2 code for countries
 * @param wikidata Wikidata item id, or {@code null}
 * @param mentions where the document names it, in body order
 */
public record Entity(String doc, String id, String type, String name, String wikidata, List<Mention> mentions) {

    public static final Set<String> TYPES = Set.of("person", "organization", "country", "place", "vessel");

    public Entity {
        Objects.requireNonNull(doc, "doc");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        if (!TYPES.contains(type)) {
            throw new IllegalArgumentException("entity type must be one of " + TYPES + ", was " + type);
        }
        mentions = List.copyOf(mentions);
    }

    /** Whether the knowledge base knows it. */
    public boolean known() {
        return !id.startsWith("new:");
    }
}
