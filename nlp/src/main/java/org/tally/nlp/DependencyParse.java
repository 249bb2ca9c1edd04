package org.tally.nlp;

import java.util.List;
import java.util.Optional;

/**
 * The dependency parse of one sentence: one arc for each of its tokens, ordered by dependent.
 *
 * @param sentence index of the parsed sentence in its {@link Analysis}
 */
public record DependencyParse(int sentence, List<Dependency> arcs) {

    public DependencyParse {
        arcs = List.copyOf(arcs);
    }

    /** The arc that attaches token {@code dependent} to its head, if the parser attached it. */
    public Optional<Dependency> arcOf(int dependent) {
        return arcs.stream().filter(a -> a.dependent() == dependent).findFirst();
    }

    /** The arcs whose head is token {@code head}, in token order. */
    public List<Dependency> childrenOf(int head) {
        return arcs.stream().filter(a -> a.head() == head).toList();
    }

    /** The indices of the sentence's root words (usually one). */
    public List<Integer> roots() {
        return arcs.stream().filter(a -> a.head() == Dependency.ROOT).map(Dependency::dependent).toList();
    }
}
