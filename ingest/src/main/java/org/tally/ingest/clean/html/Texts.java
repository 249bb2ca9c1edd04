package org.tally.ingest.clean.html;

/** Small linear-time text helpers shared by the extractor's parts. */
final class Texts {

    private Texts() {
    }

    /** Whether the code point is white space, including the no-break and zero-width spaces pages use. */
    static boolean isSpace(int c) {
        return Character.isWhitespace(c) || c == 0x00A0 || c == 0x2007 || c == 0x202F || c == 0x200B
                || c == 0xFEFF || c == 0x200C || c == 0x200D || c == 0x2060;
    }

    /** Whether the code point belongs to a word, as the {@code \w} of a Unicode regular expression. */
    static boolean isWordChar(int c) {
        return Character.isLetterOrDigit(c) || c == '_' || Character.getType(c) == Character.NON_SPACING_MARK
                || Character.getType(c) == Character.COMBINING_SPACING_MARK;
    }

    /** Scripts written without spaces between words, where each character is counted as a word. */
    static boolean isIdeographic(int c) {
        Character.UnicodeScript s = Character.UnicodeScript.of(c);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.THAI;
    }

    /** Words: maximal runs of word characters; in ideographic scripts every character counts as one. */
    static int countWords(String s) {
        int words = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (isWordChar(c)) {
                if (c > 0x2E80 && isIdeographic(c)) {
                    words++;
                    in = false;
                } else if (!in) {
                    words++;
                    in = true;
                }
            } else {
                in = false;
            }
        }
        return words;
    }

    /** Collapses white space runs to one space and trims. */
    static String squash(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (isSpace(c)) {
                space = b.length() > 0;
            } else {
                if (space) {
                    b.append(' ');
                    space = false;
                }
                b.appendCodePoint(c);
            }
        }
        return b.toString();
    }

    /** Counts sentence and clause punctuation in Latin, Cyrillic, Arabic and East Asian writing. */
    static int punctuation(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            switch (s.charAt(i)) {
                case ',', '.', ';', ':', '!', '?', '\u060C', '\u3001', '\u3002', '\uFF0C', '\uFF0E', '\u061F',
                     '\u0964' -> n++;
                default -> {
                }
            }
        }
        return n;
    }

    /** Text for comparisons: lower case letters and digits only. */
    static String key(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetterOrDigit(c)) {
                b.appendCodePoint(Character.toLowerCase(c));
            }
        }
        return b.toString();
    }
}
