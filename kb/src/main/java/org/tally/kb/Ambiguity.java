package org.tally.kb;

import java.util.List;
import java.util.Objects;

/**
 * A name knowingly shared by several entities of the same type (e.g. {@code Vostochny}: the cosmodrome and the
 * port), so the linker must decide by context.
 *
 * @param alias the shared name as written in the entity files
 * @param type  the entities' type
 * @param ids   the entities sharing it, at least two
 * @param note  why, or {@code null}
 */
public record Ambiguity(String alias, EntityType type, List<String> ids, String note) {

    public Ambiguity {
        Objects.requireNonNull(alias, "alias");
        Objects.requireNonNull(type, "type");
        ids = List.copyOf(ids);
    }
}
