package org.tally.extract.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import org.tally.extract.time.Grammar.Rule;
import org.tally.extract.time.Interpreter.Val;
import org.tally.extract.time.TimeExpression.Kind;

/**
 * Finds temporal expressions in German and English text and normalises them to ISO-8601 values, resolving
 * relative ones ("vergangene Woche", "im September", "two weeks ago") against the document's publication date.
 *
 * <p>The words are per-language lexicons ({@code lexicon-de.tsv}, {@code lexicon-en.tsv}) and the constructions a
 * per-language grammar of regular-expression templates over them ({@code rules-de.tsv}, {@code rules-en.tsv},
 * {@code rules-neutral.tsv}), all resources beside this class. Other languages get only the language-neutral
 * patterns: ISO dates, numeric day-month-year dates, quarters ("Q3 2023") and plain four-digit years. The
 * conventions for vague expressions are in docs/time.md.
 *
 * <p>Immutable and thread-safe: build one (it compiles the grammars) and share it.
 */
public final class TimeNormalizer {

    private static final List<String> LANGUAGES = List.of("de", "en");
    private static volatile TimeNormalizer shared;

    private final Map<String, Grammar> grammars;
    private final Grammar neutral;

    /** Loads and compiles the bundled lexicons and grammars. */
    public TimeNormalizer() {
        Map<String, Grammar> g = new java.util.HashMap<>();
        for (String lang : LANGUAGES) {
            g.put(lang, Grammar.load(lang));
        }
        this.grammars = Map.copyOf(g);
        this.neutral = Grammar.neutral();
    }

    /** One instance per process, built on first use. */
    public static TimeNormalizer shared() {
        TimeNormalizer t = shared;
        if (t == null) {
            synchronized (TimeNormalizer.class) {
                t = shared;
                if (t == null) {
                    t = new TimeNormalizer();
                    shared = t;
                }
            }
        }
        return t;
    }

    /** The languages with their own lexicon and grammar. */
    public List<String> languages() {
        return LANGUAGES;
    }

    /**
     * The temporal expressions of a text, in text order, without overlaps.
     *
     * @param text      a sentence or a whole body
     * @param language  ISO 639-1 code; languages other than {@code de} and {@code en} (or null) get only the
     *                  language-neutral patterns
     * @param reference the publication date that relative expressions are resolved against; null leaves them
     *                  unresolved ({@code start == null})
     */
    public List<TimeExpression> find(String text, String language, LocalDate reference) {
        return find(text, language, reference, true);
    }

    /** As {@link #find(String, String, LocalDate)}; without {@code skipRules} every rule runs (for tests). */
    List<TimeExpression> find(String text, String language, LocalDate reference, boolean skipRules) {
        Objects.requireNonNull(text, "text");
        Grammar g = language == null ? neutral
                : grammars.getOrDefault(language.strip().toLowerCase(Locale.ROOT), neutral);
        Interpreter in = new Interpreter(g, text, reference);

        record Candidate(int from, int to, int begin, int end, int rule, Val val) {
        }
        List<Candidate> cands = new ArrayList<>();
        Anchors anchors = new Anchors(text, g.lexicon);
        for (Rule r : g.rules) {
            if (skipRules && !anchors.allMayOccur(r.anchors())) {
                continue; // a word the rule cannot do without is not in the text: it cannot match
            }
            Matcher m = r.pattern().matcher(text);
            int pos = 0;
            while (pos <= text.length() && m.find(pos)) {
                Val v = in.interpret(r, m);
                if (v != null) {
                    boolean x = r.groupNames().contains("x") && m.group("x") != null;
                    cands.add(new Candidate(m.start(), m.end(), x ? m.start("x") : m.start(),
                            x ? m.end("x") : m.end(), r.index(), v));
                }
                pos = m.start() + 1;
            }
        }
        // Names such as "Welt am Sonntag" veto any match they overlap.
        Matcher veto = g.notDate.matcher(text);
        while (veto.find()) {
            int vs = veto.start();
            int ve = veto.end();
            cands.removeIf(c -> c.from() < ve && vs < c.to());
        }
        // Longest match first (with its cue words), then the earlier rule, then the earlier position.
        cands.sort(Comparator.comparingInt((Candidate c) -> c.to() - c.from()).reversed()
                .thenComparingInt(Candidate::rule).thenComparingInt(Candidate::from));
        List<Candidate> chosen = new ArrayList<>();
        for (Candidate c : cands) {
            boolean overlaps = false;
            for (Candidate o : chosen) {
                if (c.from() < o.to() && o.from() < c.to()) {
                    overlaps = true;
                    break;
                }
            }
            if (!overlaps) {
                chosen.add(c);
            }
        }
        chosen.sort(Comparator.comparingInt(Candidate::begin));

        List<TimeExpression> out = new ArrayList<>(chosen.size());
        for (Candidate c : chosen) {
            int begin = c.begin();
            Val v = c.val();
            if (!v.open()) {
                // "seit"/"since" right before an expression opens a range from it.
                Matcher s = g.since.matcher(text).region(Math.max(0, begin - 24), begin);
                if (s.find()) {
                    begin = s.start();
                    v = v.opened();
                }
            }
            Kind kind = v.kind();
            out.add(new TimeExpression(begin, c.end(), text.substring(begin, c.end()), kind, v.start(), v.finish(),
                    v.part(), v.relative(), v.fuzzy()));
        }
        return List.copyOf(out);
    }

    /**
     * Which of the rules' anchors (digits, lexicon categories) may occur in one text, each found out once, on
     * first question. Most rules need a word of a category that a sentence, or even a whole article, lacks; their
     * patterns would scan the whole text for nothing (the grammar's 51 patterns were a fifth of the extract on
     * German text).
     */
    private static final class Anchors {
        private final String text;
        private final Lexicon lexicon;
        private final Map<String, Boolean> known = new java.util.HashMap<>();
        private String folded;

        Anchors(String text, Lexicon lexicon) {
            this.text = text;
            this.lexicon = lexicon;
        }

        /** Whether each anchor (a placeholder's categories, any of which will do) may occur. */
        boolean allMayOccur(List<List<String>> anchors) {
            for (List<String> categories : anchors) {
                boolean any = false;
                for (String category : categories) {
                    if (mayOccur(category)) {
                        any = true;
                        break;
                    }
                }
                if (!any) {
                    return false;
                }
            }
            return true;
        }

        private boolean mayOccur(String category) {
            Boolean k = known.get(category);
            if (k == null) {
                if (category.equals(Grammar.DIGIT)) {
                    k = text.chars().anyMatch(c -> c >= '0' && c <= '9');
                } else {
                    if (folded == null) {
                        folded = Lexicon.fold(text);
                    }
                    k = lexicon.mayOccur(category, folded);
                }
                known.put(category, k);
            }
            return k;
        }
    }
}
