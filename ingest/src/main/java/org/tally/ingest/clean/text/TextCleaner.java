package org.tally.ingest.clean.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tally.ingest.clean.Article;

/**
 * Main text, title, date and byline of a plain-text article, by general rules over lines: a header line
 * {@code date YYYY-MM[-DD] Title} when present, else the first headline-shaped line; bylines into the author;
 * navigation crumbs, control labels, prompts, browser warnings and trailing link lists dropped; caption credits
 * stripped and caption duplicates merged. Stateless and thread-safe.
 */
public final class TextCleaner {

    private static final Pattern DATE_LINE =
            Pattern.compile("\\s*date\\s+(\\d{4}(?:-\\d{2}(?:-\\d{2})?)?)\\s+(.+)", Pattern.CASE_INSENSITIVE);
    /** A numbered navigation item: "1. Startseite", "2. Politik". */
    private static final Pattern CRUMB_ITEM = Pattern.compile("\\d{1,2}[.)]\\s+\\S+(?:\\s+\\S+){0,2}");
    /** A breadcrumb trail: "Startseite › Politik › Ausland". */
    private static final Pattern CRUMB_TRAIL =
            Pattern.compile("[^›»>|/]{1,30}(?:\\s+[›»>|/]\\s+[^›»>|/]{1,30}){2,}");
    private static final Pattern BULLET = Pattern.compile("^[\\s•·▪►▶*–—-]+");
    /** Where a sentence ends and a caption credit or UI remnant may follow, with or without a space. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…\"“”»)](?=[^.!?…\"“”»]*$)");
    private static final Pattern CREDIT_SEPARATOR = Pattern.compile("\\s*(?:/|\\||,|;|\\bvia\\b|&|\\+)\\s*");
    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}'’.-]*|[\\p{L}-]+\\.(?:de|com|at|ch|net|org|ru|uk|fr|es|it|pl|ua)");
    private static final Pattern NAME_PARTICLE =
            Pattern.compile("von|van|de|der|den|del|da|di|du|la|le|al|bin|zu|und|and|et|y|e|u\\.");
    private static final int SHORT_LINE_WORDS = 30;
    private static final int PARAGRAPH_WORDS = 25;

    private final BoilerplateLexicon lexicon;

    public TextCleaner(BoilerplateLexicon lexicon) {
        this.lexicon = lexicon;
    }

    public TextCleaner() {
        this(BoilerplateLexicon.bundled());
    }

    public Article clean(String text) {
        List<String> lines = lines(text);
        String published = null;
        String title = null;
        int first = firstNonBlank(lines, 0);
        if (first >= 0) {
            Matcher m = DATE_LINE.matcher(lines.get(first));
            if (m.matches()) {
                published = m.group(1);
                title = m.group(2).strip();
                lines.set(first, "");
            }
        }
        dropTrailingFurniture(lines);
        dropFurniture(lines);
        if (title == null) {
            title = takeHeadline(lines);
        }
        if (published == null) {
            published = TextDates.findInHeader(lines);
        }
        String author = takeByline(lines);
        stripCredits(lines);
        mergeCaptionDuplicates(lines);
        return new Article(title, paragraphs(lines), author, published, null, null, null);
    }

    private static List<String> lines(String text) {
        String normalised = text.replace("\uFEFF", "").replace('\u00A0', ' ').replace("\u200B", "");
        List<String> lines = new ArrayList<>();
        for (String line : normalised.split("\\R", -1)) {
            lines.add(line.strip().replaceAll("[ \\t]{2,}", " "));
        }
        return lines;
    }

    private static int firstNonBlank(List<String> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    static int words(String line) {
        String s = line.strip();
        return s.isEmpty() ? 0 : s.split("\\s+").length;
    }

    /** Control labels, crumbs, prompts and whole-line credits, wherever they stand. */
    private void dropFurniture(List<String> lines) {
        boolean[] crumbs = new boolean[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            crumbs[i] = isCrumbRun(lines, i); // judged on the lines as given, before any is dropped
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            String bare = BULLET.matcher(line).replaceFirst("");
            boolean furniture = lexicon.isUiOnly(bare)
                    || CRUMB_TRAIL.matcher(bare).matches() && words(bare) <= 12
                    || words(line) <= SHORT_LINE_WORDS && lexicon.prompt.matcher(bare).lookingAt()
                    || isCreditOnly(bare)
                    || crumbs[i];
            if (furniture) {
                lines.set(i, "");
            }
        }
    }

    /** A numbered item that stands in a run of at least two numbered items (blank lines between allowed). */
    private static boolean isCrumbRun(List<String> lines, int i) {
        if (!CRUMB_ITEM.matcher(lines.get(i)).matches()) {
            return false;
        }
        int before = i - 1;
        while (before >= 0 && lines.get(before).isBlank()) {
            before--;
        }
        int after = i + 1;
        while (after < lines.size() && lines.get(after).isBlank()) {
            after++;
        }
        return before >= 0 && CRUMB_ITEM.matcher(lines.get(before)).matches()
                || after < lines.size() && CRUMB_ITEM.matcher(lines.get(after)).matches();
    }

    /** A line that is only a credit: "(APA/Reuters)", "/site.de/dpa", "Foto: dpa". */
    private boolean isCreditOnly(String line) {
        String s = line.strip();
        if (s.startsWith("©")) {
            return true;
        }
        Matcher label = lexicon.creditLabel.matcher(s);
        if (label.lookingAt() && words(s) <= 8) {
            return true;
        }
        String inner = s.replaceAll("^[(\\[]|[)\\]]$", "");
        return (inner.contains("/") || s.startsWith("(")) && isCredit(inner);
    }

    /** Agency names, person names and domains joined by separators, with at least one agency. */
    private boolean isCredit(String text) {
        String s = text.strip();
        if (s.isEmpty() || words(s) > 10 || !lexicon.agency.matcher(s).find()) {
            return false;
        }
        String withoutAgencies = lexicon.agency.matcher(s).replaceAll(" ");
        for (String part : CREDIT_SEPARATOR.split(withoutAgencies)) {
            for (String word : part.strip().split("\\s+")) {
                if (!word.isEmpty() && !NAME_WORD.matcher(word).matches() && !NAME_PARTICLE.matcher(word).matches()
                        && !word.matches("[a-z]{2,5}")) { // author initials: "(frs/dpa)", "(erpe/AFP)"
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * A short line that opens trailing furniture ("Auch interessant", "Themen:") ends the article when no real
     * paragraph follows it; otherwise only the line itself goes.
     */
    private void dropTrailingFurniture(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || words(line) > 12 || !lexicon.end.matcher(line).lookingAt()) {
                continue;
            }
            boolean paragraphFollows = false;
            for (int j = i + 1; j < lines.size() && !paragraphFollows; j++) {
                paragraphFollows = words(lines.get(j)) >= PARAGRAPH_WORDS;
            }
            int to = paragraphFollows ? i + 1 : lines.size();
            for (int j = i; j < to; j++) {
                lines.set(j, "");
            }
        }
    }

    /**
     * The first headline-shaped line before the first paragraph: three to thirty words, not ending like a
     * sentence. Shorter lines above it (kickers such as a one-word rubric) are dropped with it.
     */
    private static String takeHeadline(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            int n = words(line);
            if (n >= PARAGRAPH_WORDS + 10 || line.endsWith(".") && n > 3) {
                return null; // the text starts with a paragraph
            }
            if (n >= 3 && !line.endsWith(".") && !line.endsWith(",")) {
                for (int j = 0; j <= i; j++) {
                    lines.set(j, "");
                }
                return line;
            }
        }
        return null;
    }

    /** A byline near the top or at the very end becomes the author and leaves the body. */
    private String takeByline(List<String> lines) {
        List<Integer> candidates = new ArrayList<>();
        int seen = 0;
        for (int i = 0; i < lines.size() && seen < 6; i++) {
            if (!lines.get(i).isBlank()) {
                candidates.add(i);
                seen++;
            }
        }
        seen = 0;
        for (int i = lines.size() - 1; i >= 0 && seen < 3; i--) {
            if (!lines.get(i).isBlank()) {
                candidates.add(i);
                seen++;
            }
        }
        for (int i : candidates) {
            String author = bylineName(lines.get(i));
            if (author != null) {
                lines.set(i, "");
                return author;
            }
        }
        return null;
    }

    private String bylineName(String line) {
        Matcher marker = lexicon.byline.matcher(line);
        if (!marker.lookingAt()) {
            return null;
        }
        String rest = line.substring(marker.end()).strip().replaceFirst("^:\\s*", "");
        if (rest.isEmpty() || words(rest) > 8) {
            return null;
        }
        boolean sawName = false;
        for (String word : rest.split("[\\s,]+")) {
            if (NAME_WORD.matcher(word).matches() && !word.contains(".") || word.matches("\\p{Lu}\\.")) {
                sawName = true;
            } else if (!NAME_PARTICLE.matcher(word).matches()) {
                return null;
            }
        }
        return sawName ? rest : null;
    }

    /**
     * Removes caption credits from the end of lines: "© Agency/Photographer", "Foto: Agency", "Agency / Pool",
     * and control labels left after the last sentence ("(Foto) Suche"); and agency notes closing a paragraph
     * ("(abc mit Material der dpa)").
     */
    private void stripCredits(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            int copyright = line.indexOf('©');
            if (copyright >= 0) {
                line = line.substring(0, copyright).strip();
            }
            Matcher label = lexicon.creditLabel.matcher(line);
            while (label.find()) {
                if (label.start() > 0 && isSentenceBoundary(line, label.start())
                        && words(line.substring(label.end())) <= 10
                        && !line.substring(label.end()).matches(".*[.!?]\\s*$")) {
                    line = line.substring(0, label.start()).strip();
                    break;
                }
            }
            Matcher end = SENTENCE_END.matcher(line);
            if (end.find()) {
                String tail = line.substring(end.end());
                if (!tail.isBlank() && (isCredit(tail) || lexicon.isUiOnly(tail.replaceAll("[()\\[\\]]", " ")))) {
                    line = line.substring(0, end.end()).strip();
                }
            }
            line = stripClosingAgencyNote(line);
            lines.set(i, line);
        }
    }

    private static boolean isSentenceBoundary(String line, int at) {
        String before = line.substring(0, at).stripTrailing();
        return !before.isEmpty() && ".!?…\"“”»)|".indexOf(before.charAt(before.length() - 1)) >= 0;
    }

    private String stripClosingAgencyNote(String line) {
        if (!line.endsWith(")")) {
            return line;
        }
        int open = line.lastIndexOf('(');
        if (open <= 0) {
            return line;
        }
        String note = line.substring(open + 1, line.length() - 1);
        if (note.length() <= 60 && lexicon.agency.matcher(note).find() && isSentenceBoundary(line, open)) {
            return line.substring(0, open).strip();
        }
        return line;
    }

    /**
     * Pages often give a photo's caption twice (as alternative text and as caption, one with a credit). After the
     * credits are gone, a line equal to or starting with the previous non-blank line is a repeat.
     */
    private static void mergeCaptionDuplicates(List<String> lines) {
        int previous = -1;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            if (previous >= 0) {
                String a = lines.get(previous);
                if (a.equals(line) || a.length() >= 30 && line.startsWith(a) && words(line.substring(a.length())) <= 10) {
                    lines.set(i, "");
                    continue;
                }
                if (line.length() >= 30 && a.startsWith(line) && words(a.substring(line.length())) <= 10) {
                    lines.set(previous, line);
                    lines.set(i, "");
                    continue;
                }
            }
            previous = i;
        }
    }

    /**
     * Paragraphs separated by one blank line. Hard-wrapped text (lines of similar width that run on) has its lines
     * joined; otherwise every line is a paragraph of its own.
     */
    static String paragraphs(List<String> lines) {
        boolean wrapped = isHardWrapped(lines);
        StringBuilder body = new StringBuilder();
        StringBuilder paragraph = new StringBuilder();
        for (String line : lines) {
            if (line.isBlank() || !wrapped) {
                flush(body, paragraph);
                if (!line.isBlank()) {
                    paragraph.append(line);
                    flush(body, paragraph);
                }
            } else {
                if (!paragraph.isEmpty()) {
                    paragraph.append(paragraph.charAt(paragraph.length() - 1) == '-'
                            && Character.isLowerCase(line.charAt(0)) ? "" : " ");
                }
                paragraph.append(line);
            }
        }
        flush(body, paragraph);
        return body.toString();
    }

    private static void flush(StringBuilder body, StringBuilder paragraph) {
        if (!paragraph.isEmpty()) {
            if (!body.isEmpty()) {
                body.append("\n\n");
            }
            body.append(paragraph);
            paragraph.setLength(0);
        }
    }

    private static boolean isHardWrapped(List<String> lines) {
        int total = 0;
        int wrappedWidth = 0;
        int runOn = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            total++;
            if (line.length() >= 50 && line.length() <= 100) {
                wrappedWidth++;
            }
            if (line.length() > 100) {
                return false;
            }
            if (i + 1 < lines.size() && !lines.get(i + 1).isBlank() && !line.matches(".*[.!?:\"“”»]$")) {
                runOn++;
            }
        }
        return total >= 4 && wrappedWidth * 10 >= total * 7 && runOn * 3 >= total;
    }
}
