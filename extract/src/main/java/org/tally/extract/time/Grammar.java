package org.tally.extract.time;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The compiled grammar of one language: its lexicon and its rules ({@code rules-XX.tsv} followed by
 * {@code rules-neutral.tsv}). Immutable; patterns are shared by threads, matchers are made per call.
 */
final class Grammar {

    /** How a rule's match is read. */
    enum Handler {
        DATE, RANGE, DECADE, SEASON, QUARTER, REL, RELNAMED, WEEKDAY, DAYREL, AGO, SINCE, SPAN, VAGUE, SOFAR, SLASH
    }

    /** The extra test on a match that ends in a number (see rules-de.tsv). */
    enum Check {
        NONE, WEAK, STRICT, NEUTRAL
    }

    /**
     * One rule.
     *
     * @param groups the categories of each named group that a placeholder made (for lexicon look-ups)
     */
    record Rule(int index, String name, Handler handler, Check check, Pattern pattern, Set<String> groupNames,
                Map<String, List<String>> groups, List<List<String>> anchors) {
    }

    /** The anchor category of the built-in placeholders: they all need an ASCII digit. */
    static final String DIGIT = "0-9";

    static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;

    private static final String PACKAGE = "/org/tally/extract/time/";
    private static final Pattern PLACEHOLDER =
            Pattern.compile("(?<!\\\\[pP])\\{([A-Za-z][A-Za-z0-9]*(?:\\|[A-Za-z][A-Za-z0-9]*)*)(?::([A-Za-z][A-Za-z0-9]*))?}");
    private static final Pattern NAMED_GROUP = Pattern.compile("\\(\\?<([A-Za-z][A-Za-z0-9]*)>");
    private static final Map<String, String> BUILT_IN = Map.of(
            "D", "(?<![0-9])(?:3[01]|[12][0-9]|0?[1-9])(?![0-9])",
            "D2", "(?:3[01]|[12][0-9]|0[1-9])(?![0-9])",
            "M", "(?<![0-9])(?:1[0-2]|0?[1-9])(?![0-9])",
            "M2", "(?:1[0-2]|0[1-9])",
            "Y", "(?<![0-9])(?<![0-9][.,/\\-–])(?:1[0-9]{3}|20[0-9]{2})(?![0-9]|[.,][0-9])",
            "YD", "(?:1[0-9]{3}|20[0-9]{2})(?![0-9]|[.,][0-9])",
            "YY", "(?<![0-9])[0-9]{2}(?![0-9]|[.,][0-9])",
            "INT", "(?<![0-9])(?<![0-9][.,])[0-9]{1,4}(?![0-9]|[.,][0-9])",
            "DEC", "(?<![0-9])(?:(?:1[0-9]|20)?[0-9]0)",
            "DEC4", "(?<![0-9])(?:1[0-9]|20)[0-9]0");

    final String language;
    final Lexicon lexicon;
    final List<Rule> rules;
    /** Words that make a yearless date refer forward. */
    final Pattern future;
    /** Words that make it refer backward (they win over a future word further away). */
    final Pattern past;
    /** Names that contain a date word but are not dates ("Welt am Sonntag"). */
    final Pattern notDate;
    /** "seit"/"since" right before an expression. */
    final Pattern since;

    private Grammar(String language, Lexicon lexicon, List<Rule> rules) {
        this.language = language;
        this.lexicon = lexicon;
        this.rules = List.copyOf(rules);
        this.future = Pattern.compile(lexicon.boundedAlternation("future"), FLAGS);
        this.past = Pattern.compile(lexicon.boundedAlternation("past"), FLAGS);
        this.notDate = Pattern.compile(lexicon.boundedAlternation("notdate"), FLAGS);
        this.since = Pattern.compile("(?<![\\p{L}\\p{N}])" + lexicon.alternation(List.of("since")) + "\\s+$", FLAGS);
    }

    /** The grammar of a language: its own rules and the neutral ones, or only the neutral ones (with fallbacks). */
    static Grammar load(String language) {
        Lexicon lex = Lexicon.load(PACKAGE + "lexicon-" + language + ".tsv");
        List<String[]> lines = new ArrayList<>(read(PACKAGE + "rules-" + language + ".tsv"));
        boolean own = !lines.isEmpty();
        for (String[] f : read(PACKAGE + "rules-neutral.tsv")) {
            if (own && f[2].equals("neutral")) {
                continue;
            }
            lines.add(f);
        }
        List<Rule> rules = new ArrayList<>();
        for (String[] f : lines) {
            rules.add(compile(rules.size(), f, lex));
        }
        return new Grammar(language, lex, rules);
    }

    static Grammar neutral() {
        return load("xx");
    }

    private static List<String[]> read(String resource) {
        InputStream in = Grammar.class.getResourceAsStream(resource);
        if (in == null) {
            return List.of();
        }
        List<String[]> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length != 4) {
                    throw new IllegalStateException(resource + ":" + no + ": expected name, handler, check, template");
                }
                out.add(new String[] {f[0], f[1], f[2], f[3], resource + ":" + no});
            }
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
        return out;
    }

    private static Rule compile(int index, String[] f, Lexicon lex) {
        Handler handler = Handler.valueOf(f[1].toUpperCase(java.util.Locale.ROOT));
        Check check = switch (f[2]) {
            case "-" -> Check.NONE;
            case "weak" -> Check.WEAK;
            case "strict" -> Check.STRICT;
            case "neutral" -> Check.NEUTRAL;
            default -> throw new IllegalStateException(f[4] + ": unknown check " + f[2]);
        };
        Map<String, List<String>> groups = new HashMap<>();
        StringBuilder sb = new StringBuilder();
        Matcher m = PLACEHOLDER.matcher(f[3]);
        int last = 0;
        while (m.find()) {
            sb.append(spaces(f[3].substring(last, m.start())));
            List<String> cats = Arrays.asList(m.group(1).split("\\|"));
            List<String> alts = new ArrayList<>();
            List<String> lexCats = new ArrayList<>();
            for (String c : cats) {
                String b = BUILT_IN.get(c);
                if (b != null) {
                    alts.add(b);
                } else if (lex.has(c)) {
                    lexCats.add(c);
                } else {
                    throw new IllegalStateException(f[4] + ": category " + c + " is not in the lexicon");
                }
            }
            if (!lexCats.isEmpty()) {
                alts.add(lex.alternation(lexCats));
            }
            String alt = alts.size() == 1 ? alts.get(0) : "(?:" + String.join("|", alts) + ")";
            if (m.group(2) != null) {
                groups.put(m.group(2), List.copyOf(lexCats));
                sb.append("(?<").append(m.group(2)).append('>').append(alt).append(')');
            } else {
                sb.append("(?:").append(alt).append(')');
            }
            last = m.end();
        }
        sb.append(spaces(f[3].substring(last)));
        String regex = "(?<![\\p{L}\\p{N}])(?<!\\p{L}-)(?:" + sb + ")(?![\\p{L}\\p{N}])(?!-\\p{L})";
        Set<String> names = new LinkedHashSet<>();
        Matcher g = NAMED_GROUP.matcher(regex);
        while (g.find()) {
            names.add(g.group(1));
        }
        try {
            return new Rule(index, f[0], handler, check, Pattern.compile(regex, FLAGS), Set.copyOf(names),
                    Map.copyOf(groups), anchors(f[3]));
        } catch (RuntimeException e) {
            throw new IllegalStateException(f[4] + ": rule " + f[0] + " does not compile: " + e.getMessage(), e);
        }
    }

    /**
     * The placeholders no match of a template can do without, each as its categories ({@link #DIGIT} for the
     * built-in numbers): those outside optional groups, lookarounds and alternatives. A rule cannot match a text
     * in which one of them has no surface, so {@link TimeNormalizer} does not run it there.
     */
    static List<List<String>> anchors(String template) {
        List<List<String>> out = new ArrayList<>();
        collect(template, 0, template.length(), !hasAlternative(template, 0, template.length()), out);
        return List.copyOf(out);
    }

    private static void collect(String t, int from, int to, boolean needed, List<List<String>> out) {
        int i = from;
        while (i < to) {
            char c = t.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == '[') {
                i = classEnd(t, i) + 1;
            } else if (c == '{') {
                Matcher m = placeholderAt(t, i, to);
                if (m == null) {
                    i++;
                    continue;
                }
                if (needed && !optional(t, m.end(), to)) {
                    List<String> cats = new ArrayList<>();
                    for (String cat : m.group(1).split("\\|")) {
                        String anchor = BUILT_IN.containsKey(cat) ? DIGIT : cat;
                        if (!cats.contains(anchor)) {
                            cats.add(anchor);
                        }
                    }
                    out.add(List.copyOf(cats));
                }
                i = m.end();
            } else if (c == '(') {
                int close = groupEnd(t, i);
                boolean lookaround = t.startsWith("(?=", i) || t.startsWith("(?!", i) || t.startsWith("(?<=", i)
                        || t.startsWith("(?<!", i);
                int inner = i + 1;
                if (t.startsWith("(?<", i) && !lookaround) {
                    inner = t.indexOf('>', i) + 1; // a named group
                } else if (t.startsWith("(?", i) && !lookaround) {
                    inner = t.indexOf(':', i) + 1; // non-capturing, perhaps with flags: (?:  (?-i:
                }
                boolean groupNeeded = needed && !lookaround && !optional(t, close + 1, to)
                        && !hasAlternative(t, inner, close);
                collect(t, inner, close, groupNeeded, out);
                i = close + 1;
            } else {
                i++;
            }
        }
    }

    /** The placeholder ({cat|cat}) that starts at {@code i}, matched, or null when the { opens none. */
    private static Matcher placeholderAt(String t, int i, int to) {
        Matcher m = PLACEHOLDER.matcher(t).region(i, to).useTransparentBounds(true);
        return m.lookingAt() ? m : null;
    }

    /** Whether a quantifier at {@code i} lets what comes before it be absent: ?, *, {0,...}. */
    private static boolean optional(String t, int i, int to) {
        return i < to && (t.charAt(i) == '?' || t.charAt(i) == '*' || t.startsWith("{0", i));
    }

    /** Whether the span holds a | outside groups and classes. */
    private static boolean hasAlternative(String t, int from, int to) {
        int i = from;
        while (i < to) {
            char c = t.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == '[') {
                i = classEnd(t, i) + 1;
            } else if (c == '(') {
                i = groupEnd(t, i) + 1;
            } else if (c == '{') {
                Matcher m = placeholderAt(t, i, to);
                i = m == null ? i + 1 : m.end(); // the | between a placeholder's categories is no alternative
            } else if (c == '|') {
                return true;
            } else {
                i++;
            }
        }
        return false;
    }

    /** The index of the ] that closes the class opened at {@code open} (classes may nest). */
    private static int classEnd(String t, int open) {
        int depth = 0;
        for (int i = open; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                depth++;
            } else if (c == ']' && --depth == 0) {
                return i;
            }
        }
        throw new IllegalStateException("unclosed [ in " + t);
    }

    /** The index of the ) that closes the group opened at {@code open}. */
    private static int groupEnd(String t, int open) {
        int depth = 0;
        for (int i = open; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                i = classEnd(t, i);
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        throw new IllegalStateException("unclosed ( in " + t);
    }

    private static String spaces(String s) {
        return s.replace(" ", "\\s+");
    }
}
