package org.tally.ingest.clean.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The words and phrases of news-site furniture, read from {@code boilerplate.tsv} (one entry a line: language,
 * kind, value). All languages are applied at once, since cleaning runs before the language is known and the
 * entries of different languages do not collide. Immutable and thread-safe.
 */
public final class BoilerplateLexicon {

    private static final String RESOURCE = "/org/tally/ingest/boilerplate.tsv";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** Control labels, lower case with spaces removed, for segmenting run-together labels. */
    final Set<String> uiWords;
    final int longestUiWord;
    final Pattern prompt;
    final Pattern end;
    /** Agency names; matched as whole words. */
    final Pattern agency;
    /** A caption credit label followed by a colon: "Foto:", "Bild:". */
    final Pattern creditLabel;
    final Pattern byline;

    private BoilerplateLexicon(List<String[]> rows) {
        uiWords = new HashSet<>();
        List<String> prompts = new ArrayList<>();
        List<String> ends = new ArrayList<>();
        List<String> agencies = new ArrayList<>();
        List<String> credits = new ArrayList<>();
        List<String> bylines = new ArrayList<>();
        for (String[] row : rows) {
            String value = row[2];
            switch (row[1]) {
                case "ui" -> uiWords.add(compact(value));
                case "prompt" -> prompts.add(value);
                case "end" -> ends.add(value);
                case "agency" -> agencies.add(Pattern.quote(value));
                case "credit" -> credits.add(Pattern.quote(value));
                case "byline" -> bylines.add(Pattern.quote(value));
                default -> throw new IllegalArgumentException("boilerplate.tsv: unknown kind '" + row[1] + "'");
            }
        }
        longestUiWord = uiWords.stream().mapToInt(String::length).max().orElse(0);
        prompt = alternation(prompts);
        end = alternation(ends);
        // longest first, so that "picture alliance" wins over "Pool"-like prefixes
        agencies.sort((a, b) -> b.length() - a.length());
        agency = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + String.join("|", agencies) + ")(?![\\p{L}\\p{N}])", FLAGS);
        creditLabel = Pattern.compile("(?:" + String.join("|", credits) + ")\\s*:", FLAGS);
        bylines.sort((a, b) -> b.length() - a.length());
        byline = Pattern.compile("(?:" + String.join("|", bylines) + ")(?=\\s)", FLAGS);
    }

    private static Pattern alternation(List<String> regexes) {
        return Pattern.compile(regexes.stream().map(r -> "(?:" + r + ")").collect(Collectors.joining("|")), FLAGS);
    }

    static String compact(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[\\s\\p{Punct}]+", "");
    }

    private static final class Holder {
        static final BoilerplateLexicon BUNDLED = load();
    }

    public static BoilerplateLexicon bundled() {
        return Holder.BUNDLED;
    }

    private static BoilerplateLexicon load() {
        try (InputStream in = BoilerplateLexicon.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            List<String[]> rows = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int number = 0;
            for (String line; (line = reader.readLine()) != null; ) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (cells.length != 3 || cells[2].isBlank()) {
                    throw new IllegalStateException(RESOURCE + ":" + number + ": expected language, kind, value");
                }
                rows.add(cells);
            }
            return new BoilerplateLexicon(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the text consists of control labels only, even when they are run together without spaces. */
    boolean isUiOnly(String text) {
        String s = compact(text);
        if (s.isEmpty() || s.chars().anyMatch(Character::isDigit)) {
            return false;
        }
        boolean[] reachable = new boolean[s.length() + 1];
        reachable[0] = true;
        for (int i = 0; i < s.length(); i++) {
            if (!reachable[i]) {
                continue;
            }
            for (int j = i + 1; j <= Math.min(s.length(), i + longestUiWord); j++) {
                if (uiWords.contains(s.substring(i, j))) {
                    reachable[j] = true;
                }
            }
        }
        return reachable[s.length()];
    }
}
