package org.tally.extract.quantity;

import java.math.BigDecimal;
import java.util.Map;

/** Numerals written with digits, and German number words written as one word. Stateless. */
final class Numerals {

    private Numerals() {}

    /**
     * The value of a numeral token ("1.000", "4,8", "1,000", "4.8", "5 000", "1.234,5"), read by the separator
     * conventions of {@code language}, or null when the separators make no number ("1,2,3").
     * <ul>
     *   <li>Both "." and "," present: the later one is the decimal mark, the other groups thousands.</li>
     *   <li>One mark, several times: it groups thousands (every group three digits).</li>
     *   <li>One mark, once: German "." and English "," group thousands when exactly three digits follow
     *       ("1.000", "1,000"), else they are decimal marks; German "," and English "." are decimal marks.
     *       In other languages a mark followed by exactly three digits groups, else it is a decimal mark.</li>
     * </ul>
     * Apostrophes and spaces inside the token always group thousands.
     */
    static BigDecimal parseDigits(String raw, String language) {
        StringBuilder sb = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if ((c >= '0' && c <= '9') || c == '.' || c == ',') {
                sb.append(c);
            }
        }
        String s = sb.toString();
        int dots = count(s, '.');
        int commas = count(s, ',');
        String plain;
        if (dots == 0 && commas == 0) {
            plain = s;
        } else if (dots > 0 && commas > 0) {
            char dec = s.lastIndexOf('.') > s.lastIndexOf(',') ? '.' : ',';
            char grp = dec == '.' ? ',' : '.';
            if (count(s, dec) != 1 || !groupsValid(s.substring(0, s.indexOf(dec)), grp)) {
                return null;
            }
            plain = s.replace(String.valueOf(grp), "").replace(dec, '.');
        } else {
            char mark = dots > 0 ? '.' : ',';
            int times = Math.max(dots, commas);
            if (times > 1) {
                if (!groupsValid(s, mark)) {
                    return null;
                }
                plain = s.replace(String.valueOf(mark), "");
            } else {
                int at = s.indexOf(mark);
                boolean threeAfter = s.length() - at - 1 == 3;
                boolean firstShort = at >= 1 && at <= 3;
                boolean grouping = switch (language) {
                    case "de" -> mark == '.' && threeAfter && firstShort;
                    case "en" -> mark == ',' && threeAfter && firstShort;
                    default -> threeAfter && firstShort;
                };
                plain = grouping ? s.replace(String.valueOf(mark), "") : s.replace(mark, '.');
            }
        }
        try {
            return new BigDecimal(plain);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    /** "1.234.567" with mark '.': first group 1–3 digits, the others exactly 3. */
    private static boolean groupsValid(String s, char mark) {
        String[] parts = s.split(java.util.regex.Pattern.quote(String.valueOf(mark)), -1);
        if (parts[0].isEmpty() || parts[0].length() > 3) {
            return false;
        }
        for (int i = 1; i < parts.length; i++) {
            if (parts[i].length() != 3) {
                return false;
            }
        }
        return true;
    }

    /**
     * A German number written as one word ("zwei", "fünfundzwanzig", "zweihunderttausend", "zweieinhalb"), from
     * the building blocks in {@code atoms} (1–19 and the tens, "ein" for compounds) and {@code inner}
     * ("hundert", "tausend"); null when the word is not a number.
     */
    static BigDecimal parseGermanWord(String w, Map<String, BigDecimal> atoms, Map<String, BigDecimal> inner) {
        if (w.isEmpty()) {
            return null;
        }
        if (w.endsWith("einhalb") && w.length() > "einhalb".length()) {
            BigDecimal base = parseGermanWord(w.substring(0, w.length() - "einhalb".length()), atoms, inner);
            return base == null ? null : base.add(new BigDecimal("0.5"));
        }
        String thousandWord = key(inner, 1000);
        String hundredWord = key(inner, 100);
        if (thousandWord != null) {
            int t = w.indexOf(thousandWord);
            if (t >= 0) {
                String left = w.substring(0, t);
                String right = w.substring(t + thousandWord.length());
                Long lv = left.isEmpty() ? Long.valueOf(1) : below1000(left, atoms, hundredWord);
                Long rv = right.isEmpty() ? Long.valueOf(0) : below1000(right, atoms, hundredWord);
                return lv == null || rv == null || lv == 0 ? null : BigDecimal.valueOf(lv * 1000 + rv);
            }
        }
        Long v = below1000(w, atoms, hundredWord);
        return v == null ? null : BigDecimal.valueOf(v);
    }

    private static Long below1000(String w, Map<String, BigDecimal> atoms, String hundredWord) {
        if (hundredWord != null) {
            int h = w.indexOf(hundredWord);
            if (h >= 0) {
                String left = w.substring(0, h);
                String right = w.substring(h + hundredWord.length());
                Long lv = left.isEmpty() ? Long.valueOf(1) : below100(left, atoms);
                Long rv = right.isEmpty() ? Long.valueOf(0) : below100(right, atoms);
                if (lv == null || rv == null || lv < 1 || lv > 9) {
                    return null;
                }
                return lv * 100 + rv;
            }
        }
        return below100(w, atoms);
    }

    private static Long below100(String w, Map<String, BigDecimal> atoms) {
        BigDecimal a = atoms.get(w);
        if (a != null) {
            return a.longValue();
        }
        int u = w.indexOf("und");
        if (u > 0) {
            BigDecimal ones = atoms.get(w.substring(0, u));
            BigDecimal tens = atoms.get(w.substring(u + 3));
            if (ones != null && tens != null && ones.intValue() >= 1 && ones.intValue() <= 9
                    && tens.intValue() >= 20 && tens.intValue() % 10 == 0) {
                return (long) ones.intValue() + tens.intValue();
            }
        }
        return null;
    }

    private static String key(Map<String, BigDecimal> m, long value) {
        for (Map.Entry<String, BigDecimal> e : m.entrySet()) {
            if (e.getValue().longValue() == value) {
                return e.getKey();
            }
        }
        return null;
    }
}
