package org.tally.extract.quantity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Phrases of one or more tokens with a value each, matched against a sentence's tokens by their norms (case and
 * spacing ignored: "ca." matches "ca ." and "Ca."). Immutable once built.
 */
final class PhraseTable<V> {

    record Entry<V>(List<String> tokens, V value) {}

    /** A match of {@code entry} over tokens {@code start} (inclusive) to {@code end} (exclusive). */
    record Match<V>(int start, int end, V value) {}

    private final Map<String, List<Entry<V>>> byFirst;
    private final Map<String, List<Entry<V>>> byLast;

    private PhraseTable(Map<String, List<Entry<V>>> byFirst, Map<String, List<Entry<V>>> byLast) {
        this.byFirst = byFirst;
        this.byLast = byLast;
    }

    static <V> PhraseTable<V> empty() {
        return new PhraseTable<>(Map.of(), Map.of());
    }

    boolean isEmpty() {
        return byFirst.isEmpty();
    }

    /** The longest phrase that starts at token {@code i}, or null. */
    Match<V> longestAt(List<Token> toks, int i) {
        if (i < 0 || i >= toks.size()) {
            return null;
        }
        List<Entry<V>> cands = byFirst.get(toks.get(i).norm());
        if (cands == null) {
            return null;
        }
        for (Entry<V> e : cands) {
            int len = e.tokens().size();
            if (i + len <= toks.size() && matches(toks, i, e.tokens())) {
                return new Match<>(i, i + len, e.value());
            }
        }
        return null;
    }

    /** The longest phrase whose last token is token {@code j}, or null. */
    Match<V> longestEndingAt(List<Token> toks, int j) {
        if (j < 0 || j >= toks.size()) {
            return null;
        }
        List<Entry<V>> cands = byLast.get(toks.get(j).norm());
        if (cands == null) {
            return null;
        }
        for (Entry<V> e : cands) {
            int len = e.tokens().size();
            int start = j - len + 1;
            if (start >= 0 && matches(toks, start, e.tokens())) {
                return new Match<>(start, j + 1, e.value());
            }
        }
        return null;
    }

    private static boolean matches(List<Token> toks, int start, List<String> phrase) {
        for (int k = 0; k < phrase.size(); k++) {
            if (!toks.get(start + k).norm().equals(phrase.get(k))) {
                return false;
            }
        }
        return true;
    }

    static final class Builder<V> {
        private final Map<String, List<Entry<V>>> byFirst = new HashMap<>();
        private final Map<String, List<Entry<V>>> byLast = new HashMap<>();

        /** Adds a phrase written as text ("mehr als", "ca.", "US$"); it is tokenized like a sentence. */
        Builder<V> add(String phrase, V value) {
            List<String> norms = new ArrayList<>();
            for (Token t : Token.tokenize(phrase, false)) {
                norms.add(t.norm());
            }
            if (norms.isEmpty()) {
                throw new IllegalArgumentException("empty phrase");
            }
            Entry<V> e = new Entry<>(List.copyOf(norms), value);
            byFirst.computeIfAbsent(norms.getFirst(), k -> new ArrayList<>()).add(e);
            byLast.computeIfAbsent(norms.getLast(), k -> new ArrayList<>()).add(e);
            return this;
        }

        PhraseTable<V> build() {
            return new PhraseTable<>(freeze(byFirst), freeze(byLast));
        }

        private static <V> Map<String, List<Entry<V>>> freeze(Map<String, List<Entry<V>>> m) {
            Map<String, List<Entry<V>>> out = new HashMap<>();
            Comparator<Entry<V>> longestFirst = Comparator.comparingInt(e -> -e.tokens().size());
            m.forEach((k, v) -> {
                List<Entry<V>> sorted = new ArrayList<>(v);
                sorted.sort(longestFirst);
                out.put(k, List.copyOf(sorted));
            });
            return Map.copyOf(out);
        }
    }
}
