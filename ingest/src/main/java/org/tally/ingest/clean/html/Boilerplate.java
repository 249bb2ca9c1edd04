package org.tally.ingest.clean.html;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Stock phrases of page furniture ("Advertisement", "Read more: ..."), read from {@code stock-phrases.txt}. */
final class Boilerplate {

    private static final Set<String> EXACT = new HashSet<>();
    private static final List<String> PREFIXES = new ArrayList<>();
    private static final List<String> SUFFIXES = new ArrayList<>();

    static {
        try (InputStream in = Boilerplate.class.getResourceAsStream("/org/tally/ingest/html/stock-phrases.txt")) {
            if (in != null) {
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line; (line = r.readLine()) != null; ) {
                    if (line.startsWith("= ")) {
                        EXACT.add(normalize(line.substring(2)));
                    } else if (line.startsWith("^ ")) {
                        PREFIXES.add(normalize(line.substring(2)) + " ");
                    } else if (line.startsWith("$ ")) {
                        SUFFIXES.add(" " + normalize(line.substring(2)));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Boilerplate() {
    }

    /** Lower case words separated by single spaces, with a space at the end. */
    static String normalize(String s) {
        StringBuilder b = new StringBuilder(s.length() + 1);
        boolean space = true;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetterOrDigit(c)) {
                b.appendCodePoint(Character.toLowerCase(c));
                space = false;
            } else if (!space) {
                b.append(' ');
                space = true;
            }
        }
        int len = b.length();
        if (len > 0 && b.charAt(len - 1) == ' ') {
            b.setLength(len - 1);
        }
        return b.toString();
    }

    /** Whether a short block is a stock phrase: equal to one, or starting with one of the prefix list. */
    static boolean isStockPhrase(String text) {
        String n = normalize(text);
        if (n.isEmpty() || EXACT.contains(n)) {
            return true;
        }
        String spaced = n + " ";
        for (String p : PREFIXES) {
            if (spaced.startsWith(p)) {
                return true;
            }
        }
        String leading = " " + n;
        for (String p : SUFFIXES) {
            if (leading.endsWith(p)) {
                return true;
            }
        }
        return false;
    }
}
