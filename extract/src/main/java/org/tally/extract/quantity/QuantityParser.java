package org.tally.extract.quantity;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the quantities of a sentence: a number (digits, number words, or a vague word such as "Hunderte" or
 * "several"), an optional bound phrase before it ("mehr als", "up to"), an optional second number that makes it a
 * range ("zwischen 2 und 4 Millionen", "2–4 million"), and an optional unit noun after it, with adjectives
 * allowed in between ("1.000 weitere Container", "4,8 Millionen 152-mm-Granaten", "7,000 shipping containers").
 *
 * <p>German ({@code de}) and English ({@code en}) have lexicons (resource files beside this class); any other
 * language gets digits, currency signs, "%" and unit symbols only. Numbers that are not quantities give nothing:
 * years, dates, ordinals, clock times, model names ("KN-23", "T-90"), references ("Resolution 2270"), and numbers
 * joined to a word by a hyphen ("20-foot", "70-jährige"). Percentages, money, distances, calibres and durations
 * are returned with their unit and a {@link QuantityKind} that is not an amount, so a caller can skip them.
 *
 * <p>Immutable and thread-safe; {@link #standard()} is a shared instance. The rules for bounds and vague words are
 * in {@code docs/quantities.md}.
 */
public final class QuantityParser {

    /** The languages with lexicons of their own. */
    public static final Set<String> LANGUAGES = Set.of("de", "en");

    private static final int MAX_MODIFIERS = 3;
    private static final Pattern DATE3 = Pattern.compile("\\d{1,2}\\.\\d{1,2}\\.(\\d{2}|\\d{4})");
    private static final Pattern DATE2 = Pattern.compile("\\d{1,2}\\.\\d{1,2}");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

    private final Map<String, Lexicon> lexicons;
    private final Lexicon neutral;

    /** Loads the lexicons (a few milliseconds); prefer {@link #standard()}. */
    public QuantityParser() {
        Map<String, Lexicon> m = new HashMap<>();
        for (String language : LANGUAGES) {
            m.put(language, Lexicon.load(language));
        }
        this.lexicons = Map.copyOf(m);
        this.neutral = Lexicon.load("und");
    }

    private static final class Holder {
        static final QuantityParser INSTANCE = new QuantityParser();
    }

    /** The shared instance, loaded on first use. */
    public static QuantityParser standard() {
        return Holder.INSTANCE;
    }

    /**
     * The quantities of one sentence, in text order, not overlapping.
     *
     * @param text     one sentence
     * @param language ISO 639-1 code ({@code de}, {@code en}; a region such as {@code de-AT} is ignored); any
     *                 other code or null reads digits and language-neutral signs only
     */
    public List<Quantity> find(String text, String language) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        return new Scan(text, lexicon(language)).run();
    }

    private Lexicon lexicon(String language) {
        if (language == null) {
            return neutral;
        }
        String primary = language.trim().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        return lexicons.getOrDefault(primary, neutral);
    }

    /** A number, with any scale word after it: tokens {@code start} to {@code end} (exclusive). */
    private record Core(int start, int end, BigDecimal value, BigDecimal scale, boolean vague, boolean needsUnit,
                        boolean allowOf, boolean yearShaped, boolean ambiguousM, Lexicon.Unit calibre) {

        BigDecimal mantissa() {
            return value.divide(scale, MathContext.DECIMAL64);
        }
    }

    /** A unit noun over tokens {@code start} to {@code end} (exclusive). */
    private record UnitHit(int start, int end, Lexicon.Unit unit) {}

    /** One pass over one sentence; not shared between threads. */
    private static final class Scan {
        private final String text;
        private final Lexicon lex;
        private final List<Token> t;
        private final int n;
        /** No new quantity may start before this token: the tokens before it belong to earlier results. */
        private int floor;

        Scan(String text, Lexicon lex) {
            this.text = text;
            this.lex = lex;
            this.t = Token.tokenize(text, !lex.english);
            this.n = t.size();
        }

        List<Quantity> run() {
            List<Quantity> out = new ArrayList<>();
            int i = 0;
            while (i < n) {
                int next = attempt(i, out);
                if (next > i) {
                    i = next;
                    floor = i;
                } else {
                    i++;
                }
            }
            return List.copyOf(out);
        }

        /** Tries a quantity whose number starts at token {@code i}; returns the token after it, or -1. */
        private int attempt(int i, List<Quantity> out) {
            Core low = core(i, false);
            if (low == null) {
                return -1;
            }
            if (low.calibre() != null) {
                out.add(quantity(i, low.end(), low.value(), null, low.calibre().unit(), Qualifier.EXACT, false,
                        QuantityKind.CALIBRE));
                return low.end();
            }

            // a currency sign or code right before the number: "$1.5bn", "US$ 2 million", "EUR 3 Mio."
            PhraseTable.Match<Lexicon.Unit> pre = lex.prefixes.longestEndingAt(t, i - 1);
            if (pre != null && pre.start() < floor) {
                pre = null;
            }
            int lead = pre != null ? pre.start() : i;
            int first = lead;

            // a range: "zwischen 2 und 4 Millionen", "2–4 million", "von 100 bis 200", "two or three"
            Core high = null;
            BigDecimal lowValue = low.value();
            if (!low.vague() && low.end() < n) {
                Token c = t.get(low.end());
                boolean opened = lead - 1 >= floor && lex.between.contains(t.get(lead - 1).norm());
                boolean joined = opened ? lex.and.contains(c.norm()) : c.isDash() || lex.to.contains(c.norm());
                if (joined) {
                    int h = low.end() + 1;
                    PhraseTable.Match<Lexicon.Unit> cur = lex.prefixes.longestAt(t, h);
                    if (cur != null) {
                        h = cur.end();
                    }
                    Core hc = h < n ? core(h, true) : null;
                    if (hc != null && !hc.vague() && hc.value() != null && hc.calibre() == null) {
                        BigDecimal lv = low.value();
                        if (low.scale().compareTo(BigDecimal.ONE) == 0 && hc.scale().compareTo(BigDecimal.ONE) > 0
                                && lv.compareTo(hc.mantissa()) < 0) {
                            lv = lv.multiply(hc.scale());       // "2 bis 4 Millionen": 2 means 2 million
                        }
                        if (lv.compareTo(hc.value()) < 0) {
                            high = hc;
                            lowValue = lv;
                            if (opened) {
                                first = lead - 1;
                            }
                        }
                    }
                }
                if (high != null && !opened && lead - 1 >= floor && lex.from.contains(t.get(lead - 1).norm())
                        && lex.to.contains(c.norm())) {
                    if (changeBefore(lead - 1)) {
                        high = null;                            // "rose from 100 to 200": two numbers
                        lowValue = low.value();
                    } else {
                        first = lead - 1;
                    }
                }
            }

            // a bound phrase before it all: "mehr als", "bis zu", "up to", "some"
            PhraseTable.Match<Lexicon.Bound> bound = lex.bounds.longestEndingAt(t, first - 1);
            if (bound != null && bound.start() < floor) {
                bound = null;
            }
            if (bound != null) {
                first = bound.start();
            }

            // the unit noun
            int last = high != null ? high.end() : low.end();
            UnitHit hit = null;
            if (pre == null) {
                BigDecimal agreement = high != null ? high.value() : low.value();
                hit = findUnit(last, agreement, high == null && low.allowOf());
            }
            String unit = pre != null ? pre.value().unit() : hit != null ? hit.unit().unit() : null;
            QuantityKind kind = pre != null ? QuantityKind.MONEY : hit != null ? hit.unit().kind() : QuantityKind.COUNT;
            BigDecimal highValue = high != null ? high.value() : null;

            // "5m": million before goods or after a currency sign, else metres
            boolean ambiguousM = low.ambiguousM() || (high != null && high.ambiguousM());
            if (ambiguousM && pre == null && (hit == null || !hit.unit().kind().isAmount())) {
                lowValue = low.ambiguousM() ? lowValue.divide(MILLION, MathContext.DECIMAL64) : lowValue;
                highValue = highValue != null && high.ambiguousM()
                        ? highValue.divide(MILLION, MathContext.DECIMAL64) : highValue;
                unit = "meter";
                kind = QuantityKind.DISTANCE;
                hit = null;
            }

            // a year-shaped number is a year unless goods follow or a bound says it is an amount
            boolean yearish = low.yearShaped() || (high != null && high.yearShaped());
            if (yearish && pre == null) {
                boolean unitOk = hit != null && hit.unit().kind().isAmount() && !yearContext(i - 1);
                boolean boundOk = bound != null && !bound.value().preposition();
                if (!unitOk && !boundOk) {
                    return -1;
                }
            }
            if (low.needsUnit() && high == null && hit == null) {
                return -1;
            }

            Qualifier q = bound != null ? bound.value().qualifier() : low.vague() ? Qualifier.AT_LEAST : Qualifier.EXACT;
            int endTok = hit != null ? hit.end() : last;
            out.add(quantity(first, endTok, lowValue, highValue, unit, q, low.vague(), kind));
            return endTok;
        }

        private Quantity quantity(int fromTok, int toTok, BigDecimal value, BigDecimal high, String unit,
                                  Qualifier q, boolean vague, QuantityKind kind) {
            int b = t.get(fromTok).begin();
            int e = t.get(toTok - 1).end();
            return new Quantity(b, e, text.substring(b, e), value == null ? Double.NaN : value.doubleValue(),
                    high == null ? null : high.doubleValue(), unit, q, vague, kind);
        }

        // ---- numbers ----

        private Core core(int i, boolean asHigh) {
            Token tk = t.get(i);
            if (tk.isNum()) {
                return digitCore(i, asHigh);
            }
            if (!tk.isWord()) {
                return null;
            }
            if (!asHigh) {
                PhraseTable.Match<Lexicon.Vague> vm = lex.vague.longestAt(t, i);
                if (vm != null) {
                    Core c = vagueCore(i, vm);
                    if (c != null) {
                        return c;
                    }
                }
            }
            if (lex.german) {
                return germanWordCore(i);
            }
            if (lex.english) {
                return englishWordCore(i);
            }
            return null;
        }

        private Core digitCore(int i, boolean asHigh) {
            Token tk = t.get(i);
            if (!asHigh && excludedByLeft(i)) {
                return null;
            }
            String raw = tk.text();
            Token nx = glued(i + 1);
            if (DATE3.matcher(raw).matches() || (DATE2.matcher(raw).matches() && nx != null && nx.is("."))) {
                return null;                                        // 13.10.2023, 13.10.
            }
            if (nx != null && (nx.is(":") || nx.is("/")) && gluedNum(i + 2)) {
                return null;                                        // 14:30, 2022/23, 1/3
            }
            if (nx != null && nx.isDash() && gluedNum(i + 2) && glued(i + 3) != null && glued(i + 3).isDash()
                    && gluedNum(i + 4)) {
                return null;                                        // 2023-10-13
            }
            if (!lex.english && nx != null && nx.is(".") && i + 2 < n
                    && (t.get(i + 2).isWord() || t.get(i + 2).isNum())) {
                return null;                                        // 13. Oktober, 70. Jahrestag, 38. Breitengrad
            }
            BigDecimal v = Numerals.parseDigits(raw, lex.language);
            if (v == null) {
                return null;
            }
            int end = i + 1;
            BigDecimal scale = BigDecimal.ONE;
            boolean ambiguousM = false;
            if (nx != null && nx.isWord()) {
                BigDecimal s = lex.suffixes.get(nx.norm());
                if (s != null) {
                    scale = s;
                    ambiguousM = nx.is("m");
                    end = i + 2;
                } else {
                    PhraseTable.Match<Lexicon.Unit> u = lex.unitPhrases.longestAt(t, i + 1);
                    if (u == null) {
                        return null;                                // 9K720, 1990s, 70th, 2pm, 1990er
                    }
                    if (hyphenWordAfter(u.end())) {                 // "122mm-Raketen": a calibre modifier
                        return !asHigh && u.value().kind() == QuantityKind.CALIBRE
                                ? new Core(i, u.end(), v, BigDecimal.ONE, false, false, false, false, false,
                                        u.value())
                                : null;
                    }
                }
                Token after = glued(i + 2);
                if (after != null && (after.isWord() || after.isNum())) {
                    return null;
                }
            } else if (nx != null && nx.isDash() && glued(i + 2) != null && glued(i + 2).isWord()) {
                PhraseTable.Match<Lexicon.Unit> u = lex.unitPhrases.longestAt(t, i + 2);
                if (!asHigh && u != null && u.value().kind() == QuantityKind.CALIBRE) {
                    return new Core(i, u.end(), v, BigDecimal.ONE, false, false, false, false, false, u.value());
                }
                return null;                                        // 20-foot, 70-jährige, 5-Tonnen-Lkw
            } else {
                PhraseTable.Match<BigDecimal> sm = lex.scales.longestAt(t, i + 1);
                if (sm != null) {
                    scale = sm.value();
                    end = sm.end();
                }
            }
            if (lex.times.longestAt(t, end) != null) {
                return null;                                        // 14 Uhr, 14.30 Uhr, 2 p.m.
            }
            boolean yearShaped = YEAR.matcher(raw).matches() && scale.compareTo(BigDecimal.ONE) == 0
                    && v.intValue() >= 1800 && v.intValue() <= 2100;
            if (!asHigh && nearMonth(i, end, v, yearShaped)) {
                return null;                                        // 13 October, October 13, Oktober 2023
            }
            if (!asHigh && lex.idPrefixes.longestEndingAt(t, i - 1) != null) {
                return null;                                        // Resolution 2270, Nr. 5, Typ 99
            }
            return new Core(i, end, v.multiply(scale), scale, false, false, false, yearShaped, ambiguousM, null);
        }

        /** A number glued to a word or a reference on its left: "KN-23", "M777", "2022/23", "14:30". */
        private boolean excludedByLeft(int i) {
            Token p = gluedBefore(i);
            if (p == null) {
                return false;
            }
            if (p.isWord() || p.is("/") || p.is(":")) {
                return true;
            }
            if (p.is(".")) {
                Token pp = gluedBefore(i - 1);
                return pp != null && pp.isNum();                    // "1.2.3" broken numerals
            }
            if (p.isDash()) {
                Token pp = gluedBefore(i - 1);
                return pp != null && (pp.isWord() || pp.isNum());
            }
            return false;
        }

        private boolean nearMonth(int i, int end, BigDecimal v, boolean yearShaped) {
            boolean dayLike = v.scale() <= 0 || v.stripTrailingZeros().scale() <= 0;
            dayLike = dayLike && v.compareTo(BigDecimal.ONE) >= 0 && v.compareTo(BigDecimal.valueOf(31)) <= 0;
            if (!dayLike && !yearShaped) {
                return false;
            }
            boolean monthBefore = isMonth(i - 1) || (i >= 2 && t.get(i - 1).is(".") && isMonth(i - 2));
            return monthBefore || isMonth(end);
        }

        private boolean isMonth(int k) {
            if (k < 0 || k >= n) {
                return false;
            }
            Token tk = t.get(k);
            return tk.isWord() && lex.months.contains(tk.norm()) && (!lex.english || tk.startsUpper());
        }

        private boolean yearContext(int k) {
            return k >= 0 && (isMonth(k) || (t.get(k).isWord() && lex.yearWords.contains(t.get(k).norm())));
        }

        /** A verb of change in the three words before "von"/"from" at {@code fromTok}. */
        private boolean changeBefore(int fromTok) {
            for (int k = fromTok - 1; k >= Math.max(0, fromTok - 3); k--) {
                if (lex.change.contains(t.get(k).norm())) {
                    return true;
                }
            }
            return false;
        }

        private Core vagueCore(int i, PhraseTable.Match<Lexicon.Vague> vm) {
            Lexicon.Vague v = vm.value();
            return switch (v.type()) {
                case PLURAL -> new Core(i, vm.end(), v.value(), BigDecimal.ONE, true, false, true, false, false, null);
                case MASS -> new Core(i, vm.end(), null, BigDecimal.ONE, true, false, true, false, false, null);
                case QUANTIFIER -> {
                    if (i > 0 && lex.question.contains(t.get(i - 1).norm())) {
                        yield null;                                 // "how many tanks?", "wie viele Panzer?"
                    }
                    PhraseTable.Match<BigDecimal> sm = lex.scales.longestAt(t, vm.end());
                    if (sm != null) {                               // "mehrere hundert", "several thousand"
                        yield new Core(i, sm.end(), v.value().multiply(sm.value()), sm.value(), true, false, true,
                                false, false, null);
                    }
                    yield new Core(i, vm.end(), v.value(), BigDecimal.ONE, true, true, false, false, false, null);
                }
            };
        }

        private Core germanWordCore(int i) {
            Token tk = t.get(i);
            String w = tk.norm();
            BigDecimal v;
            int end = i + 1;
            BigDecimal scale = BigDecimal.ONE;
            if (lex.articles.containsKey(w) || lex.fractions.containsKey(w)) {
                // "eine Million", "ein Dutzend", "eine halbe Million", "anderthalb Millionen": only before a scale
                BigDecimal f = lex.articles.containsKey(w) ? lex.articles.get(w) : lex.fractions.get(w);
                if (lex.articles.containsKey(w) && end < n && lex.halves.containsKey(t.get(end).norm())) {
                    f = f.multiply(lex.halves.get(t.get(end).norm()));
                    end++;
                }
                PhraseTable.Match<BigDecimal> sm = lex.scales.longestAt(t, end);
                if (sm == null) {
                    return end == i + 1 && lex.articles.containsKey(w) ? rangeOnlyOne(i) : null;
                }
                return new Core(i, sm.end(), f.multiply(sm.value()), sm.value(), false, false, false, false, false,
                        null);
            }
            v = Numerals.parseGermanWord(w, lex.atoms, lex.inner);
            if (v == null) {
                return null;
            }
            if (tk.startsUpper() && !sentenceStart(i) && !lex.inner.containsKey(w)) {
                return null;                                        // "die Elf", "Acht geben"
            }
            if (hyphenWordAfter(end)) {
                return null;                                        // "Zwei-Prozent-Ziel", "drei-tägige"
            }
            PhraseTable.Match<BigDecimal> sm = lex.scales.longestAt(t, end);
            if (sm != null) {
                scale = sm.value();
                end = sm.end();
            }
            boolean one = v.compareTo(BigDecimal.ONE) == 0 && scale.compareTo(BigDecimal.ONE) == 0;
            return new Core(i, end, v.multiply(scale), scale, false, one, false, false, false, null);
        }

        private enum Part { NONE, ATOM, TENS, HUNDRED, BIG }

        private Core englishWordCore(int i) {
            String w0 = t.get(i).norm();
            if (lex.articles.containsKey(w0) || lex.halves.containsKey(w0)) {
                // "a million", "a dozen", "a hundred", "a half million", "half a million", "half a dozen"
                int k = i + 1;
                BigDecimal f = lex.articles.getOrDefault(w0, lex.halves.get(w0));
                if (lex.halves.containsKey(w0)) {
                    if (k >= n || !lex.articles.containsKey(t.get(k).norm())) {
                        return null;
                    }
                    k++;
                } else if (k < n && lex.halves.containsKey(t.get(k).norm())) {
                    f = f.multiply(lex.halves.get(t.get(k).norm()));
                    k++;
                }
                PhraseTable.Match<BigDecimal> sm = lex.scales.longestAt(t, k);
                if (sm == null) {
                    return null;
                }
                return new Core(i, sm.end(), f.multiply(sm.value()), sm.value(), false, false, false, false, false,
                        null);
            }
            BigDecimal total = BigDecimal.ZERO;
            BigDecimal current = BigDecimal.ZERO;
            BigDecimal lastScale = BigDecimal.ONE;
            Part last = Part.NONE;
            int k = i;
            while (k < n) {
                String w = t.get(k).norm();
                if (lex.atoms.containsKey(w)) {
                    if (last == Part.ATOM || (last == Part.TENS && lex.atoms.get(w).intValue() >= 10)) {
                        break;
                    }
                    current = current.add(lex.atoms.get(w));
                    last = Part.ATOM;
                } else if (lex.tens.containsKey(w)) {
                    if (last == Part.ATOM || last == Part.TENS) {
                        break;
                    }
                    current = current.add(lex.tens.get(w));
                    last = Part.TENS;
                } else if (lex.inner.containsKey(w)) {
                    if (last == Part.HUNDRED) {
                        break;
                    }
                    current = current.signum() == 0 ? lex.inner.get(w) : current.multiply(lex.inner.get(w));
                    last = Part.HUNDRED;
                } else if (lex.big.containsKey(w)) {
                    if (last == Part.BIG) {
                        break;
                    }
                    BigDecimal b = lex.big.get(w);
                    total = total.add((current.signum() == 0 ? BigDecimal.ONE : current).multiply(b));
                    current = BigDecimal.ZERO;
                    lastScale = b;
                    last = Part.BIG;
                } else if (t.get(k).isDash() && last == Part.TENS && glued(k) != null && glued(k + 1) != null
                        && k + 1 < n && lex.atoms.containsKey(t.get(k + 1).norm())) {
                    k++;                                            // twenty-five
                    continue;
                } else if (w.equals("and") && last != Part.NONE && k + 3 < n && t.get(k + 1).is("a")
                        && lex.halves.containsKey(t.get(k + 2).norm()) && lex.big.containsKey(t.get(k + 3).norm())
                        && (last == Part.ATOM || last == Part.TENS)) {
                    current = current.add(lex.halves.get(t.get(k + 2).norm()));   // one and a half million
                    k += 3;
                    continue;
                } else if (w.equals("and") && (last == Part.HUNDRED || last == Part.BIG) && k + 1 < n
                        && (lex.atoms.containsKey(t.get(k + 1).norm()) || lex.tens.containsKey(t.get(k + 1).norm()))) {
                    k++;                                            // two hundred and fifty
                    continue;
                } else {
                    break;
                }
                k++;
            }
            if (last == Part.NONE) {
                return null;
            }
            BigDecimal v = total.add(current);
            if (lastScale.compareTo(BigDecimal.ONE) > 0 && current.signum() != 0) {
                lastScale = BigDecimal.ONE;                         // "two thousand five": no trailing scale
            }
            if (hyphenWordAfter(k)) {
                return null;                                        // "two-day", "three-year-old"
            }
            if (lastScale.compareTo(BigDecimal.ONE) == 0) {
                PhraseTable.Match<BigDecimal> sm = lex.scales.longestAt(t, k);
                if (sm != null) {
                    v = v.multiply(sm.value());                     // "two dozen"
                    lastScale = sm.value();
                    k = sm.end();
                }
            }
            boolean one = v.compareTo(BigDecimal.ONE) == 0;
            return new Core(i, k, v, lastScale, false, one, false, false, false, null);
        }

        /**
         * A German indefinite article counts as 1 only as the low end of a range ("ein bis zwei Dutzend",
         * "ein oder zwei Schiffe"): alone, "ein Panzer" is not reported.
         */
        private Core rangeOnlyOne(int i) {
            if (i + 2 < n && (lex.to.contains(t.get(i + 1).norm()) || t.get(i + 1).isDash())) {
                Core high = core(i + 2, true);
                if (high != null && !high.vague() && high.value() != null) {
                    return new Core(i, i + 1, BigDecimal.ONE, BigDecimal.ONE, false, true, false, false, false, null);
                }
            }
            return null;
        }

        private boolean sentenceStart(int i) {
            for (int k = 0; k < i; k++) {
                if (!t.get(k).isPunct()) {
                    return false;
                }
            }
            return true;
        }

        /** Token {@code k} is a dash glued to the token before it and to a word after it. */
        private boolean hyphenWordAfter(int k) {
            return k < n && k > 0 && t.get(k).isDash() && glued(k) != null && glued(k + 1) != null
                    && t.get(k + 1).isWord();
        }

        // ---- units ----

        private UnitHit findUnit(int pos, BigDecimal value, boolean allowOf) {
            if (allowOf && pos < n && lex.of.contains(t.get(pos).norm())) {
                return scanUnit(pos + 1, value, true);
            }
            return scanUnit(pos, value, false);
        }

        /** The unit noun at {@code k}, or after at most {@link #MAX_MODIFIERS} adjectives and names. */
        private UnitHit scanUnit(int k, BigDecimal value, boolean amountOnly) {
            boolean one = value != null && value.compareTo(BigDecimal.ONE) == 0;
            int mods = 0;
            while (k < n) {
                UnitHit h = unitAt(k);
                if (h != null) {
                    if (h.unit().blocker()) {
                        return null;
                    }
                    if (lex.english && !h.unit().plural() && !one) {
                        k = h.end();                                // "500 tank engines": "tank" is a modifier
                        if (++mods > MAX_MODIFIERS) {
                            return null;
                        }
                        continue;
                    }
                    if (!h.unit().kind().isAmount() && (mods > 0 || amountOnly)) {
                        return null;
                    }
                    if (lex.english && h.unit().kind().isAmount()) {
                        // the last of adjacent unit nouns is the head: "one tank shell", "a rocket launcher"
                        UnitHit nx = unitAt(h.end());
                        while (nx != null && !nx.unit().blocker() && nx.unit().kind().isAmount()
                                && (nx.unit().plural() || one)) {
                            h = new UnitHit(h.start(), nx.end(), nx.unit());
                            nx = unitAt(h.end());
                        }
                    }
                    return h;
                }
                if (mods == MAX_MODIFIERS) {
                    return null;
                }
                int m = modifierEnd(k);
                if (m < 0) {
                    return null;
                }
                k = m;
                mods++;
            }
            return null;
        }

        private UnitHit unitAt(int k) {
            if (k >= n) {
                return null;
            }
            if (lex.german) {
                int ce = chunkEnd(k);
                Token lastTok = t.get(ce - 1);
                if (lastTok.isWord() && !t.get(k).isPunct()) {
                    StringBuilder whole = new StringBuilder();
                    boolean hasNum = false;
                    for (int j = k; j < ce; j++) {
                        if (!t.get(j).isDash()) {
                            whole.append(t.get(j).norm());
                        }
                        hasNum |= t.get(j).isNum();
                    }
                    Lexicon.Unit u = lex.ending(whole.toString(), lastTok.norm());
                    if (u != null) {
                        // a chunk with digits is a unit only as a compound of goods ("152-mm-Granaten")
                        return hasNum && !u.blocker() && !u.kind().isAmount() ? null : new UnitHit(k, ce, u);
                    }
                }
            }
            if (t.get(k).isNum()) {
                return null;
            }
            PhraseTable.Match<Lexicon.Unit> m = lex.unitPhrases.longestAt(t, k);
            if (m == null || (t.get(m.end() - 1).isWord() && chunkEnd(m.end() - 1) > m.end())) {
                return null;                                        // the "T" of "T-90" is not tons
            }
            return new UnitHit(k, m.end(), m.value());
        }

        /** The token after the adjective, name or calibre at {@code k}, or -1 if there is none. */
        private int modifierEnd(int k) {
            Token tk = t.get(k);
            int ce = chunkEnd(k);
            boolean hasNum = false;
            for (int j = k; j < ce; j++) {
                hasNum |= t.get(j).isNum();
            }
            if (hasNum) {
                if (ce - k > 1) {
                    return ce;                                      // T-90, KN-23, 152mm, 152-mm, S-400
                }
                PhraseTable.Match<Lexicon.Unit> m = lex.unitPhrases.longestAt(t, k + 1);
                if (tk.isNum() && m != null && m.value().kind() == QuantityKind.CALIBRE) {
                    return m.end();                                 // 152 mm
                }
                return -1;
            }
            if (!tk.isWord() || lex.stop.contains(tk.norm())) {
                return -1;
            }
            if (lex.german) {
                String lastWord = t.get(ce - 1).norm();
                boolean inflected = lastWord.endsWith("e") || lastWord.endsWith("en") || lastWord.endsWith("er")
                        || lastWord.endsWith("es") || lastWord.endsWith("em");
                return !tk.startsUpper() && inflected ? ce : -1;
            }
            return lex.english ? ce : -1;
        }

        /** The end of the run of glued words, numbers and inner hyphens that starts at {@code k}. */
        private int chunkEnd(int k) {
            int j = k + 1;
            while (j < n && glued(j) != null) {
                Token tj = t.get(j);
                if (tj.isWord() || tj.isNum()) {
                    j++;
                } else if (tj.isDash() && j + 1 < n && glued(j + 1) != null
                        && (t.get(j + 1).isWord() || t.get(j + 1).isNum())) {
                    j++;
                } else {
                    break;
                }
            }
            return j;
        }

        // ---- token helpers ----

        /** Token {@code k} if it touches the token before it, else null. */
        private Token glued(int k) {
            return k > 0 && k < n && t.get(k - 1).end() == t.get(k).begin() ? t.get(k) : null;
        }

        /** Token {@code k - 1} if it touches token {@code k}, else null. */
        private Token gluedBefore(int k) {
            return k > 0 && k < n && t.get(k - 1).end() == t.get(k).begin() ? t.get(k - 1) : null;
        }

        private boolean gluedNum(int k) {
            Token g = glued(k);
            return g != null && g.isNum();
        }
    }
}
