package org.tally.extract.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import org.tally.extract.time.Grammar.Check;
import org.tally.extract.time.Grammar.Rule;
import org.tally.extract.time.TimeExpression.Kind;
import org.tally.extract.time.TimeExpression.Part;

/**
 * Turns one rule match into a value: the calendar arithmetic and the conventions written down in docs/time.md.
 * One instance serves one call of {@link TimeNormalizer#find}; it is not shared between threads.
 */
final class Interpreter {

    /** Precision of a value. */
    enum Prec {
        YEAR, MONTH, DAY
    }

    /** Calendar units of the lexicons. */
    enum Unit {
        DAY, WEEK, WEEKEND, MONTH, QUARTER, YEAR, DECADE
    }

    /**
     * A value before it becomes a {@link TimeExpression}.
     *
     * @param open       a range without an end ("seit 2011")
     * @param unresolved relative, but there was no reference date
     */
    record Val(Kind kind, LocalDate s, Prec sp, LocalDate f, Prec fp, Part part, boolean relative, boolean fuzzy,
               boolean open, boolean unresolved) {

        static Val point(LocalDate d, Prec p, Part part, boolean relative, boolean fuzzy) {
            return new Val(Kind.DATE, d, p, d, p, part, relative, fuzzy, false, false);
        }

        static Val range(LocalDate s, Prec sp, LocalDate f, Prec fp, Part part, boolean relative, boolean fuzzy) {
            return new Val(Kind.RANGE, s, sp, f, fp, part, relative, fuzzy, false, false);
        }

        static Val unresolved(Kind kind, Part part, boolean fuzzy) {
            return new Val(kind, null, null, null, null, part, true, fuzzy, false, true);
        }

        Val opened() {
            return new Val(Kind.RANGE, s, sp, null, null, part, relative, fuzzy, true, unresolved);
        }

        String start() {
            return unresolved ? null : iso(s, sp);
        }

        String finish() {
            return unresolved || open ? null : iso(f, fp);
        }
    }

    /** A yearless date counts as past unless it lies more than this many months before the reference. */
    static final int PAST_WINDOW_MONTHS = 10;

    private final Grammar g;
    private final String text;
    private final LocalDate ref;
    private Rule rule;
    private Matcher m;

    Interpreter(Grammar g, String text, LocalDate ref) {
        this.g = g;
        this.text = text;
        this.ref = ref;
    }

    /** The value of a match, or null if the match is not a temporal expression after all. */
    Val interpret(Rule r, Matcher matcher) {
        this.rule = r;
        this.m = matcher;
        try {
            if (!passes(r.check())) {
                return null;
            }
            return switch (r.handler()) {
                case DATE -> date();
                case RANGE -> range();
                case DECADE -> decade();
                case SEASON -> season();
                case QUARTER -> quarter();
                case REL -> rel();
                case RELNAMED -> relNamed();
                case WEEKDAY -> weekday();
                case DAYREL -> dayRel();
                case AGO -> ago();
                case SINCE -> since();
                case SPAN -> span();
                case VAGUE -> vague();
                case SOFAR -> soFar();
                case SLASH -> slash();
            };
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    // ---------------------------------------------------------------- handlers

    private Val date() {
        Integer d = num("d");
        Integer mo = month("m");
        Integer y = year("y", "yy");
        Part part = part();
        Integer wd = num("w");
        if (mo == null && d != null) {
            return null;
        }
        boolean relative = false;
        if (y == null && grp("ru") != null) {
            String[] ru = lex("ru").split(" ");
            if (!ru[0].equals("YEAR")) {
                return null;
            }
            if (ref == null) {
                return Val.unresolved(Kind.DATE, part, false);
            }
            y = ref.getYear() + Integer.parseInt(ru[1]);
            relative = true;
        }
        if (mo != null && (mo < 1 || mo > 12)) {
            return null;
        }
        if (d != null && d > YearMonth.of(y == null ? 2000 : y, mo).lengthOfMonth()) {
            return null;
        }
        if (y != null) {
            if (mo == null) {
                return Val.point(LocalDate.of(y, 1, 1), Prec.YEAR, part, relative, false);
            }
            return d == null ? Val.point(LocalDate.of(y, mo, 1), Prec.MONTH, part, relative, false)
                    : Val.point(LocalDate.of(y, mo, d), Prec.DAY, part, relative, false);
        }
        if (mo == null) {
            return null;
        }
        if (ref == null) {
            return Val.unresolved(Kind.DATE, part, false);
        }
        LocalDate date = infer(mo, d == null ? 0 : d, wd == null ? null : DayOfWeek.of(wd), future());
        return Val.point(date, d == null ? Prec.MONTH : Prec.DAY, part, true, false);
    }

    private Val range() {
        Integer d1 = num("d1");
        Integer d2 = num("d2");
        Integer m1 = month("m1");
        Integer m2 = month("m2");
        Integer y1 = year("y1", "yy1");
        Integer y2 = year("y2", null);
        if (m1 == null) {
            m1 = m2;
        }
        if (m2 == null) {
            m2 = m1;
        }
        if (y2 == null && grp("yy2") != null && y1 != null) {
            y2 = y1 / 100 * 100 + Integer.parseInt(grp("yy2"));
            if (y2 <= y1) {
                y2 += 100;
            }
        }
        if ((d1 != null || d2 != null) && m1 == null) {
            return null;
        }
        Prec p = d1 != null ? Prec.DAY : m1 != null ? Prec.MONTH : Prec.YEAR;
        boolean relative = false;
        if (y1 == null && y2 == null) {
            if (m2 == null) {
                return null;
            }
            if (ref == null) {
                return Val.unresolved(Kind.RANGE, Part.NONE, false);
            }
            y2 = infer(m2, d2 == null ? 0 : d2, null, future()).getYear();
            relative = true;
        }
        if (y1 == null) {
            y1 = after(m1, d1, m2, d2) ? y2 - 1 : y2;
        } else if (y2 == null) {
            y2 = after(m1, d1, m2, d2) ? y1 + 1 : y1;
        }
        LocalDate s = LocalDate.of(y1, m1 == null ? 1 : m1, d1 == null ? 1 : d1);
        LocalDate f = LocalDate.of(y2, m2 == null ? 1 : m2, d2 == null ? 1 : d2);
        if (!s.isBefore(f) || y2 - y1 > 100) {
            return null;
        }
        return Val.range(s, p, f, p, Part.NONE, relative, false);
    }

    private Val decade() {
        int y;
        if (grp("dec") != null) {
            String s = grp("dec");
            int v = Integer.parseInt(s);
            y = s.length() == 4 ? v : v <= 10 ? 2000 + v : 1900 + v;
        } else {
            y = Integer.parseInt(lex("dw"));
        }
        return Val.range(LocalDate.of(y, 1, 1), Prec.YEAR, LocalDate.of(y + 9, 1, 1), Prec.YEAR, part(), false,
                false);
    }

    private Val season() {
        String[] s = lex("s").split(":");
        int start = Integer.parseInt(s[0]);
        int len = Integer.parseInt(s[1]);
        Integer y = year("y", null);
        boolean relative = false;
        if (y == null && grp("ru") != null) {
            String[] ru = lex("ru").split(" ");
            if (!ru[0].equals("YEAR")) {
                return null;
            }
            if (ref == null) {
                return Val.unresolved(Kind.RANGE, Part.NONE, false);
            }
            y = ref.getYear() + Integer.parseInt(ru[1]);
            relative = true;
        }
        if (y != null && (grp("y2") != null || grp("yy2") != null)) {
            int y2 = grp("y2") != null ? Integer.parseInt(grp("y2")) : y / 100 * 100 + Integer.parseInt(grp("yy2"));
            if (y2 != y + 1 || start + len <= 13) {
                return null; // "2022/23" only names a season that runs over the new year
            }
        }
        if (y == null) {
            if (ref == null) {
                return Val.unresolved(Kind.RANGE, Part.NONE, false);
            }
            y = infer(start, 0, null, future()).getYear();
            relative = true;
        }
        YearMonth first = YearMonth.of(y, start);
        return months(first, first.plusMonths(len - 1), part(), relative, false);
    }

    private Val quarter() {
        int o = num("o");
        int len = grp("pe") == null ? 3 : Integer.parseInt(lex("pe"));
        if (o < 1 || o > 12 / len) {
            return null;
        }
        int start = (o - 1) * len + 1;
        Integer y = year("y", null);
        boolean relative = false;
        if (y == null && grp("ru") != null) {
            String[] ru = lex("ru").split(" ");
            if (!ru[0].equals("YEAR")) {
                return null;
            }
            if (ref == null) {
                return Val.unresolved(Kind.RANGE, Part.NONE, false);
            }
            y = ref.getYear() + Integer.parseInt(ru[1]);
            relative = true;
        }
        if (y == null) {
            if (ref == null) {
                return Val.unresolved(Kind.RANGE, Part.NONE, false);
            }
            y = infer(start, 0, null, future()).getYear();
            relative = true;
        }
        YearMonth first = YearMonth.of(y, start);
        return months(first, first.plusMonths(len - 1), Part.NONE, relative, false);
    }

    private Val rel() {
        Unit unit;
        int off;
        Part part = part();
        Integer explicitYear = year("y", null);
        if (grp("ru") != null) {
            String[] ru = lex("ru").split(" ");
            unit = Unit.valueOf(ru[0]);
            off = Integer.parseInt(ru[1]);
        } else if (grp("pu") != null) {
            String[] pu = lex("pu").split(" ");
            part = Part.valueOf(pu[0]);
            unit = Unit.valueOf(pu[1]);
            off = 0;
            if (explicitYear != null) {
                if (unit != Unit.YEAR) {
                    return null;
                }
                return Val.point(LocalDate.of(explicitYear, 1, 1), Prec.YEAR, part, false, false);
            }
        } else {
            unit = Unit.valueOf(lex("u"));
            off = num("r");
        }
        if (ref == null) {
            return Val.unresolved(pointUnit(unit) ? Kind.DATE : Kind.RANGE, part, false);
        }
        return switch (unit) {
            case DAY -> Val.point(ref.plusDays(off), Prec.DAY, part, true, false);
            case WEEK -> week(ref.plusWeeks(off), part, false);
            case WEEKEND -> weekend(ref.plusWeeks(off), false);
            case MONTH -> Val.point(ref.plusMonths(off).withDayOfMonth(1), Prec.MONTH, part, true, false);
            case QUARTER -> quarterOf(ref.plusMonths(3L * off), part, false);
            case YEAR -> Val.point(LocalDate.of(ref.getYear() + off, 1, 1), Prec.YEAR, part, true, false);
            case DECADE -> null;
        };
    }

    private Val relNamed() {
        int off = num("r");
        if (ref == null) {
            return Val.unresolved(grp("s") != null ? Kind.RANGE : Kind.DATE, part(), false);
        }
        YearMonth now = YearMonth.from(ref);
        if (grp("m") != null) {
            YearMonth ym = YearMonth.of(ref.getYear(), month("m"));
            if (off < 0 && !ym.isBefore(now)) {
                ym = ym.minusYears(1);
            } else if (off > 0 && !ym.isAfter(now)) {
                ym = ym.plusYears(1);
            }
            return Val.point(ym.atDay(1), Prec.MONTH, part(), true, false);
        }
        if (grp("s") != null) {
            String[] s = lex("s").split(":");
            int start = Integer.parseInt(s[0]);
            int len = Integer.parseInt(s[1]);
            YearMonth chosen = null;
            for (int y = ref.getYear() - 2; y <= ref.getYear() + 1; y++) {
                YearMonth first = YearMonth.of(y, start);
                YearMonth last = first.plusMonths(len - 1);
                if (off < 0 && last.isBefore(now)) {
                    chosen = first; // the latest season that is over
                } else if (off > 0 && first.isAfter(now) && chosen == null) {
                    chosen = first; // the first season still to come
                } else if (off == 0 && (!first.isAfter(now) && !last.isBefore(now)
                        || chosen == null && y == ref.getYear())) {
                    chosen = first; // the season under way, else this year's
                }
            }
            return months(chosen, chosen.plusMonths(len - 1), part(), true, false);
        }
        DayOfWeek wd = DayOfWeek.of(num("w"));
        LocalDate d;
        if (off < 0) {
            d = ref.minusDays(1).with(TemporalAdjusters.previousOrSame(wd));
        } else if (off > 0) {
            d = ref.plusDays(1).with(TemporalAdjusters.nextOrSame(wd));
        } else {
            d = ref.with(DayOfWeek.MONDAY).plusDays(wd.getValue() - 1L);
        }
        return Val.point(d, Prec.DAY, part(), true, false);
    }

    private Val weekday() {
        if (ref == null) {
            return Val.unresolved(Kind.DATE, Part.NONE, false);
        }
        DayOfWeek wd = DayOfWeek.of(num("w"));
        LocalDate d = future() ? ref.with(TemporalAdjusters.nextOrSame(wd))
                : ref.with(TemporalAdjusters.previousOrSame(wd));
        return Val.point(d, Prec.DAY, Part.NONE, true, false);
    }

    private Val dayRel() {
        if (ref == null) {
            return Val.unresolved(Kind.DATE, Part.NONE, false);
        }
        return Val.point(ref.plusDays(Integer.parseInt(lex("dr"))), Prec.DAY, Part.NONE, true, false);
    }

    private Val ago() {
        Unit unit = Unit.valueOf(lex("u"));
        Integer n = num("n");
        boolean exact = n != null && grp("q") == null;
        boolean fuzzy = !exact || grp("a") != null;
        if (exact && (n < 1 || n > (unit == Unit.DAY ? 3000 : 300))) {
            return null;
        }
        if (ref == null) {
            return Val.unresolved(exact && pointUnit(unit) ? Kind.DATE : Kind.RANGE, Part.NONE, fuzzy);
        }
        if (!exact) {
            return fuzzyBack(unit);
        }
        return switch (unit) {
            case DAY -> Val.point(ref.minusDays(n), Prec.DAY, Part.NONE, true, fuzzy);
            case WEEK -> week(ref.minusWeeks(n), Part.NONE, fuzzy);
            case WEEKEND -> weekend(ref.minusWeeks(n), fuzzy);
            case MONTH -> Val.point(ref.minusMonths(n).withDayOfMonth(1), Prec.MONTH, Part.NONE, true, fuzzy);
            case QUARTER -> quarterOf(ref.minusMonths(3L * n), Part.NONE, fuzzy);
            case YEAR -> Val.point(LocalDate.of(ref.getYear() - n, 1, 1), Prec.YEAR, Part.NONE, true, fuzzy);
            case DECADE -> Val.point(LocalDate.of(ref.getYear() - 10 * n, 1, 1), Prec.YEAR, Part.NONE, true, true);
        };
    }

    private Val since() {
        Unit unit = Unit.valueOf(lex("u"));
        Integer n = num("n");
        boolean exact = n != null && grp("q") == null;
        boolean fuzzy = !exact || grp("a") != null;
        if (exact && (n < 1 || n > 300)) {
            return null;
        }
        if (ref == null) {
            return Val.unresolved(Kind.RANGE, Part.NONE, fuzzy).opened();
        }
        if (!exact) {
            Val back = fuzzyBack(unit);
            return Val.range(back.s(), back.sp(), null, null, Part.NONE, true, true).opened();
        }
        Val v = switch (unit) {
            case DAY -> Val.range(ref.minusDays(n), Prec.DAY, null, null, Part.NONE, true, fuzzy);
            case WEEK, WEEKEND -> Val.range(ref.minusWeeks(n), Prec.DAY, null, null, Part.NONE, true, fuzzy);
            case MONTH, QUARTER -> Val.range(ref.minusMonths((unit == Unit.QUARTER ? 3L : 1L) * n).withDayOfMonth(1),
                    Prec.MONTH, null, null, Part.NONE, true, fuzzy);
            case YEAR -> Val.range(LocalDate.of(ref.getYear() - n, 1, 1), Prec.YEAR, null, null, Part.NONE, true,
                    fuzzy);
            case DECADE -> Val.range(LocalDate.of(ref.getYear() - 10 * n, 1, 1), Prec.YEAR, null, null, Part.NONE,
                    true, true);
        };
        return v.opened();
    }

    private Val span() {
        int dir = grp("r") == null ? -1 : num("r");
        if (dir == 0) {
            return null;
        }
        Unit unit = Unit.valueOf(lex("u"));
        Integer n = num("n");
        boolean singular = rule.groups().containsKey("u") && g.lexicon.contains("unit", grp("u"));
        if (n == null && singular) {
            n = 1;
        }
        boolean exact = n != null && grp("q") == null;
        if (exact && (n < 1 || n > 300)) {
            return null;
        }
        if (ref == null) {
            return Val.unresolved(Kind.RANGE, Part.NONE, !exact);
        }
        int count = exact ? n : switch (unit) {
            case DAY -> 7;
            case WEEK, WEEKEND -> 6;
            case MONTH -> 6;
            case QUARTER -> 2;
            case YEAR -> 5;
            case DECADE -> 3;
        };
        Prec p = switch (unit) {
            case DAY, WEEKEND -> Prec.DAY;
            case WEEK -> exact ? Prec.DAY : Prec.MONTH;
            case MONTH, QUARTER -> Prec.MONTH;
            case YEAR, DECADE -> Prec.YEAR;
        };
        LocalDate far = shift(ref, unit, dir * count);
        return dir < 0 ? Val.range(far, p, ref, p, Part.NONE, true, !exact)
                : Val.range(ref.plusDays(1), p, far, p, Part.NONE, true, !exact);
    }

    private Val vague() {
        boolean past = lex("v").equals("PAST");
        if (ref == null) {
            return Val.unresolved(Kind.RANGE, Part.NONE, true);
        }
        return past ? Val.range(ref.minusMonths(1), Prec.MONTH, ref, Prec.MONTH, Part.NONE, true, true)
                : Val.range(ref, Prec.MONTH, ref.plusMonths(3), Prec.MONTH, Part.NONE, true, true);
    }

    private Val soFar() {
        boolean earlier = grp("e").toLowerCase(Locale.ROOT).equals("earlier");
        String[] ru = lex("ru").split(" ");
        Unit unit = Unit.valueOf(ru[0]);
        int off = Integer.parseInt(ru[1]);
        if (ref == null) {
            return Val.unresolved(off == 0 ? Kind.RANGE : Kind.DATE, Part.NONE, false);
        }
        if (off != 0) {
            Part part = earlier ? Part.START : Part.END;
            return switch (unit) {
                case YEAR -> Val.point(LocalDate.of(ref.getYear() + off, 1, 1), Prec.YEAR, part, true, false);
                case MONTH -> Val.point(ref.plusMonths(off).withDayOfMonth(1), Prec.MONTH, part, true, false);
                default -> week(ref.plusWeeks(off), part, false);
            };
        }
        return switch (unit) {
            case YEAR -> earlier
                    ? Val.range(ref.withDayOfYear(1), Prec.MONTH, ref, Prec.MONTH, Part.NONE, true, false)
                    : Val.range(ref, Prec.MONTH, ref.withMonth(12), Prec.MONTH, Part.NONE, true, false);
            case MONTH -> earlier
                    ? Val.range(ref.withDayOfMonth(1), Prec.DAY, ref, Prec.DAY, Part.NONE, true, false)
                    : Val.range(ref, Prec.DAY, ref.with(TemporalAdjusters.lastDayOfMonth()), Prec.DAY, Part.NONE,
                    true, false);
            default -> earlier
                    ? Val.range(ref.with(DayOfWeek.MONDAY), Prec.DAY, ref, Prec.DAY, Part.NONE, true, false)
                    : Val.range(ref, Prec.DAY, ref.with(DayOfWeek.SUNDAY), Prec.DAY, Part.NONE, true, false);
        };
    }

    /** "a/b/yyyy" in English: read only when one number cannot be a month (or both are the same). */
    private Val slash() {
        int a = num("a");
        int b = num("b");
        int y = Integer.parseInt(grp("y"));
        int d;
        int mo;
        if (a > 12 && b <= 12) {
            d = a;
            mo = b;
        } else if (b > 12 && a <= 12) {
            mo = a;
            d = b;
        } else if (a == b) {
            d = a;
            mo = a;
        } else {
            return null;
        }
        if (mo < 1 || d < 1 || d > YearMonth.of(y, mo).lengthOfMonth()) {
            return null;
        }
        return Val.point(LocalDate.of(y, mo, d), Prec.DAY, Part.NONE, false, false);
    }

    // ---------------------------------------------------------------- calendar

    /**
     * The year of a yearless month (day 0) or day: with a future cue in the sentence, the first occurrence on or
     * after the reference; otherwise the last occurrence on or before it, unless that lies more than
     * {@link #PAST_WINDOW_MONTHS} months back, then the next one. A weekday, if given, must agree.
     */
    LocalDate infer(int month, int day, DayOfWeek wd, boolean future) {
        LocalDate[] cands = new LocalDate[5];
        int n = 0;
        for (int pass = 0; pass < 2 && n == 0; pass++) {
            for (int y = ref.getYear() - 2; y <= ref.getYear() + 2; y++) {
                if (day > YearMonth.of(y, month).lengthOfMonth()) {
                    continue;
                }
                LocalDate c = LocalDate.of(y, month, Math.max(day, 1));
                if (pass == 0 && wd != null && day > 0 && c.getDayOfWeek() != wd) {
                    continue;
                }
                cands[n++] = c;
            }
        }
        boolean byDay = day > 0;
        LocalDate earliestAfter = null;
        LocalDate latestBefore = null;
        for (int i = 0; i < n; i++) {
            int cmp = compare(cands[i], ref, byDay);
            if (cmp >= 0 && (earliestAfter == null || cands[i].isBefore(earliestAfter))) {
                if (future || cmp > 0) {
                    earliestAfter = cands[i];
                }
            }
            if (cmp <= 0 && (latestBefore == null || cands[i].isAfter(latestBefore))) {
                latestBefore = cands[i];
            }
        }
        if (future && earliestAfter != null) {
            return earliestAfter;
        }
        if (latestBefore != null && compare(latestBefore, ref.minusMonths(PAST_WINDOW_MONTHS), byDay) >= 0) {
            return latestBefore;
        }
        if (earliestAfter != null) {
            return earliestAfter;
        }
        return latestBefore != null ? latestBefore : cands[0];
    }

    private static int compare(LocalDate a, LocalDate b, boolean byDay) {
        return byDay ? a.compareTo(b) : YearMonth.from(a).compareTo(YearMonth.from(b));
    }

    /** Whether (m1, d1) comes after (m2, d2) within a year. */
    private static boolean after(Integer m1, Integer d1, Integer m2, Integer d2) {
        if (m1 == null || m2 == null) {
            return false;
        }
        if (!m1.equals(m2)) {
            return m1 > m2;
        }
        return d1 != null && d2 != null && d1 > d2;
    }

    private static boolean pointUnit(Unit u) {
        return u == Unit.DAY || u == Unit.MONTH || u == Unit.YEAR;
    }

    private static LocalDate shift(LocalDate d, Unit u, int n) {
        return switch (u) {
            case DAY -> d.plusDays(n);
            case WEEK, WEEKEND -> d.plusWeeks(n);
            case MONTH -> d.plusMonths(n);
            case QUARTER -> d.plusMonths(3L * n);
            case YEAR -> d.plusYears(n);
            case DECADE -> d.plusYears(10L * n);
        };
    }

    /** Monday to Sunday of the ISO week containing the day. */
    private static Val week(LocalDate inWeek, Part part, boolean fuzzy) {
        LocalDate mon = inWeek.with(DayOfWeek.MONDAY);
        return Val.range(mon, Prec.DAY, mon.plusDays(6), Prec.DAY, part, true, fuzzy);
    }

    /** Saturday and Sunday of the ISO week containing the day. */
    private static Val weekend(LocalDate inWeek, boolean fuzzy) {
        LocalDate sat = inWeek.with(DayOfWeek.SATURDAY);
        return Val.range(sat, Prec.DAY, sat.plusDays(1), Prec.DAY, Part.NONE, true, fuzzy);
    }

    private static Val quarterOf(LocalDate d, Part part, boolean fuzzy) {
        YearMonth first = YearMonth.of(d.getYear(), (d.getMonthValue() - 1) / 3 * 3 + 1);
        return months(first, first.plusMonths(2), part, true, fuzzy);
    }

    private static Val months(YearMonth first, YearMonth last, Part part, boolean relative, boolean fuzzy) {
        return Val.range(first.atDay(1), Prec.MONTH, last.atDay(1), Prec.MONTH, part, relative, fuzzy);
    }

    /** The convention for "vor Wochen", "vor einigen Tagen", "weeks ago" (docs/time.md). */
    private Val fuzzyBack(Unit unit) {
        return switch (unit) {
            case DAY -> Val.range(ref.minusDays(9), Prec.DAY, ref.minusDays(2), Prec.DAY, Part.NONE, true, true);
            case WEEK, WEEKEND -> Val.range(ref.minusWeeks(8), Prec.MONTH, ref.minusWeeks(2), Prec.MONTH, Part.NONE,
                    true, true);
            case MONTH, QUARTER -> Val.range(ref.minusMonths(11), Prec.MONTH, ref.minusMonths(2), Prec.MONTH,
                    Part.NONE, true, true);
            case YEAR -> Val.range(ref.minusYears(9), Prec.YEAR, ref.minusYears(2), Prec.YEAR, Part.NONE, true, true);
            case DECADE -> Val.range(ref.minusYears(50), Prec.YEAR, ref.minusYears(20), Prec.YEAR, Part.NONE, true,
                    true);
        };
    }

    static String iso(LocalDate d, Prec p) {
        if (d == null) {
            return null;
        }
        return switch (p) {
            case YEAR -> String.format(Locale.ROOT, "%04d", d.getYear());
            case MONTH -> String.format(Locale.ROOT, "%04d-%02d", d.getYear(), d.getMonthValue());
            case DAY -> d.toString();
        };
    }

    // ---------------------------------------------------------------- groups

    private String grp(String name) {
        return rule.groupNames().contains(name) ? m.group(name) : null;
    }

    /** A group's lexicon value. */
    private String lex(String name) {
        String s = grp(name);
        if (s == null) {
            return null;
        }
        String v = g.lexicon.value(rule.groups().getOrDefault(name, List.of()), s);
        if (v == null) {
            throw new NumberFormatException("no lexicon value for " + s);
        }
        return v;
    }

    /** A group as a number: digits, or a number word's value. */
    private Integer num(String name) {
        String s = grp(name);
        if (s == null) {
            return null;
        }
        String t = s.strip();
        if (!t.isEmpty() && t.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Integer.parseInt(t);
        }
        return Integer.parseInt(lex(name));
    }

    private Integer month(String name) {
        return num(name);
    }

    /** A four-digit year group, else a two-digit one (see docs/time.md). */
    private Integer year(String four, String two) {
        String y = grp(four);
        if (y != null) {
            return Integer.parseInt(y);
        }
        String yy = two == null ? null : grp(two);
        if (yy == null) {
            return null;
        }
        int v = Integer.parseInt(yy);
        int limit = ref == null ? 2049 : ref.getYear() + 1;
        return 2000 + v <= limit ? 2000 + v : 1900 + v;
    }

    private Part part() {
        String p = grp("p");
        return p == null ? Part.NONE : Part.valueOf(lex("p"));
    }

    // ---------------------------------------------------------------- checks

    /**
     * Whether the clause around the match speaks of the future (docs/time.md): the clause is the sentence cut at
     * semicolons; of its future and past cues, the one nearest to the match decides; without cues it is the past.
     */
    private boolean future() {
        int s = sentenceStart(m.start());
        int e = sentenceEnd(m.end());
        int nearestFuture = nearest(g.future, s, e);
        if (nearestFuture == Integer.MAX_VALUE) {
            return false;
        }
        return nearestFuture < nearest(g.past, s, e);
    }

    /** Distance from the match to the nearest hit of the pattern between s and e, or MAX_VALUE. */
    private int nearest(java.util.regex.Pattern p, int s, int e) {
        Matcher c = p.matcher(text).region(s, e);
        int best = Integer.MAX_VALUE;
        while (c.find()) {
            int d = c.end() <= m.start() ? m.start() - c.end() : c.start() >= m.end() ? c.start() - m.end() : 0;
            best = Math.min(best, d);
        }
        return best;
    }

    private int sentenceStart(int pos) {
        for (int i = pos - 1; i >= 0; i--) {
            if (boundary(i)) {
                return i + 1;
            }
        }
        return 0;
    }

    private int sentenceEnd(int pos) {
        for (int i = pos; i < text.length(); i++) {
            if (boundary(i)) {
                return i;
            }
        }
        return text.length();
    }

    /**
     * A clause ends at a line break, "!", "?", ";", or a "." after a lower-case letter before a capital.
     */
    private boolean boundary(int i) {
        char c = text.charAt(i);
        if (c == '\n' || c == '!' || c == '?' || c == ';') {
            return true;
        }
        if (c != '.' || i == 0 || !Character.isLowerCase(text.charAt(i - 1))) {
            return false;
        }
        int j = i + 1;
        if (j >= text.length() || !Character.isWhitespace(text.charAt(j))) {
            return false;
        }
        while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
            j++;
        }
        return j < text.length() && (Character.isUpperCase(text.charAt(j)) || "\"„“»«'".indexOf(text.charAt(j)) >= 0);
    }

    private boolean passes(Check check) {
        String whole = m.group();
        if (whole.isEmpty() || !Character.isDigit(whole.charAt(whole.length() - 1))) {
            return true;
        }
        int i = m.end();
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        char next = i < text.length() ? text.charAt(i) : 0;
        if ("%€$£¥‰".indexOf(next) >= 0 && next != 0) {
            return false;
        }
        String word = nextWord(i);
        if (!word.isEmpty() && g.lexicon.contains("qty", word)) {
            return false;
        }
        String[] prev = previousWords(m.start());
        if (prev[0].endsWith("$") || prev[0].endsWith("€") || prev[0].endsWith("£")) {
            return false;
        }
        switch (check) {
            case NONE -> {
                return true;
            }
            case WEAK -> {
                if (word.isEmpty()) {
                    return true;
                }
                boolean upperNouns = "upper".equals(g.lexicon.value(List.of("setting"), "nouncase"));
                boolean capital = Character.isUpperCase(word.charAt(0));
                boolean known = g.lexicon.contains("follow", word) || g.lexicon.contains("month", word)
                        || g.lexicon.contains("weekday", word);
                return known || (upperNouns ? !capital : capital);
            }
            case STRICT -> {
                if (roundHundred() || notYearBefore(prev) || digitNeighbour(next, prev[0])) {
                    return false;
                }
                return word.isEmpty() || g.lexicon.contains("follow", word) || plausibleYears();
            }
            case NEUTRAL -> {
                if (roundHundred() || digitNeighbour(next, prev[0])) {
                    return false;
                }
                for (String n : List.of("y", "y1", "y2")) {
                    String y = grp(n);
                    if (y != null && (Integer.parseInt(y) < 1900 || Integer.parseInt(y) > 2099)) {
                        return false;
                    }
                }
                return true;
            }
            default -> {
                return true;
            }
        }
    }

    /** Every year of the match lies near the reference (1950-2035 without one) and is not a multiple of 50. */
    private boolean plausibleYears() {
        int lo = ref == null ? 1950 : ref.getYear() - 35;
        int hi = ref == null ? 2035 : ref.getYear() + 10;
        for (String n : List.of("y", "y1", "y2")) {
            String y = grp(n);
            if (y != null) {
                int v = Integer.parseInt(y);
                if (v < lo || v > hi || v % 50 == 0) {
                    return false;
                }
            }
        }
        return true;
    }

    /** A bare number between other numbers ("030 2023 1234") is part of a code, not a year. */
    private static boolean digitNeighbour(char next, String previous) {
        return Character.isDigit(next) || !previous.isEmpty() && Character.isDigit(previous.charAt(previous.length() - 1));
    }

    private boolean roundHundred() {
        for (String n : List.of("y", "y1", "y2")) {
            String y = grp(n);
            if (y != null && Integer.parseInt(y) % 100 == 0) {
                return true;
            }
        }
        return false;
    }

    private boolean notYearBefore(String[] prev) {
        return g.lexicon.contains("notyearbefore", prev[0])
                || !prev[1].isEmpty() && g.lexicon.contains("notyearbefore", prev[1]);
    }

    /** The word (letters, digits, hyphens) starting at i; empty before punctuation or the end. */
    private String nextWord(int i) {
        int j = i;
        while (j < text.length() && (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == '-')) {
            j++;
        }
        return text.substring(i, j);
    }

    /** The last word before pos and the last two words, as {one, two}. */
    private String[] previousWords(int pos) {
        String before = text.substring(Math.max(0, pos - 40), pos).strip();
        String[] w = before.split("\\s+");
        String one = w.length > 0 ? clean(w[w.length - 1]) : "";
        String two = w.length > 1 ? clean(w[w.length - 2]) + " " + one : "";
        return new String[] {one, two};
    }

    private static String clean(String w) {
        return w.replaceAll("^[(\\[\"„“»«,;:]+", "");
    }
}
