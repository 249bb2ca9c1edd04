package org.tally.nlp;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Sentences and tokens by the JDK's Unicode rules ({@link BreakIterator} for the text's locale), for languages
 * without models: no parts of speech, lemmas or names, but offsets good enough to find aliases of known entities.
 * Thread-safe: each call makes its own iterators.
 */
public final class RuleBasedAnalyzer implements Analyzer {

    /** The {@link Analysis#engine()} of analyses made here. */
    public static final String ENGINE = "rules";

    @Override
    public Analysis analyse(String text, String language) {
        Objects.requireNonNull(text, "text");
        String lang = Languages.normalise(language);
        Locale locale = lang.equals(Languages.UNDETERMINED) ? Locale.ROOT : Locale.forLanguageTag(lang);
        BreakIterator sentences = BreakIterator.getSentenceInstance(locale);
        BreakIterator words = BreakIterator.getWordInstance(locale);
        sentences.setText(text);
        List<Sentence> out = new ArrayList<>();
        int start = sentences.first();
        for (int end = sentences.next(); end != BreakIterator.DONE; start = end, end = sentences.next()) {
            List<Token> tokens = tokens(text, start, end, words);
            if (!tokens.isEmpty()) {
                out.add(new Sentence(out.size(), tokens.getFirst().begin(), tokens.getLast().end(), tokens, List.of()));
            }
        }
        return new Analysis(lang, ENGINE, out);
    }

    /** The tokens of {@code text[from, to)}: the word iterator's pieces that are not only white space. */
    private static List<Token> tokens(String text, int from, int to, BreakIterator words) {
        words.setText(text.substring(from, to));
        List<Token> tokens = new ArrayList<>();
        int start = words.first();
        for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
            if (!isBlank(text, from + start, from + end)) {
                tokens.add(Token.plain(from + start, from + end, text.substring(from + start, from + end)));
            }
        }
        return tokens;
    }

    private static boolean isBlank(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i)) && !Character.isSpaceChar(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public Set<String> fullyAnalysedLanguages() {
        return Set.of();
    }

    @Override
    public DependencyParse parse(Analysis analysis, Sentence sentence) {
        throw new UnsupportedOperationException("no parser for language '" + analysis.language() + "'");
    }
}
