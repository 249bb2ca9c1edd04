package org.tally.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Joins sentences that CoreNLP's splitter ended too early, after an abbreviation it does not know ("Str. 5",
 * "bzw. drei") or a day of the month ("am 13. Oktober"). Conservative: it only joins, only where no line break lies
 * between, and only where the next sentence begins with a small letter, a digit, or (after a number) a month.
 * Runs before tagging, so the tagger sees the whole sentence.
 */
final class SentenceRepair {

    private final Set<String> abbreviations;
    private final Set<String> months;
    private final Set<String> ordinalArticles;

    SentenceRepair(Set<String> abbreviations, Set<String> months) {
        this(abbreviations, months, Set.of());
    }

    SentenceRepair(Set<String> abbreviations, Set<String> months, Set<String> ordinalArticles) {
        this.abbreviations = Set.copyOf(abbreviations);
        this.months = Set.copyOf(months);
        this.ordinalArticles = Set.copyOf(ordinalArticles);
    }

    static SentenceRepair forLanguage(String language) {
        Set<String> abbreviations = LanguageResources.exists(language, "abbreviations.txt")
                ? Set.copyOf(LanguageResources.lines(language, "abbreviations.txt")) : Set.of();
        Set<String> months = LanguageResources.exists(language, "months.txt")
                ? Set.copyOf(LanguageResources.lines(language, "months.txt")) : Set.of();
        Set<String> articles = LanguageResources.exists(language, "ordinal-articles.txt")
                ? Set.copyOf(LanguageResources.lines(language, "ordinal-articles.txt")) : Set.of();
        return new SentenceRepair(abbreviations, months, articles);
    }

    /** Joins wrongly split sentences of {@code doc} in place; returns how many joins it made. */
    int repair(String text, Annotation doc) {
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        if (sentences == null || sentences.size() < 2) {
            return 0;
        }
        List<List<CoreLabel>> groups = new ArrayList<>();
        int joins = 0;
        List<CoreLabel> current = null;
        for (CoreMap s : sentences) {
            List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
            if (tokens.isEmpty()) {
                continue;
            }
            if (current != null && shouldJoin(text, current, tokens)) {
                current.addAll(tokens);
                joins++;
            } else {
                current = new ArrayList<>(tokens);
                groups.add(current);
            }
        }
        if (joins == 0) {
            return 0;
        }
        List<CoreMap> rebuilt = new ArrayList<>(groups.size());
        int tokenOffset = 0;
        for (List<CoreLabel> tokens : groups) {
            int begin = tokens.getFirst().beginPosition();
            int end = tokens.getLast().endPosition();
            Annotation s = new Annotation(text.substring(begin, end));
            s.set(CoreAnnotations.TokensAnnotation.class, tokens);
            s.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
            s.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
            s.set(CoreAnnotations.TokenBeginAnnotation.class, tokenOffset);
            s.set(CoreAnnotations.TokenEndAnnotation.class, tokenOffset + tokens.size());
            s.set(CoreAnnotations.SentenceIndexAnnotation.class, rebuilt.size());
            for (int i = 0; i < tokens.size(); i++) {
                tokens.get(i).setIndex(i + 1);
                tokens.get(i).setSentIndex(rebuilt.size());
            }
            tokenOffset += tokens.size();
            rebuilt.add(s);
        }
        doc.set(CoreAnnotations.SentencesAnnotation.class, rebuilt);
        return joins;
    }

    private boolean shouldJoin(String text, List<CoreLabel> previous, List<CoreLabel> next) {
        CoreLabel last = previous.getLast();
        CoreLabel first = next.getFirst();
        if (text.substring(last.endPosition(), first.beginPosition()).indexOf('\n') >= 0) {
            return false;
        }
        String before = wordBeforeFullStop(previous);
        if (before == null) {
            return false;
        }
        String start = text.substring(first.beginPosition(), first.endPosition());
        int c = start.codePointAt(0);
        if (start.startsWith(")") || start.startsWith("]")) {
            return true; // no sentence opens with a closing bracket: "Kim (li.) und Putin"
        }
        boolean number = before.chars().allMatch(Character::isDigit);
        if (number && months.contains(start)) {
            return true;
        }
        if (number && ordinalArticles.contains(wordBeforeNumber(previous))) {
            return true; // "des 70. Jahrestags", "am 3. Tag": an ordinal after an article
        }
        boolean abbreviation = abbreviations.contains(before)
                || (before.codePointCount(0, before.length()) == 1 && Character.isLetter(before.codePointAt(0)));
        return (abbreviation || number) && (Character.isLowerCase(c) || Character.isDigit(c));
    }

    /** The word before the number a sentence ends with ("des" in "des 70."), lower case, or "". */
    private static String wordBeforeNumber(List<CoreLabel> tokens) {
        int number = tokens.getLast().originalText().equals(".") ? tokens.size() - 2 : tokens.size() - 1;
        return number >= 1 ? tokens.get(number - 1).originalText().toLowerCase(java.util.Locale.ROOT) : "";
    }

    /** "Str" for a sentence ending "Str ." or "Str.", or null if it does not end with a full stop after a word. */
    private static String wordBeforeFullStop(List<CoreLabel> tokens) {
        if (tokens.size() >= 2 && Set.of(")", "]").contains(tokens.getLast().originalText())) {
            tokens = tokens.subList(0, tokens.size() - 1); // "Kim (li.)": the full stop inside the bracket
        }
        String last = tokens.getLast().originalText();
        if (last.equals(".") && tokens.size() >= 2) {
            CoreLabel before = tokens.get(tokens.size() - 2);
            if (before.endPosition() == tokens.getLast().beginPosition()) {
                return before.originalText();
            }
            return null;
        }
        if (last.length() > 1 && last.endsWith(".")) {
            return last.substring(0, last.length() - 1);
        }
        return null;
    }
}
