package org.tally.extract.time;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The words of one language, read from {@code lexicon-XX.tsv}: category, surface, value, flags. Immutable.
 */
final class Lexicon {

    /** One surface of a category. */
    record Entry(String surface, String value, boolean caseSensitive) {
    }

    private final Map<String, List<Entry>> byCategory;
    private final Map<String, Map<String, String>> values;

    /** The distinct first words of each category's surfaces, {@link #fold folded}. */
    private final Map<String, List<String>> firstWords;

    private Lexicon(Map<String, List<Entry>> byCategory) {
        this.byCategory = Map.copyOf(byCategory);
        Map<String, List<String>> first = new HashMap<>();
        byCategory.forEach((cat, entries) -> first.put(cat, entries.stream()
                .map(e -> fold(e.surface().split(" ")[0])).distinct().toList()));
        this.firstWords = Map.copyOf(first);
        Map<String, Map<String, String>> v = new HashMap<>();
        byCategory.forEach((cat, entries) -> {
            Map<String, String> m = new HashMap<>();
            for (Entry e : entries) {
                m.putIfAbsent(key(e.surface()), e.value());
            }
            v.put(cat, Map.copyOf(m));
        });
        this.values = Map.copyOf(v);
    }

    static Lexicon empty() {
        return new Lexicon(Map.of());
    }

    /** Reads a bundled lexicon; a missing resource gives an empty lexicon. */
    static Lexicon load(String resource) {
        InputStream in = Lexicon.class.getResourceAsStream(resource);
        if (in == null) {
            return empty();
        }
        Map<String, List<Entry>> map = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length < 3) {
                    throw new IllegalStateException(resource + ":" + no + ": expected category, surface, value");
                }
                boolean cs = f.length > 3 && f[3].trim().equals("cs");
                map.computeIfAbsent(f[0].trim(), k -> new ArrayList<>()).add(new Entry(f[1].trim(), f[2].trim(), cs));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
        map.replaceAll((k, l) -> List.copyOf(l));
        return new Lexicon(map);
    }

    /** The lookup key of a matched surface: lower case, single spaces, no trailing dot. */
    static String key(String s) {
        String k = s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        return k.endsWith(".") && k.length() > 1 ? k.substring(0, k.length() - 1) : k;
    }

    boolean has(String category) {
        return byCategory.containsKey(category);
    }

    /**
     * Whether a surface of the category may occur in a text: its first word occurs in the text, both folded as
     * case-insensitive matching compares characters ({@link #fold}). Never false where the grammar's patterns
     * could match a surface (a case-sensitive surface is also found folded); a word with characters outside the
     * Basic Multilingual Plane is taken to occur.
     */
    boolean mayOccur(String category, String foldedText) {
        for (String word : firstWords.getOrDefault(category, List.of())) {
            if (word.chars().anyMatch(c -> Character.isSurrogate((char) c)) || foldedText.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A text with each character as Java's case-insensitive Unicode matching compares it: the lower case of its
     * upper case ({@code Pattern} with {@code CASE_INSENSITIVE | UNICODE_CASE} does the same to both sides).
     */
    static String fold(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(Character.toUpperCase(chars[i]));
        }
        return new String(chars);
    }

    /** The value of a surface in any of the categories, or null. */
    String value(List<String> categories, String surface) {
        String k = key(surface);
        for (String c : categories) {
            Map<String, String> m = values.get(c);
            if (m != null) {
                String v = m.get(k);
                if (v == null && surface.strip().endsWith(".")) {
                    v = m.get(k + ".");
                }
                if (v != null) {
                    return v;
                }
            }
        }
        return null;
    }

    boolean contains(String category, String surface) {
        return value(List.of(category), surface) != null;
    }

    /**
     * A regular expression (no groups) matching any surface of the categories, longest first. Abbreviation
     * categories (names ending in "abbr") allow a dot after the surface.
     */
    String alternation(List<String> categories) {
        List<String> parts = new ArrayList<>();
        for (String c : categories) {
            for (Entry e : byCategory.getOrDefault(c, List.of())) {
                parts.add(surfaceRegex(e, c.endsWith("abbr")));
            }
        }
        if (parts.isEmpty()) {
            return "(?!)";
        }
        parts.sort(Comparator.comparingInt(String::length).reversed());
        return "(?:" + String.join("|", parts) + ")";
    }

    /** Like {@link #alternation} but each surface is bounded by non-letters (for searching free text). */
    String boundedAlternation(String category) {
        List<String> parts = new ArrayList<>();
        for (Entry e : byCategory.getOrDefault(category, List.of())) {
            String re = surfaceRegex(e, false);
            if (Character.isLetter(e.surface().charAt(0))) {
                re = "(?<![\\p{L}\\p{N}])" + re;
            }
            if (Character.isLetter(e.surface().charAt(e.surface().length() - 1))) {
                re = re + "(?![\\p{L}\\p{N}])";
            }
            parts.add(re);
        }
        return parts.isEmpty() ? "(?!)" : "(?:" + String.join("|", parts) + ")";
    }

    private static String surfaceRegex(Entry e, boolean dot) {
        String[] words = e.surface().split(" ");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            if (i > 0) {
                sb.append("\\s+");
            }
            sb.append(Pattern.quote(words[i]));
        }
        String re = e.caseSensitive() ? "(?-i:" + sb + ")" : sb.toString();
        return dot ? "(?:" + re + "\\.?)" : re;
    }
}
