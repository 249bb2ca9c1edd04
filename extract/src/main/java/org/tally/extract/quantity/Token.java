package org.tally.extract.quantity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A token of a sentence: a run of digits (with the separators inside a numeral), a run of letters, or one other
 * character. {@code norm} is the lower-case word, the numeral as written, or the punctuation with every dash as
 * {@code -} and every apostrophe as {@code '}.
 */
record Token(int begin, int end, Type type, String text, String norm) {

    enum Type { NUM, WORD, PUNCT }

    boolean isNum() {
        return type == Type.NUM;
    }

    boolean isWord() {
        return type == Type.WORD;
    }

    boolean isPunct() {
        return type == Type.PUNCT;
    }

    boolean is(String punctOrWord) {
        return norm.equals(punctOrWord);
    }

    boolean isDash() {
        return type == Type.PUNCT && norm.equals("-");
    }

    boolean startsUpper() {
        return type == Type.WORD && Character.isUpperCase(text.codePointAt(0));
    }

    /**
     * Splits a sentence. With {@code spaceGrouping}, a plain space between digit groups joins them ("5 000"); a
     * no-break, narrow or thin space and an apostrophe always do ("5 000", "5'000").
     */
    static List<Token> tokenize(String s, boolean spaceGrouping) {
        List<Token> out = new ArrayList<>();
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                i++;
            } else if (isDigit(c)) {
                int j = digitsEnd(s, i);
                boolean onlyGroups = j - i <= 3;
                while (j < n) {
                    char sep = s.charAt(j);
                    if ((sep == '.' || sep == ',') && j + 1 < n && isDigit(s.charAt(j + 1))) {
                        j = digitsEnd(s, j + 1);
                        onlyGroups = false;
                    } else if (isGroupMark(sep) && threeDigitsAt(s, j + 1)) {
                        j += 4;
                    } else if (sep == ' ' && spaceGrouping && onlyGroups && threeDigitsAt(s, j + 1)) {
                        j += 4;
                    } else {
                        break;
                    }
                }
                out.add(new Token(i, j, Type.NUM, s.substring(i, j), s.substring(i, j)));
                i = j;
            } else if (Character.isLetter(c)) {
                int j = i + 1;
                while (j < n) {
                    char d = s.charAt(j);
                    if (Character.isLetter(d) || Character.getType(d) == Character.NON_SPACING_MARK) {
                        j++;
                    } else if ((d == '\'' || d == '’') && j + 1 < n && Character.isLetter(s.charAt(j + 1))) {
                        j += 2;
                    } else {
                        break;
                    }
                }
                String text = s.substring(i, j);
                out.add(new Token(i, j, Type.WORD, text, text.replace('’', '\'').toLowerCase(Locale.ROOT)));
                i = j;
            } else {
                int cp = s.codePointAt(i);
                int j = i + Character.charCount(cp);
                String text = s.substring(i, j);
                out.add(new Token(i, j, Type.PUNCT, text, normPunct(text)));
                i = j;
            }
        }
        return out;
    }

    /** The norm a lexicon phrase token gets, so that phrases and sentences compare alike. */
    static String normPunct(String p) {
        return switch (p) {
            case "‐", "‑", "‒", "–", "—", "−" -> "-";
            case "’", "‘", "`", "´" -> "'";
            default -> p;
        };
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isGroupMark(char c) {
        return c == '\'' || c == '’' || c == '\u00A0' || c == '\u202F' || c == '\u2009';
    }

    private static int digitsEnd(String s, int i) {
        while (i < s.length() && isDigit(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Exactly three digits at {@code i}, not followed by another digit. */
    private static boolean threeDigitsAt(String s, int i) {
        return i + 3 <= s.length() && isDigit(s.charAt(i)) && isDigit(s.charAt(i + 1)) && isDigit(s.charAt(i + 2))
                && (i + 3 == s.length() || !isDigit(s.charAt(i + 3)));
    }
}
