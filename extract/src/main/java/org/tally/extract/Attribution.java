package org.tally.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.tally.nlp.Sentence;
import org.tally.nlp.Token;

/**
 * Who a sentence says makes its claims, from lexical cues: a verb of saying and the name beside it ("sagte
 * Kirby", "Kirby erklärte", "hieß es aus dem Weißen Haus"), "laut X", "X zufolge", "nach Angaben X", "according to
 * X", "citing X", ", so X". Also whether the sentence is reported speech (German Konjunktiv I, "demnach"), so that
 * the source of the sentences before it carries over.
 */
final class Attribution {

    private static final Set<String> KONJUNKTIV_I = Set.of("habe", "sei", "seien", "handle", "könne", "solle",
            "wolle", "gehe", "gebe", "müsse", "dürfe", "befinde", "stehe", "liege", "verfüge", "werde", "hätten",
            "wären", "seiest");
    private static final Set<String> ANAPHORIC = Set.of("demnach", "demzufolge");
    /** Nouns that stand for a source named before: "die Zeitung berichtete". */
    private static final Set<String> SOURCE_NOUNS = Set.of("zeitung", "blatt", "magazin", "sender", "agentur",
            "newspaper", "paper", "magazine", "agency", "broadcaster");

    private final Lexicon lexicon;
    private final String language;
    private final ClaimExtractor.DocumentView view;
    private final Sentence sentence;
    private final List<Token> tokens;
    private final String source;
    private final boolean sourceNoun;

    Attribution(Lexicon lexicon, String language, ClaimExtractor.DocumentView view, Sentence sentence) {
        this.lexicon = lexicon;
        this.language = language;
        this.view = view;
        this.sentence = sentence;
        this.tokens = sentence.tokens();
        String[] found = find();
        this.source = found[0];
        this.sourceNoun = found[1] != null;
    }

    /** The source named in the sentence, or null. */
    String sourceAnywhere() {
        return source;
    }

    /** Whether the sentence reports what someone said without naming them: its source is the last one named. */
    boolean reportedSpeech() {
        if (sourceNoun) {
            return true;
        }
        for (Token t : tokens) {
            String w = t.text().toLowerCase(Locale.ROOT);
            if (ANAPHORIC.contains(w) || language.equals("de") && KONJUNKTIV_I.contains(w)) {
                return true;
            }
            if (language.equals("de") && isKonjunktivI(t)) {
                return true;
            }
        }
        return false;
    }

    /** "hoffe", "bemühe": a verb whose form is its lemma less the final n, not after "ich". */
    private boolean isKonjunktivI(Token t) {
        String lemma = t.lemma() == null ? "" : t.lemma().toLowerCase(Locale.ROOT);
        String text = t.text().toLowerCase(Locale.ROOT);
        int i = tokens.indexOf(t);
        boolean afterIch = i > 0 && tokens.get(i - 1).text().equalsIgnoreCase("ich");
        return ("VERB".equals(t.pos()) || "AUX".equals(t.pos())) && lemma.endsWith("en") && lemma.length() > 4
                && text.equals(lemma.substring(0, lemma.length() - 1)) && !afterIch;
    }

    String sourceFor(int trigger, String sentenceSource) {
        return sentenceSource;
    }

    /** Whether a time expression at this body offset dates the report ("sagte am Dienstag"), not the event. */
    boolean isReportTime(int offset) {
        for (Token t : tokens) {
            if (lexicon.is(language, "say", lexicon.lemma(language, t)) && offset > t.begin() && offset - t.end() <= 45) {
                int between = 0;
                for (Token u : tokens) {
                    if (u.begin() >= t.end() && u.end() <= offset) {
                        between++;
                    }
                }
                if (between <= 6) {
                    return true;
                }
            }
        }
        return false;
    }

    /** [source name or null, a marker when a source noun stands for an earlier source]. */
    private String[] find() {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            String word = t.text().toLowerCase(Locale.ROOT);
            String lemma = lexicon.lemma(language, t);
            if (lexicon.is(language, "source_before", word) || word.equals("berufung") || word.equals("according")) {
                String name = nameAfter(i, 6);
                if (name != null) {
                    return new String[] {name, null};
                }
            }
            if (lexicon.is(language, "source_after", word)) {
                String name = nameBefore(i, 5);
                if (name != null) {
                    return new String[] {name, null};
                }
            }
            if (isReportNoun(lemma) && ("NOUN".equals(t.pos()) || "PROPN".equals(t.pos()))) {
                String inside = nameInside(t);
                String name = inside != null ? inside : nameAfter(i, 4);
                if (name != null) {
                    return new String[] {name, null};
                }
            }
            if (word.equals("so") && i > 0 && tokens.get(i - 1).text().equals(",")) {
                String name = nameAfter(i, 4);
                if (name != null) {
                    return new String[] {name, null};
                }
            }
        }
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!lexicon.is(language, "say", lexicon.lemma(language, t)) || !"VERB".equals(t.pos()) && !"AUX".equals(t.pos())) {
                continue;
            }
            String after = nameAfter(i, 12);
            String before = nameBefore(i, 8);
            String name = after != null && (before == null || preferAfter(i)) ? after : before;
            if (name != null) {
                return new String[] {name, null};
            }
            for (int j = Math.max(0, i - 3); j < Math.min(tokens.size(), i + 4); j++) {
                if (SOURCE_NOUNS.contains(lexicon.lemma(language, tokens.get(j)))) {
                    return new String[] {null, "noun"};
                }
            }
        }
        return new String[] {null, null};
    }

    /** After a verb of saying that opens its clause ("sagte Kirby", "berichtete die Zeitung") the name follows. */
    private boolean preferAfter(int verb) {
        return verb == 0 || tokens.get(verb - 1).text().equals(",") || tokens.get(verb - 1).text().matches("[\"“”„«»']");
    }

    private boolean isReportNoun(String lemma) {
        for (String suffix : List.of("angabe", "darstellung", "information", "einschätzung", "erkenntnis", "report",
                "assessment", "intelligence", "estimate")) {
            if (lemma.endsWith(suffix) && lexicon.is(language, "report_noun", suffix.equals("angabe") ? "angabe" : suffix)
                    || lemma.equals(suffix) && lexicon.is(language, "report_noun", lemma)) {
                return true;
            }
        }
        return false;
    }

    private String nameInside(Token t) {
        for (ClaimExtractor.DocumentView.Mentioned m : view.within(t.begin(), t.end())) {
            return name(m);
        }
        return null;
    }

    /** The first person, organization or country named within n tokens after token i (persons preferred). */
    private String nameAfter(int i, int n) {
        if (i + 1 >= tokens.size()) {
            return null;
        }
        int end = tokens.get(Math.min(tokens.size() - 1, i + n)).end();
        List<ClaimExtractor.DocumentView.Mentioned> found = view.within(tokens.get(i).end(), end);
        for (ClaimExtractor.DocumentView.Mentioned m : found) {
            if (m.entity().type().equals("person")) {
                return name(m);
            }
        }
        return found.isEmpty() ? null : name(found.get(0));
    }

    private String nameBefore(int i, int n) {
        int begin = tokens.get(Math.max(0, i - n)).begin();
        List<ClaimExtractor.DocumentView.Mentioned> found = view.within(begin, tokens.get(i).begin());
        return found.isEmpty() ? null : name(found.get(found.size() - 1));
    }

    private static String name(ClaimExtractor.DocumentView.Mentioned m) {
        if (m.entity().type().equals("place")) {
            return null;
        }
        return m.entity().name();
    }
}
