package org.tally.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Loads CoreNLP's German and English models once (about 15 s and 1.5 GiB) and checks what Tally relies on. The
 * sentences are written for these tests.
 */
class CoreNlpAnalyzerTest {

    private static CoreNlpAnalyzer nlp;

    @BeforeAll
    static void load() {
        nlp = new CoreNlpAnalyzer();
        nlp.load("de", "en");
    }

    // ---- German

    @Test
    void germanSentencesSurviveAbbreviationsAndDates() {
        String text = "Laut Dr. Weber wurden u. a. Haubitzen und Drohnen geliefert. "
                + "Die Ladung kam z. B. am 13. Oktober in Danzig an. "
                + "Das Lager liegt an der Str. 12 bzw. gleich daneben. "
                + "Danach fuhr der Zug weiter.\n\n"
                + "Eine Überschrift ohne Punkt\n\n"
                + "Der nächste Absatz beginnt hier.";
        Analysis a = nlp.analyse(text, "de");

        assertThat(a.language()).isEqualTo("de");
        assertThat(a.sentences()).extracting(s -> s.text(text)).containsExactly(
                "Laut Dr. Weber wurden u. a. Haubitzen und Drohnen geliefert.",
                "Die Ladung kam z. B. am 13. Oktober in Danzig an.",
                "Das Lager liegt an der Str. 12 bzw. gleich daneben.",
                "Danach fuhr der Zug weiter.",
                "Eine Überschrift ohne Punkt",
                "Der nächste Absatz beginnt hier.");
        OffsetsCheck.assertSlices(text, a);
    }

    @Test
    void germanOffsetsPointIntoTheOriginalDespiteQuotesDashesAndOtherScripts() {
        String text = "„Wir liefern keine Waffen“ – sagte der Sprecher… Doch Москва und 평양 schweigen – seit 2022.";
        Analysis a = nlp.analyse(text, "de");

        OffsetsCheck.assertSlices(text, a);
        assertThat(a.sentences().stream().flatMap(s -> s.tokens().stream()).map(Token::text))
                .contains("„", "“", "–", "Москва", "평양");
    }

    @Test
    void germanLemmasComeFromOpenNlpAndContractionsShareTheirSpan() {
        String text = "Die Firma hat Granaten geliefert und Panzer zum Hafen verschifft.";
        Analysis a = nlp.analyse(text, "de");
        List<Token> tokens = a.sentences().getFirst().tokens();

        assertThat(a.engine()).startsWith("corenlp-").contains("opennlp");
        assertThat(lemmaOf(tokens, "geliefert")).isEqualTo("liefern");
        assertThat(lemmaOf(tokens, "verschifft")).isEqualTo("verschiffen");
        assertThat(lemmaOf(tokens, "Firma")).isEqualTo("Firma");
        assertThat(tokens.stream().filter(t -> t.text().equals("geliefert")).findFirst().orElseThrow().pos())
                .isEqualTo("VERB");
        List<Token> zum = tokens.stream().filter(t -> t.text().equals("zum")).toList();
        assertThat(zum).extracting(Token::word).containsExactly("zu", "dem");
        assertThat(zum).extracting(Token::pos).containsExactly("ADP", "DET");
        assertThat(zum.get(0).begin()).isEqualTo(zum.get(1).begin());
        OffsetsCheck.assertSlices(text, a);
    }

    @Test
    void germanNamesOfPersonsAndPlaces() {
        String text = "Die Ministerin Annalena Baerbock flog am Montag von Berlin nach Warschau.";
        Analysis a = nlp.analyse(text, "de");

        assertThat(a.names()).extracting(NameSpan::text, NameSpan::label).contains(
                Tuple.tuple("Annalena Baerbock", NameSpan.PERSON),
                Tuple.tuple("Berlin", NameSpan.LOCATION),
                Tuple.tuple("Warschau", NameSpan.LOCATION));
        OffsetsCheck.assertSlices(text, a);
    }

    @Test
    void germanDependencyParseOnRequest() {
        Analysis a = nlp.analyse("Russland hat Granaten geliefert.", "de");
        Sentence s = a.sentences().getFirst();
        DependencyParse p = nlp.parse(a, s);

        assertThat(p.roots()).containsExactly(3);
        assertThat(p.arcOf(0).orElseThrow().relation()).isEqualTo("nsubj");
        assertThat(p.arcOf(0).orElseThrow().head()).isEqualTo(3);
        assertThat(p.arcOf(2).orElseThrow().relation()).isEqualTo("obj");
        assertThat(p.arcs()).hasSize(s.tokens().size());
    }

    /**
     * Tally runs CoreNLP's parser network itself ({@link ParserNetwork}, faster), and must give exactly the scores
     * and arcs that CoreNLP's own prediction gives: German and English sentences of several shapes (passive,
     * subordinate clauses, coordination, numbers, quotes, long ones); every score of every state compared bit for
     * bit, and every arc and relation.
     */
    @Test
    void theFasterParserNetworkGivesCoreNlpsScoresAndArcs() throws Exception {
        String german = "Russland hat Granaten geliefert. Nach Angaben des Ministeriums wurden im Oktober 300 "
                + "Drohnen über den Hafen von Danzig nach Kiew gebracht, obwohl die Regierung das bestritten hatte. "
                + "„Wir liefern keine Waffen“, sagte der Sprecher am Montag in Berlin. Die Marine soll zwei "
                + "Fregatten und ein Versorgungsschiff entsandt haben, die seit dem 3. März vor der Küste kreuzen. "
                + "Ob der Kanzler die Lieferung genehmigt, ist offen. Es wurde verhandelt.";
        String english = "Russia delivered shells. According to the ministry, 300 drones were shipped through the "
                + "port of Gdansk to Kyiv in October, although the government had denied it. \"We do not supply "
                + "weapons,\" the spokesman said on Monday in Berlin. The navy reportedly sent two frigates and a "
                + "supply ship, which have patrolled the coast since March 3. Whether the chancellor approves the "
                + "sale of 40 howitzers worth $1.2 billion remains open, officials who asked not to be named said.";
        int compared = 0;
        int scored = 0;
        for (String[] text : new String[][] {{german, "de"}, {english, "en"}}) {
            CoreNlpLanguage language = nlp.language(text[1]);
            ParserNetwork network = language.network();
            assertThat(network).as(text[1]).isNotNull();
            Analysis a = nlp.analyse(text[0], text[1]);
            for (Sentence s : a.sentences()) {
                List<int[]> states = new ArrayList<>();
                network.transitions(CoreNlpLanguage.parserInput(s), states::add);
                for (int[] features : states) {
                    // Arrays.equals on doubles compares their bits
                    assertThat(java.util.Arrays.equals(network.scores(features), network.coreNlpScores(features)))
                            .as(s.text(text[0])).isTrue();
                }
                scored += states.size();
                assertThat(language.parse(s)).as(s.text(text[0])).isEqualTo(language.parseWithCoreNlp(s));
                compared++;
            }
        }
        assertThat(compared).isGreaterThanOrEqualTo(10);
        assertThat(scored).isGreaterThan(300);
    }

    // ---- English

    @Test
    void englishSentencesAndOffsets() {
        String text = "Dr. Jones met Gen. Miller in Washington on Jan. 5. The U.S. Army shipped 40 howitzers. "
                + "“We deliver nothing,” an official said — and left… for the airport. Then Москва and 서울 replied.\n\n"
                + "A headline without a full stop\n\nThe next paragraph.";
        Analysis a = nlp.analyse(text, "en");

        assertThat(a.engine()).startsWith("corenlp-").doesNotContain("opennlp");
        assertThat(a.sentences()).extracting(s -> s.text(text)).containsExactly(
                "Dr. Jones met Gen. Miller in Washington on Jan. 5.",
                "The U.S. Army shipped 40 howitzers.",
                "“We deliver nothing,” an official said — and left… for the airport.",
                "Then Москва and 서울 replied.",
                "A headline without a full stop",
                "The next paragraph.");
        OffsetsCheck.assertSlices(text, a);
    }

    @Test
    void englishLemmasPartsOfSpeechAndNames() {
        String text = "It delivers drones to Poland, and Joe Biden said more ships were shipped from Texas.";
        Analysis a = nlp.analyse(text, "en");
        List<Token> tokens = a.sentences().getFirst().tokens();

        assertThat(lemmaOf(tokens, "delivers")).isEqualTo("deliver");
        assertThat(lemmaOf(tokens, "ships")).isEqualTo("ship");
        assertThat(lemmaOf(tokens, "shipped")).isEqualTo("ship");
        assertThat(lemmaOf(tokens, "drones")).isEqualTo("drone");
        Token delivers = tokens.stream().filter(t -> t.text().equals("delivers")).findFirst().orElseThrow();
        assertThat(delivers.pos()).isEqualTo("VERB");
        assertThat(delivers.tag()).isEqualTo("VBZ");
        assertThat(tokens.stream().filter(t -> t.text().equals("were")).findFirst().orElseThrow().pos())
                .isEqualTo("AUX");
        assertThat(a.names()).extracting(NameSpan::text, NameSpan::label).contains(
                Tuple.tuple("Poland", NameSpan.LOCATION),
                Tuple.tuple("Joe Biden", NameSpan.PERSON),
                Tuple.tuple("Texas", NameSpan.LOCATION));
    }

    @Test
    void englishDependencyParseOnRequest() {
        Analysis a = nlp.analyse("The firm delivered drones to Poland.", "en");
        DependencyParse p = nlp.parse(a, a.sentences().getFirst());

        assertThat(p.roots()).containsExactly(2);
        assertThat(p.arcOf(1).orElseThrow()).isEqualTo(new Dependency(2, 1, "nsubj"));
        assertThat(p.arcOf(3).orElseThrow()).isEqualTo(new Dependency(2, 3, "obj"));
        assertThat(p.childrenOf(5)).extracting(Dependency::relation).containsExactly("case");
    }

    // ---- Both and neither

    @Test
    void otherLanguagesFallBackToRulesAndCannotBeParsed() {
        Analysis a = nlp.analyse("Le navire a quitté Toulon. Il transportait des obus.", "fr");

        assertThat(a.engine()).isEqualTo(RuleBasedAnalyzer.ENGINE);
        assertThat(a.sentences()).hasSize(2);
        assertThatThrownBy(() -> nlp.parse(a, a.sentences().getFirst()))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> nlp.load("fr")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void emptyTextHasNoSentences() {
        assertThat(nlp.analyse("", "de").sentences()).isEmpty();
        assertThat(nlp.analyse(" \n ", "en").sentences()).isEmpty();
    }

    @Test
    void threadsSharingOneAnalyzerGetTheSameResults() throws Exception {
        List<String> texts = List.of(
                "Die Marine verschiffte im Mai Munition nach Odessa. Der Minister bestätigte das.",
                "Nach Angaben von Dr. Keller wurden am 2. März drei Panzer übergeben.",
                "Ein Frachter lief in Rostock aus – mit Ersatzteilen an Bord.");
        List<Analysis> expected = texts.stream().map(t -> nlp.analyse(t, "de")).toList();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Analysis>> futures = new ArrayList<>();
            for (int round = 0; round < 10; round++) {
                for (String t : texts) {
                    futures.add(pool.submit(() -> nlp.analyse(t, "de")));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                assertThat(futures.get(i).get()).isEqualTo(expected.get(i % texts.size()));
            }
            Analysis first = expected.getFirst();
            DependencyParse parse = nlp.parse(first, first.sentences().getFirst());
            List<Future<DependencyParse>> parses = new ArrayList<>();
            for (int round = 0; round < 6; round++) {
                parses.add(pool.submit(() -> nlp.parse(first, first.sentences().getFirst())));
            }
            for (Future<DependencyParse> f : parses) {
                assertThat(f.get()).isEqualTo(parse);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static String lemmaOf(List<Token> tokens, String text) {
        return tokens.stream().filter(t -> t.text().equals(text)).findFirst().orElseThrow().lemma();
    }
}
