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
    private final ClaimExtractor.SentenceView parse;
    private final String source;
    private final boolean sourceNoun;
    private boolean anaphoric;
    private final boolean sourcePerson;
    /**
     * The sentence passes on what is said without saying who says it: a passive verb of saying without an agent
     * ("is said to", "it is alleged that", "es wird vermutet"), "es heißt", or bare reports ("Berichten zufolge",
     * "according to media reports", "reports say"). Its claims are alleged, not reported.
     */
    private boolean hearsay;
    /** "laut/according to/zufolge" or "nach Angaben" with someone who has no name: attributed, to no one named. */
    private boolean unnamed;

    private static final List<String> REPORT_NOUNS = List.of("angabe", "darstellung", "information",
            "einschätzung", "erkenntnis", "bericht", "aussage", "report", "assessment", "intelligence", "estimate");

    /** Attribution in a sentence; {@code parse} may be null when the sentence was not parsed. */
    Attribution(Lexicon lexicon, String language, ClaimExtractor.DocumentView view, Sentence sentence,
                ClaimExtractor.SentenceView parse) {
        this.lexicon = lexicon;
        this.language = language;
        this.view = view;
        this.sentence = sentence;
        this.tokens = sentence.tokens();
        this.parse = parse;
        String[] found = find();
        this.source = found[0];
        this.sourceNoun = "noun".equals(found[1]);
        this.sourcePerson = "person".equals(found[1]);
        // (anaphoric is set while finding)
    }

    /** The source named in the sentence, or null. */
    String sourceAnywhere() {
        return source;
    }

    /** Whether a verb of saying governs the sentence, named or not ("officials said"): the claim is reported. */
    boolean hasSpeaker() {
        if (unnamed) {
            return true; // "according to experts", "nach Einschätzung von Experten", "Diplomaten zufolge"
        }
        for (int i = 0; i < tokens.size(); i++) {
            if (isSay(i) && ("VERB".equals(tokens.get(i).pos()) || "AUX".equals(tokens.get(i).pos()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the sentence passes on hearsay: what "is said", "es heißt", "Berichten zufolge", with no one named as
     * saying it. Such a claim is alleged (the document signals that it is not its own), and takes no source.
     */
    boolean hearsay() {
        return hearsay && source == null;
    }

    /** Whether a generic noun ("die Zeitung") speaks: it stands for the last organization named as a source. */
    boolean sourceNoun() {
        return sourceNoun;
    }

    /** Whether a personal pronoun speaks ("erklärte er"): the last person named as a source. */
    boolean sourcePerson() {
        return sourcePerson;
    }

    /** Whether the sentence reports what someone said without naming them: its source is the last one named. */
    boolean reportedSpeech() {
        if (sourceNoun || sourcePerson || anaphoric) {
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
        String lemma = lexicon.lemma(language, t); // "bemühe", left alone by the lemmatizer, is "bemühen"
        String text = t.text().toLowerCase(Locale.ROOT);
        int i = tokens.indexOf(t);
        boolean afterIch = i > 0 && tokens.get(i - 1).text().equalsIgnoreCase("ich");
        return ("VERB".equals(t.pos()) || "AUX".equals(t.pos())) && lemma.endsWith("en") && lemma.length() > 4
                && text.equals(lemma.substring(0, lemma.length() - 1)) && !afterIch;
    }

    /**
     * Whether a time expression at this body offset dates the report ("sagte am Dienstag", "berichtete die „New
     * York Times“ am Montag"), not the event: it follows a verb of saying within six words, with no clause
     * boundary or other verb between them. Quotes and other punctuation between them do not count as words.
     */
    boolean isReportTime(int offset) {
        for (Token t : tokens) {
            if (lexicon.is(language, "say", lexicon.lemma(language, t)) && offset > t.begin() && offset - t.end() <= 45) {
                int between = 0;
                boolean otherClause = false;
                for (Token u : tokens) {
                    if (u.begin() < t.end() || u.end() > offset) {
                        continue;
                    }
                    if (u.text().chars().anyMatch(Character::isLetterOrDigit)) {
                        between++;
                    }
                    // "sagte, Nordkorea habe im Mai ...", "is said to have shipped ... last year": the time is in
                    // the clause of what is said, so it dates the claim
                    String w = u.text().toLowerCase(Locale.ROOT);
                    otherClause |= Set.of(",", ":", ";", "dass", "that", "wonach").contains(w)
                            || "VERB".equals(u.pos()) || "AUX".equals(u.pos()) || "SCONJ".equals(u.pos());
                }
                if (between <= 6 && !otherClause) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * [source name or null, a marker when a source noun stands for an earlier source]. The speaker of a verb of
     * saying comes first; then "laut X", "X zufolge", "nach Angaben X", ", so X"; last "unter Berufung auf X" (the
     * original source the speaker cites).
     */
    private String[] find() {
        String cited = null;
        String named = null;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            String word = t.text().toLowerCase(Locale.ROOT);
            String lemma = lexicon.lemma(language, t);
            if (word.equals("berufung") || word.equals("citing")) {
                cited = cited != null ? cited : nameAfter(i, 6);
            } else if (named == null && (lexicon.is(language, "source_before", word) || word.equals("according"))) {
                int phrase = phraseLength(i, 7);
                named = nameAfter(i, phrase); // "laut X", "according to X", not a name of the claim
                if (named == null && bareHearsayAfter(i, 4)) {
                    hearsay = true; // "laut Medienberichten", "according to reports"
                } else if (named == null && phrase > (word.equals("according") ? 1 : 0)) {
                    unnamed = true; // "according to experts", "laut Diplomaten"
                }
            } else if (named == null && lexicon.is(language, "source_after", word)) {
                named = nameBefore(i, 5);
                if (named == null && i > 0 && isBareHearsay(i - 1)) {
                    hearsay = true; // "Berichten zufolge", "Medienberichten zufolge": reportedly
                } else if (named == null && i > 0 && isReportNoun(lexicon.lemma(language, tokens.get(i - 1)))) {
                    anaphoric = true; // "Dem Bericht zufolge": the report named before
                } else if (named == null && i > 0 && "NOUN".equals(tokens.get(i - 1).pos())) {
                    unnamed = true; // "Diplomaten zufolge"
                }
            } else if (named == null && isReportNoun(lemma) && ("NOUN".equals(t.pos()) || "PROPN".equals(t.pos()))) {
                String inside = nameInside(t);
                if (inside == null && i >= 2 && tokens.get(i - 1).text().equals("-")) {
                    inside = nameInside(tokens.get(i - 2)); // "US-Informationen" split by the tokenizer
                }
                if (inside == null && i >= 1 && "ADJ".equals(tokens.get(i - 1).pos())) {
                    inside = nameInside(tokens.get(i - 1)); // "nach südkoreanischen Angaben"
                }
                // "nach Angaben des Ministeriums / von X / aus Seoul", "estimates of X"
                boolean genitive = i + 1 < tokens.size() && Set.of("des", "der", "von", "vom", "aus", "of")
                        .contains(tokens.get(i + 1).text().toLowerCase(Locale.ROOT));
                named = inside != null ? inside : genitive ? nameAfter(i + 1, phraseLength(i + 1, 4)) : null;
                if (named == null && i > 0 && tokens.get(i - 1).text().equalsIgnoreCase("nach") && isBareHearsay(i)) {
                    hearsay = true; // "Nach Medienberichten hat ..."
                } else if (named == null && i > 0 && Set.of("nach", "laut").contains(tokens.get(i - 1).text()
                        .toLowerCase(Locale.ROOT)) && genitive) {
                    unnamed = true; // "nach Einschätzung von Experten", "nach Angaben westlicher Diplomaten"
                }
            } else if (named == null && word.equals("so") && i > 0 && tokens.get(i - 1).text().equals(",")) {
                named = nameAfter(i, 4);
                if (named == null && i + 1 < tokens.size() && "DET".equals(tokens.get(i + 1).pos())) {
                    anaphoric = true; // ", so die Beamten": someone unnamed says it (the last source named, if near)
                }
            }
        }
        String[] speaker = speaker();
        if (speaker[0] != null && relay && named != null) {
            fromPhrase = true;
            return new String[] {named, null}; // "laut X ..., wie Y berichtete": X is the claim's source
        }
        if (speaker[0] != null || speaker[1] != null && named == null) {
            return speaker;
        }
        fromPhrase = named != null || cited != null;
        return new String[] {named != null ? named : cited, null};
    }

    /** The token of the verb of saying whose speaker {@link #speaker()} looked for last, or -1. */
    private int speakerVerb = -1;

    /** Whether the source came from a phrase ("laut X", "nach Angaben X") rather than from a speaker. */
    private boolean fromPhrase;

    /**
     * The verb of saying whose speaker is the sentence's source, or -1 when the source came from a phrase ("laut
     * X") or there is none.
     */
    int sourceVerb() {
        return source == null || fromPhrase ? -1 : speakerVerb;
    }

    /** Whether the speaker found relays the claim in a "wie X berichtete" / "as X reported" clause. */
    private boolean relay;

    /** The speaker of a verb of saying: its subject, or "aus X" after "hieß es". */
    private String[] speaker() {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!isSay(i) || !"VERB".equals(t.pos()) && !"AUX".equals(t.pos())) {
                continue;
            }
            speakerVerb = i;
            for (int k = i - 1; k >= Math.max(0, i - 8); k--) {
                String w = tokens.get(k).text().toLowerCase(Locale.ROOT);
                if (w.equals(",") || w.equals(";")) {
                    break;
                }
                if ((w.equals("wie") || w.equals("as")) && (k == 0 || Set.of(",", "–", "-").contains(tokens.get(k - 1).text()))) {
                    relay = true;
                }
            }
            if (parse != null && impersonal(i)) {
                // "is said to", "it is alleged that", "es wird vermutet", "es heißt": only an agent ("von X", "by
                // X") or "aus X" says it; the passive subject is what is said about
                String name = agentOf(i);
                if (name != null) {
                    return new String[] {name, null};
                }
                // "it was confirmed", "wurde mitgeteilt": official, if unnamed; "is said", "wird vermutet": hearsay
                hearsay |= lexicon.is(language, "hearsay_verb", lexicon.lemma(language, t))
                        || lexicon.is(language, "hearsay_verb", sayLemma(i));
                continue;
            }
            if (parse != null) {
                String name = subjectOf(i);
                if (name != null) {
                    return new String[] {name, null};
                }
                String subject = subjectWord(i);
                if (subject != null && isBareHearsay(subjectIndex(i))) {
                    hearsay = true; // "Reports say", "Berichte besagen"
                    return new String[] {null, null};
                }
                if (subject != null && Set.of("er", "sie", "he", "she").contains(subject)) {
                    return new String[] {null, "person"}; // "erklärte er": the person who spoke before
                }
                if (subject != null && SOURCE_NOUNS.contains(subject)) {
                    return new String[] {null, "noun"}; // "die Zeitung berichtete": the outlet named before
                }
                if (subject != null) {
                    return new String[] {null, null};
                }
            }
            boolean contentFollows = i + 1 < tokens.size() && Set.of(",", ":").contains(tokens.get(i + 1).text());
            boolean inverted = !contentFollows && beforeIsInPhrase(i, 8); // "In einem Interview mit X teilte Y mit"
            String name = contentFollows ? nameBefore(i, 8)
                    : preferAfter(i) || inverted ? nameAfter(i, 8) : nameBefore(i, 8);
            if (name == null && !contentFollows) {
                name = nameAfter(i, 8);
            }
            if (name != null) {
                return new String[] {name, null};
            }
            for (int j = Math.max(0, i - 3); j < Math.min(tokens.size(), i + 4); j++) {
                if (SOURCE_NOUNS.contains(lexicon.lemma(language, tokens.get(j)))) {
                    return new String[] {null, "noun"};
                }
                if (Set.of("er", "he").contains(tokens.get(j).text().toLowerCase(Locale.ROOT)) && j > i) {
                    return new String[] {null, "person"};
                }
            }
        }
        return new String[] {null, null};
    }

    /**
     * Whether a verb of saying is used without a speaker: passive ("is said", "wird vermutet", "wird nachgesagt")
     * or with an expletive subject ("es heißt").
     */
    private boolean impersonal(int verb) {
        for (var d : parse.children(verb)) {
            String r = d.relation();
            String w = tokens.get(d.dependent()).text().toLowerCase(Locale.ROOT);
            if (r.equals("aux:pass") || r.equals("nsubj:pass") || r.equals("expl")
                    || r.equals("nsubj") && language.equals("de") && w.equals("es")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The agent of a passive verb of saying ("by X", "von X", "durch X"), or its "aus X" or "in X" ("hieß es aus
     * Washington", "heißt es in Seoul": a capital or state names its government; a mere place names no one).
     */
    private String agentOf(int verb) {
        for (var d : parse.children(verb)) {
            if (!d.relation().startsWith("obl")) {
                continue;
            }
            String p = parse.preposition(d.dependent());
            if (d.relation().equals("obl:agent")
                    || ClaimExtractor.in(Set.of("by", "von", "vom", "durch", "seitens", "aus", "in"), p)) {
                String name = best(parse.mentions(d.dependent()));
                if (name != null) {
                    return name;
                }
            }
        }
        return null;
    }

    /** The index of the subject of a verb, or -1. */
    private int subjectIndex(int verb) {
        return parse.children(verb).stream().filter(d -> d.relation().equals("nsubj"))
                .mapToInt(org.tally.nlp.Dependency::dependent).findFirst().orElse(-1);
    }

    /**
     * Whether token k is a report noun that names no one and points back to nothing: "Berichten", "Medienberichten",
     * "reports", "unbestätigten Meldungen", "media reports" (adjectives and nouns before it are allowed, an article
     * or possessive is not: "dem Bericht zufolge" is a report named before).
     */
    private boolean isBareHearsay(int k) {
        if (k < 0 || k >= tokens.size() || !"NOUN".equals(tokens.get(k).pos()) && !"PROPN".equals(tokens.get(k).pos())) {
            return false;
        }
        String lemma = lexicon.lemma(language, tokens.get(k));
        String plural = tokens.get(k).text().toLowerCase(Locale.ROOT).replaceAll("(en|e|n|s)$", "");
        if (!lexicon.endsWithAny(language, "hearsay_noun", lemma) && !lexicon.endsWithAny(language, "hearsay_noun", plural)
                || nameInside(tokens.get(k)) != null) {
            return false;
        }
        for (int j = k - 1; j >= 0; j--) {
            Token before = tokens.get(j);
            String pos = String.valueOf(before.pos());
            if (pos.equals("ADJ") || pos.equals("NOUN") && j == k - 1 || before.text().equals("-")) {
                if (nameInside(before) != null) {
                    return false; // "US-Berichten", "South Korean reports" name their source
                }
                continue;
            }
            return !pos.equals("DET") && !pos.equals("PRON") && !pos.equals("NUM");
        }
        return true;
    }

    /** Whether a bare report noun ({@link #isBareHearsay}) follows within n tokens after token i. */
    private boolean bareHearsayAfter(int i, int n) {
        for (int k = i + 1; k <= Math.min(tokens.size() - 1, i + n); k++) {
            if (isBareHearsay(k)) {
                return true;
            }
            if ("VERB".equals(tokens.get(k).pos()) || tokens.get(k).text().equals(",")) {
                return false;
            }
        }
        return false;
    }

    /**
     * How many tokens after token i (at most n) the phrase it opens may take: up to the first verb or clause
     * punctuation ("Laut Berichten hat Nordkorea ...": the name after "hat" is the claim's, not the source).
     */
    private int phraseLength(int i, int n) {
        for (int k = i + 1; k <= Math.min(tokens.size() - 1, i + n); k++) {
            Token t = tokens.get(k);
            if ("VERB".equals(t.pos()) || "AUX".equals(t.pos()) || Set.of(",", ";", ":").contains(t.text())) {
                return k - 1 - i;
            }
        }
        return n;
    }

    /** The lemma of a verb of saying with its separable particle ("nach" + "sagen"), or its own lemma. */
    private String sayLemma(int i) {
        String lemma = lexicon.lemma(language, tokens.get(i));
        for (var d : parse.children(i)) {
            if (d.relation().equals("compound:prt")) {
                return tokens.get(d.dependent()).text().toLowerCase(Locale.ROOT) + lemma;
            }
        }
        return lemma;
    }

    /** A verb of saying, also with its separable particle closing the clause ("teilte ... mit, dass"). */
    private boolean isSay(int i) {
        String lemma = lexicon.lemma(language, tokens.get(i));
        if (lexicon.is(language, "say", lemma)) {
            return true;
        }
        for (int j = i + 1; j < tokens.size(); j++) {
            Token p = tokens.get(j);
            boolean closesClause = j + 1 == tokens.size() || "PUNCT".equals(tokens.get(j + 1).pos());
            if (closesClause && p.text().length() <= 8
                    && ("ADP".equals(p.pos()) || "ADV".equals(p.pos()) || "PART".equals(p.pos()))
                    && lexicon.is(language, "say", p.text().toLowerCase(Locale.ROOT) + lemma)) {
                return true;
            }
        }
        return false;
    }

    /** The lemma of the subject of a verb, lower case, or null. */
    private String subjectWord(int verb) {
        return parse.children(verb).stream().filter(d -> d.relation().equals("nsubj"))
                .map(d -> lexicon.lemma(language, tokens.get(d.dependent()))).findFirst().orElse(null);
    }

    /** From the parse: the subject of a verb of saying (inherited through coordination), or its "aus X". */
    private String subjectOf(int verb) {
        int node = verb;
        for (int depth = 0; depth < 2 && node >= 0; depth++) {
            for (var d : parse.children(node)) {
                if (d.relation().equals("nsubj") || d.relation().equals("nsubj:pass")) {
                    String name = best(parse.mentions(d.dependent()));
                    if (name != null) {
                        return name;
                    }
                }
                if (d.relation().startsWith("obl") && "aus".equals(parse.preposition(d.dependent()))) {
                    String name = best(parse.mentions(d.dependent()));
                    if (name != null) {
                        return name;
                    }
                }
            }
            var arc = parse.arc(node);
            if (arc.isEmpty() || !arc.get().relation().equals("conj")) {
                break;
            }
            node = arc.get().head();
        }
        return null;
    }

    private static int rank(String type) {
        return switch (type) {
            case "person" -> 0;
            case "organization" -> 1;
            default -> 2;
        };
    }

    /** Persons before organizations before countries (the spokesman, not his office); places are no sources. */
    private static String best(List<ClaimExtractor.DocumentView.Mentioned> mentions) {
        ClaimExtractor.DocumentView.Mentioned found = null;
        for (var m : mentions) {
            String type = m.entity().type();
            if (type.equals("place")) {
                continue;
            }
            if (found == null || rank(type) < rank(found.entity().type())) {
                found = m;
            }
        }
        return found == null ? null : name(found);
    }

    /** After a verb of saying that opens its clause ("sagte Kirby", "berichtete die Zeitung") the name follows. */
    private boolean preferAfter(int verb) {
        return verb == 0 || tokens.get(verb - 1).text().equals(",") || tokens.get(verb - 1).text().matches("[\"“”„«»']");
    }

    /** A noun whose genitive is a source, also as the head of a compound ("US-Informationen"). */
    boolean isReportNoun(String lemma) {
        for (String noun : REPORT_NOUNS) {
            if ((lemma.endsWith(noun) || lemma.endsWith(noun + "en") || lemma.endsWith(noun + "e"))
                    && lexicon.is(language, "report_noun", noun)) {
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
        // a name that starts within the n tokens counts whole ("a report by The New York Times")
        List<ClaimExtractor.DocumentView.Mentioned> found = view.within(tokens.get(i).end(), sentence.end());
        found.removeIf(m -> m.entity().type().equals("place") || m.begin() >= end);
        if (found.isEmpty()) {
            return null;
        }
        var first = found.get(0);
        if (!first.entity().type().equals("person")) {
            for (var m : found) {
                if (m.entity().type().equals("person") && m.begin() - first.end() <= 40) {
                    return name(m); // "der Sprecher des Ministeriums, Max Muster"
                }
            }
        }
        return name(first);
    }

    /** Whether the last name before token i sits in a prepositional phrase ("mit Bloomberg"): not a subject. */
    private boolean beforeIsInPhrase(int i, int n) {
        int from = Math.max(0, i - n);
        List<ClaimExtractor.DocumentView.Mentioned> found = view.within(tokens.get(from).begin(), tokens.get(i).begin());
        if (found.isEmpty()) {
            return false;
        }
        int begin = found.get(found.size() - 1).begin();
        for (int k = i - 1; k > 0; k--) {
            if (tokens.get(k).begin() <= begin) {
                Token before = tokens.get(k - 1);
                Token before2 = k > 1 ? tokens.get(k - 2) : before;
                return "ADP".equals(before.pos()) || "DET".equals(before.pos()) && "ADP".equals(before2.pos());
            }
        }
        return false;
    }

    private String nameBefore(int i, int n) {
        int from = Math.max(0, i - n);
        for (int k = i - 1; k > from; k--) {
            if (Set.of(",", ";", ":", "(", "–").contains(tokens.get(k).text())) {
                from = k; // not across the clause before
                break;
            }
        }
        List<ClaimExtractor.DocumentView.Mentioned> found = view.within(tokens.get(from).begin(), tokens.get(i).begin());
        found.removeIf(m -> m.entity().type().equals("place"));
        return found.isEmpty() ? null : name(found.get(found.size() - 1));
    }

    private static String name(ClaimExtractor.DocumentView.Mentioned m) {
        if (m.entity().type().equals("place")) {
            return null;
        }
        return m.entity().name();
    }
}
