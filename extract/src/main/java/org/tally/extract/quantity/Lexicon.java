package org.tally.extract.quantity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words of one language that the quantity parser needs, read from the resource files beside this class
 * ({@code numbers-xx.tsv}, {@code bounds-xx.tsv}, {@code vague-xx.tsv}, {@code units-xx.tsv},
 * {@code context-xx.tsv}, and {@code units-common.tsv} for every language). A language without files gets only
 * the common units: digits, signs and symbols. Immutable once loaded.
 */
final class Lexicon {

    private static final String DIR = "/org/tally/extract/quantity/";

    /** A bound phrase: its qualifier, and whether it is also a plain preposition ("über", "over"). */
    record Bound(Qualifier qualifier, boolean preposition) {}

    enum VagueType { PLURAL, QUANTIFIER, MASS }

    /** A vague word; {@code value} is null for a mass word ("große Mengen"). */
    record Vague(VagueType type, BigDecimal value) {}

    /**
     * A unit noun form. {@code unit} is null for a blocker; {@code plural} is false for an English singular
     * form; {@code compound} lets a German form end a compound; {@code prefix} lets a currency stand before the
     * number.
     */
    record Unit(String unit, QuantityKind kind, boolean plural, boolean compound, boolean prefix) {
        boolean blocker() {
            return unit == null;
        }
    }

    final String language;
    final boolean english;
    final boolean german;
    final Map<String, BigDecimal> atoms;
    final Map<String, BigDecimal> tens;
    final Map<String, BigDecimal> inner;
    final Map<String, BigDecimal> big;
    final Map<String, BigDecimal> suffixes;
    final Map<String, BigDecimal> articles;
    final Map<String, BigDecimal> halves;
    final Map<String, BigDecimal> fractions;
    final PhraseTable<BigDecimal> scales;
    final PhraseTable<Bound> bounds;
    final PhraseTable<Vague> vague;
    /** Units matched as whole token sequences (English phrases, symbols, abbreviations). */
    final PhraseTable<Unit> unitPhrases;
    /** Currency signs and codes that stand before a number. */
    final PhraseTable<Unit> prefixes;
    /** German forms, lower case without hyphens, matched against the ending of a (compound) word. */
    final Map<String, Unit> endings;
    final int longestEnding;
    final Set<String> months;
    final Set<String> yearWords;
    final PhraseTable<Boolean> idPrefixes;
    final PhraseTable<Boolean> times;
    final Set<String> stop;
    final Set<String> change;
    final Set<String> between;
    final Set<String> and;
    final Set<String> from;
    final Set<String> to;
    final Set<String> of;
    final Set<String> question;

    private Lexicon(String language) {
        this.language = language;
        this.english = language.equals("en");
        this.german = language.equals("de");

        Map<String, BigDecimal> atoms = new HashMap<>();
        Map<String, BigDecimal> tens = new HashMap<>();
        Map<String, BigDecimal> inner = new HashMap<>();
        Map<String, BigDecimal> big = new HashMap<>();
        Map<String, BigDecimal> suffixes = new HashMap<>();
        Map<String, BigDecimal> articles = new HashMap<>();
        Map<String, BigDecimal> halves = new HashMap<>();
        Map<String, BigDecimal> fractions = new HashMap<>();
        PhraseTable.Builder<BigDecimal> scales = new PhraseTable.Builder<>();
        for (String[] row : rows("numbers-" + language + ".tsv", 3)) {
            String word = row[1].toLowerCase(Locale.ROOT);
            BigDecimal value = new BigDecimal(row[2]);
            switch (row[0]) {
                case "atom" -> atoms.put(word, value);
                case "tens" -> tens.put(word, value);
                case "inner" -> inner.put(word, value);
                case "big" -> big.put(word, value);
                case "scale" -> scales.add(word, value);
                case "suffix" -> suffixes.put(word, value);
                case "article" -> articles.put(word, value);
                case "half" -> halves.put(word, value);
                case "fraction" -> fractions.put(word, value);
                default -> throw bad("numbers-" + language + ".tsv", "unknown kind " + row[0]);
            }
        }
        this.atoms = Map.copyOf(atoms);
        this.tens = Map.copyOf(tens);
        this.inner = Map.copyOf(inner);
        this.big = Map.copyOf(big);
        this.suffixes = Map.copyOf(suffixes);
        this.articles = Map.copyOf(articles);
        this.halves = Map.copyOf(halves);
        this.fractions = Map.copyOf(fractions);
        this.scales = scales.build();

        PhraseTable.Builder<Bound> bounds = new PhraseTable.Builder<>();
        for (String[] row : rows("bounds-" + language + ".tsv", 2)) {
            bounds.add(row[0], new Bound(Qualifier.fromCode(row[1]), row.length > 2 && row[2].equals("prep")));
        }
        this.bounds = bounds.build();

        PhraseTable.Builder<Vague> vague = new PhraseTable.Builder<>();
        for (String[] row : rows("vague-" + language + ".tsv", 3)) {
            VagueType type = VagueType.valueOf(row[1].toUpperCase(Locale.ROOT));
            vague.add(row[0], new Vague(type, row[2].equals("-") ? null : new BigDecimal(row[2])));
        }
        this.vague = vague.build();

        PhraseTable.Builder<Unit> unitPhrases = new PhraseTable.Builder<>();
        PhraseTable.Builder<Unit> prefixes = new PhraseTable.Builder<>();
        Map<String, Unit> endings = new HashMap<>();
        List<String[]> unitRows = new ArrayList<>(rows("units-" + language + ".tsv", 4));
        unitRows.addAll(rows("units-common.tsv", 4));
        for (String[] row : unitRows) {
            String unit = row[0].equals("-") ? null : row[0];
            QuantityKind kind = row[1].equals("none") ? QuantityKind.COUNT : QuantityKind.fromCode(row[1]);
            boolean compound = row[2].equals("compound");
            boolean prefix = row[2].equals("prefix");
            for (String form : row[3].trim().split("\\s+")) {
                String[] sgPl = form.split("\\|");
                for (int k = 0; k < sgPl.length; k++) {
                    boolean plural = sgPl.length == 1 || k == 1;
                    String phrase = sgPl[k].replace('_', ' ').toLowerCase(Locale.ROOT);
                    Unit u = new Unit(unit, kind, plural, compound, prefix);
                    if (prefix) {
                        prefixes.add(phrase, u);
                    }
                    unitPhrases.add(phrase, u);
                    String ending = phrase.replace("-", "");
                    if (german && !ending.isEmpty() && Character.isLetter(ending.codePointAt(0))) {
                        endings.putIfAbsent(ending, u);
                    }
                }
            }
        }
        this.unitPhrases = unitPhrases.build();
        this.prefixes = prefixes.build();
        this.endings = Map.copyOf(endings);
        this.longestEnding = endings.keySet().stream().mapToInt(String::length).max().orElse(0);

        Map<String, List<String>> ctx = new HashMap<>();
        for (String[] row : rows("context-" + language + ".tsv", 2)) {
            List<String> items = ctx.computeIfAbsent(row[0], k -> new ArrayList<>());
            for (String item : row[1].split("\\|")) {
                String s = item.trim().toLowerCase(Locale.ROOT);
                if (!s.isEmpty()) {
                    items.add(s);
                }
            }
        }
        this.months = set(ctx, "month");
        this.yearWords = set(ctx, "yearword");
        this.idPrefixes = table(ctx, "idprefix");
        this.times = table(ctx, "time");
        this.stop = set(ctx, "stop");
        this.change = set(ctx, "change");
        this.between = set(ctx, "between");
        this.and = set(ctx, "and");
        this.from = set(ctx, "from");
        this.to = set(ctx, "to");
        this.of = set(ctx, "of");
        this.question = set(ctx, "question");
    }

    /** The lexicon for an ISO 639-1 code; languages without files get the common units only. */
    static Lexicon load(String language) {
        return new Lexicon(language);
    }

    /** The unit whose form is the longest ending of {@code word} (lower case, hyphens removed), or null. */
    Unit ending(String word, String lastPart) {
        int from = Math.max(0, word.length() - longestEnding);
        for (int i = from; i < word.length(); i++) {
            Unit u = endings.get(word.substring(i));
            if (u == null) {
                continue;
            }
            boolean whole = i == 0 || word.substring(i).equals(lastPart);
            if (whole || (u.compound() && i >= 2)) {
                return u;
            }
        }
        return null;
    }

    private static Set<String> set(Map<String, List<String>> ctx, String key) {
        return Set.copyOf(new HashSet<>(ctx.getOrDefault(key, List.of())));
    }

    private static PhraseTable<Boolean> table(Map<String, List<String>> ctx, String key) {
        PhraseTable.Builder<Boolean> b = new PhraseTable.Builder<>();
        for (String s : ctx.getOrDefault(key, List.of())) {
            b.add(s, Boolean.TRUE);
        }
        return b.build();
    }

    /** The rows of a resource, split at tabs; a missing file gives no rows. */
    private static List<String[]> rows(String file, int minColumns) {
        List<String[]> out = new ArrayList<>();
        try (InputStream in = Lexicon.class.getResourceAsStream(DIR + file)) {
            if (in == null) {
                return out;
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols.length < minColumns) {
                    throw bad(file, "line " + no + " has " + cols.length + " columns, needs " + minColumns);
                }
                out.add(cols);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file, e);
        }
        return out;
    }

    private static IllegalStateException bad(String file, String what) {
        return new IllegalStateException(file + ": " + what);
    }
}
