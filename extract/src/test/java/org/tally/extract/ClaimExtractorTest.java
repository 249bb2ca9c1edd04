package org.tally.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tally.extract.quantity.QuantityParser;
import org.tally.extract.time.TimeNormalizer;
import org.tally.kb.KnowledgeBase;
import org.tally.link.EntityLinker;
import org.tally.model.Document;
import org.tally.model.Event;
import org.tally.nlp.Analysis;
import org.tally.nlp.CoreNlpAnalyzer;

/**
 * Claims from sentences we wrote, one construction each, in German and English, through the real stages (CoreNLP,
 * the bundled knowledge base, the linker, the time and quantity parsers).
 */
class ClaimExtractorTest {

    static final CoreNlpAnalyzer ANALYZER = new CoreNlpAnalyzer();
    static final KnowledgeBase KB = KnowledgeBase.bundled();
    static final EntityLinker LINKER = new EntityLinker(KB);
    static final ClaimExtractor CLAIMS = new ClaimExtractor(ANALYZER, KB, Lexicon.bundled(),
            new NormalizedTimes(TimeNormalizer.shared()), new ParsedQuantities(QuantityParser.standard()));

    static List<Event> claims(String language, String published, String text) {
        Document d = new Document("t.txt", language, published, null, text, null, null, null, "text", "h", "f");
        Analysis analysis = ANALYZER.analyse(text, language);
        return CLAIMS.extract(d, analysis, LINKER.link(d, analysis));
    }

    static Event only(String language, String published, String text) {
        List<Event> events = claims(language, published, text);
        assertThat(events).as("claims of: %s", text).hasSize(1);
        return events.get(0);
    }

    // ---------------------------------------------------------------- undated documents

    @Test
    void undatedDocumentIsDatedByAnAnniversaryItNames() {
        String text = "Nordkorea hat Russland im Juli Artilleriegranaten geliefert. Anlass der Feier war der "
                + "60. Jahrestag des Endes des Koreakriegs.";
        Event e = only("de", null, text);
        assertThat(e.when().start()).isEqualTo("2013-07");
        Document d = new Document("t.txt", "de", null, null, text, null, null, null, "text", "h", "f");
        assertThat(CLAIMS.referenceEstimate(d, "de", List.of())).get()
                .satisfies(r -> assertThat(r.clue()).isEqualTo("anniversary"));
    }

    @Test
    void undatedDocumentWithoutAClueStaysUnresolved() {
        Event e = only("de", null, "Nordkorea hat Russland im Juli Artilleriegranaten geliefert.");
        assertThat(e.when()).isNull();
    }

    @Test
    void officeNamedWithItsHolderBoundsTheDate() {
        String text = "Der russische Verteidigungsminister Sergej Schoigu reiste nach Pjöngjang.";
        Document d = new Document("t.txt", "de", null, null, text, null, null, null, "text", "h", "f");
        var bounds = CLAIMS.tenureBounds(text, "de", LINKER.link(d, ANALYZER.analyse(text, "de")));
        assertThat(bounds).isNotEmpty();
        assertThat(bounds.get(0).earliest()).isEqualTo(java.time.LocalDate.of(2012, 11, 6));
        String former = "Der ehemalige Verteidigungsminister Sergej Schoigu reiste nach Pjöngjang.";
        Document f = new Document("t.txt", "de", null, null, former, null, null, null, "text", "h", "f");
        assertThat(CLAIMS.tenureBounds(former, "de", LINKER.link(f, ANALYZER.analyse(former, "de")))).isEmpty();
    }

    // ---------------------------------------------------------------- a meeting on a trip

    @Test
    void meetingAtTheEndOfADatedTripTakesTheTripsTime() {
        List<Event> events = claims("de", "2024-03-02", "Der russische Präsident Wladimir Putin will im Mai nach "
                + "China reisen. Putin werde mit dem Zug nach Peking reisen, wo er sich mit Xi Jinping treffen werde.");
        assertThat(events).filteredOn(e -> e.type().equals("meeting")).singleElement()
                .satisfies(e -> assertThat(e.when()).isEqualTo(new Event.Period("2024-05", null)));
    }

    @Test
    void englishMeetingAtTheEndOfADatedTripTakesTheTripsTime() {
        List<Event> events = claims("en", "2024-03-02", "Vladimir Putin plans to travel to China in May. He will "
                + "travel to Beijing by train, where he will meet Xi Jinping.");
        assertThat(events).filteredOn(e -> e.type().equals("meeting")).singleElement()
                .satisfies(e -> assertThat(e.when()).isEqualTo(new Event.Period("2024-05", null)));
    }

    @Test
    void meetingInAnotherSentenceThanTheTripKeepsNoTime() {
        List<Event> events = claims("en", "2024-03-02", "Vladimir Putin plans to travel to China in May. "
                + "Xi Jinping has met Kim Jong Un several times.");
        assertThat(events).filteredOn(e -> e.type().equals("meeting"))
                .allSatisfy(e -> assertThat(e.when()).isNull());
    }

    // ---------------------------------------------------------------- German

    @Test
    void germanActiveTransferWithItem() {
        Event e = only("de", "2024-05-10", "Nordkorea hat Russland im März Artilleriegranaten geliefert.");
        assertThat(e.type()).isEqualTo("transfer");
        assertThat(e.actor()).isEqualTo("KP");
        assertThat(e.target()).isEqualTo("RU");
        assertThat(e.item()).isEqualTo("artillery_shells");
        assertThat(e.when().start()).isEqualTo("2024-03");
        assertThat(e.modality()).isEqualTo("asserted");
    }

    @Test
    void germanPassiveWithRangeQuantityAndRoute() {
        Event e = only("de", "2023-10-13", "Zwischen dem 7. und dem 20. September wurden mehr als 500 Container "
                + "von der Hafenstadt Rason nach Wladiwostok verschifft.");
        assertThat(e.actor()).isEqualTo("KP");
        assertThat(e.target()).isEqualTo("RU");
        assertThat(e.quantity()).isEqualTo(new Event.Amount(500, "container", "more_than"));
        assertThat(e.when()).isEqualTo(new Event.Period("2023-09-07", "2023-09-20"));
        assertThat(e.origin()).isEqualTo("Rason");
        assertThat(e.destination()).isEqualTo("Vladivostok");
    }

    @Test
    void germanReceiverAsSubject() {
        Event e = only("de", "2024-02-01", "Russland erhielt im Jahr 2023 rund 3.000 Container aus Nordkorea.");
        assertThat(e.type()).isEqualTo("transfer");
        assertThat(e.actor()).isEqualTo("KP");
        assertThat(e.target()).isEqualTo("RU");
        assertThat(e.quantity()).isEqualTo(new Event.Amount(3000, "container", "approx"));
        assertThat(e.when().start()).isEqualTo("2023");
    }

    @Test
    void germanHedgeWithSollen() {
        Event e = only("de", "2024-01-15", "Nordkorea soll Russland mit Raketen beliefert haben.");
        assertThat(e.actor()).isEqualTo("KP");
        assertThat(e.target()).isEqualTo("RU");
        assertThat(e.item()).isEqualTo("missiles");
        assertThat(e.modality()).isEqualTo("alleged");
    }

    @Test
    void germanPossibility() {
        Event e = only("de", "2024-01-15", "Russland könnte Nordkorea mit Treibstoff versorgt haben.");
        assertThat(e.actor()).isEqualTo("RU");
        assertThat(e.target()).isEqualTo("KP");
        assertThat(e.item()).isEqualTo("fuel");
        assertThat(e.modality()).isEqualTo("possible");
    }

    @Test
    void germanNegationDeniesTheClaim() {
        Event e = only("de", "2024-01-15", "Russland hat keine Waffen an Nordkorea geliefert.");
        assertThat(e.modality()).isEqualTo("denied");
    }

    @Test
    void germanReportedSpeechWithNamedSource() {
        Event e = only("de", "2024-01-15", "Nordkorea habe Russland Raketen geliefert, sagte John Kirby.");
        assertThat(e.actor()).isEqualTo("KP");
        assertThat(e.source()).isEqualTo("John Kirby");
        assertThat(e.modality()).isEqualTo("reported");
    }

    @Test
    void germanSourceByLaut() {
        Event e = only("de", "2024-01-15", "Laut dem Weißen Haus hat Nordkorea Munition nach Russland geschickt.");
        assertThat(e.source()).isEqualTo("White House");
        assertThat(e.modality()).isEqualTo("reported");
    }

    @Test
    void germanDenialWithSeparableParticle() {
        Event e = only("de", "2024-01-15", "Pjöngjang wies die Vorwürfe am Abend zurück.");
        assertThat(e.type()).isEqualTo("deny");
        assertThat(e.actor()).isEqualTo("KP");
        assertThat(e.modality()).isEqualTo("asserted");
    }

    @Test
    void germanRelativeDateResolvesAgainstPublication() {
        Event e = only("de", "2023-08-04", "Schoigu reiste vergangene Woche nach Pjöngjang.");
        assertThat(e.type()).isEqualTo("visit");
        assertThat(e.actor()).isEqualTo("Sergei Shoigu");
        assertThat(e.target()).isEqualTo("KP");
        assertThat(e.destination()).isEqualTo("Pyongyang");
        assertThat(e.when().start()).startsWith("2023-07");
    }

    @Test
    void germanPlannedVisit() {
        Event e = only("de", "2023-08-30", "Kim Jong Un plant, im September nach Russland zu reisen.");
        assertThat(e.type()).isEqualTo("visit");
        assertThat(e.target()).isEqualTo("RU");
        assertThat(e.modality()).isEqualTo("planned");
        assertThat(e.when().start()).isEqualTo("2023-09");
    }

    @Test
    void germanRequest() {
        Event e = only("de", "2023-08-30", "Russland bat Nordkorea um Artilleriemunition.");
        assertThat(e.type()).isEqualTo("request");
        assertThat(e.actor()).isEqualTo("RU");
        assertThat(e.target()).isEqualTo("KP");
        assertThat(e.item()).isEqualTo("artillery_shells");
    }

    @Test
    void germanHostWithStrongPastAndPlace() {
        Event e = only("de", "2023-09-20", "Wladimir Putin empfing Kim Jong Un in Wladiwostok.");
        assertThat(e.type()).isEqualTo("meeting");
        assertThat(e.actor()).isEqualTo("Vladimir Putin");
        assertThat(e.target()).isEqualTo("Kim Jong Un");
        assertThat(e.destination()).isEqualTo("Vladivostok");
    }

    @Test
    void germanCoordinatedDeniersAreTwoClaims() {
        List<Event> events = claims("de", "2024-06-01", "Nordkorea und Russland haben die Waffengeschäfte dementiert.");
        assertThat(events).extracting(Event::type, Event::actor)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("deny", "KP"),
                        org.assertj.core.groups.Tuple.tuple("deny", "RU"));
    }

    // ---------------------------------------------------------------- English

    @Test
    void englishTransferWithBoundAndSource() {
        Event e = only("en", "2023-10-20",
                "North Korea has shipped more than 1,000 containers of munitions to Russia, the White House said.");
        assertThat(e.actor()).isEqualTo("KP");
        assertThat(e.target()).isEqualTo("RU");
        assertThat(e.quantity()).isEqualTo(new Event.Amount(1000, "container", "more_than"));
        assertThat(e.item()).isEqualTo("munitions");
        assertThat(e.source()).isEqualTo("White House");
        assertThat(e.modality()).isEqualTo("reported");
    }

    @Test
    void englishPassiveWithRoute() {
        Event e = only("en", "2023-10-20", "The containers were shipped from Rajin to Dunai between September 7 and October 1.");
        assertThat(e.actor()).isEqualTo("KP");
        assertThat(e.target()).isEqualTo("RU");
        assertThat(e.origin()).isEqualTo("Rajin");
        assertThat(e.destination()).isEqualTo("Dunai");
        assertThat(e.when()).isEqualTo(new Event.Period("2023-09-07", "2023-10-01"));
    }

    @Test
    void englishReceiverAsSubjectWithHedge() {
        Event e = only("en", "2024-02-01", "Russia reportedly received up to 4.8 million artillery shells from North Korea.");
        assertThat(e.actor()).isEqualTo("KP");
        assertThat(e.target()).isEqualTo("RU");
        assertThat(e.quantity()).isEqualTo(new Event.Amount(4_800_000, "shell", "up_to"));
        assertThat(e.modality()).isEqualTo("alleged");
    }

    @Test
    void englishPossibilityAndUnnamedSpeakers() {
        Event e = only("en", "2024-02-01", "Russia may have provided fuel to North Korea, officials said.");
        assertThat(e.actor()).isEqualTo("RU");
        assertThat(e.target()).isEqualTo("KP");
        assertThat(e.item()).isEqualTo("fuel");
        assertThat(e.modality()).isEqualTo("possible");
    }

    @Test
    void englishNegation() {
        Event e = only("en", "2024-02-01", "Russia did not send weapons to North Korea.");
        assertThat(e.modality()).isEqualTo("denied");
    }

    @Test
    void englishDenial() {
        Event e = only("en", "2024-02-01", "Moscow denied the reports.");
        assertThat(e.type()).isEqualTo("deny");
        assertThat(e.actor()).isEqualTo("RU");
    }

    @Test
    void englishUseAgainstCountry() {
        Event e = only("en", "2024-02-01", "Russia used North Korean missiles against Ukraine.");
        assertThat(e.type()).isEqualTo("use");
        assertThat(e.actor()).isEqualTo("RU");
        assertThat(e.target()).isEqualTo("UA");
        assertThat(e.item()).isEqualTo("missiles");
    }

    @Test
    void englishPlanAndRelativeDate() {
        Event e = only("en", "2023-10-20", "Putin plans to travel to Pyongyang next month.");
        assertThat(e.type()).isEqualTo("visit");
        assertThat(e.modality()).isEqualTo("planned");
        assertThat(e.when().start()).isEqualTo("2023-11");
    }

    @Test
    void englishRequestWithAccordingTo() {
        Event e = only("en", "2023-10-20", "Russia asked North Korea for artillery ammunition, according to US intelligence.");
        assertThat(e.type()).isEqualTo("request");
        assertThat(e.item()).isEqualTo("artillery_shells");
        assertThat(e.source()).isEqualTo("US");
        assertThat(e.modality()).isEqualTo("reported");
    }

    // ---------------------------------------------------------------- hearsay: said, but by no one named

    @Test
    void englishPassiveReportativeIsAllegedWithoutSource() {
        Event e = only("en", "2024-03-12", "North Korea is said to have shipped shells to Russia last year.");
        assertThat(e.actor()).isEqualTo("KP");
        assertThat(e.target()).isEqualTo("RU");
        assertThat(e.source()).isNull(); // the passive subject is what is said about, not who says it
        assertThat(e.modality()).isEqualTo("alleged");
        assertThat(e.when()).isEqualTo(new Event.Period("2023", null)); // in the clause of what is said
    }

    @Test
    void englishImpersonalAllegationIsAlleged() {
        Event e = only("en", "2024-03-12", "It is alleged that North Korea shipped missiles to Russia in February.");
        assertThat(e.source()).isNull();
        assertThat(e.modality()).isEqualTo("alleged");
        assertThat(e.when().start()).isEqualTo("2024-02");
    }

    @Test
    void germanImpersonalHearsayIsAlleged() {
        Event heisst = only("de", "2024-03-12", "Es heißt, Nordkorea habe Raketen an Russland geliefert.");
        assertThat(heisst.source()).isNull();
        assertThat(heisst.modality()).isEqualTo("alleged");
        Event nachgesagt = only("de", "2024-03-12", "Nordkorea wird nachgesagt, Russland mit Munition beliefert zu haben.");
        assertThat(nachgesagt.actor()).isEqualTo("KP"); // the dative of the passive is the subject of the deed
        assertThat(nachgesagt.target()).isEqualTo("RU");
        assertThat(nachgesagt.modality()).isEqualTo("alleged");
    }

    @Test
    void germanImpersonalSayingWithAPlaceOfOrigin() {
        Event e = only("de", "2024-03-12", "Nordkorea soll Soldaten nach Russland entsandt haben, heißt es aus Kiew.");
        assertThat(e.source()).isEqualTo("UA"); // a capital names its government
        assertThat(e.modality()).isEqualTo("alleged"); // "soll"
    }

    @Test
    void germanBareReportsAreHearsayButANamedReportIsASource() {
        Event bare = only("de", "2024-03-12", "Berichten zufolge hat Iran Raketen an Russland geliefert.");
        assertThat(bare.actor()).isEqualTo("IR");
        assertThat(bare.source()).isNull();
        assertThat(bare.modality()).isEqualTo("alleged");
        Event laut = only("de", "2024-03-12", "Laut Medienberichten hat Nordkorea Granaten an Russland geliefert.");
        assertThat(laut.source()).isNull(); // not "Nordkorea", named after the phrase
        assertThat(laut.modality()).isEqualTo("alleged");
        Event named = only("de", "2024-03-12", "Laut einem Bericht der New York Times lieferte Iran Raketen an Russland.");
        assertThat(named.source()).isEqualTo("The New York Times");
        assertThat(named.modality()).isEqualTo("reported");
    }

    @Test
    void englishBareReportsAreHearsayButANamedReportIsASource() {
        Event bare = only("en", "2024-03-12", "According to media reports, Iran delivered missiles to Russia.");
        assertThat(bare.source()).isNull();
        assertThat(bare.modality()).isEqualTo("alleged");
        Event say = only("en", "2024-03-12", "Reports say North Korea shipped shells to Russia.");
        assertThat(say.modality()).isEqualTo("alleged");
        Event named = only("en", "2024-03-12",
                "According to a report by The New York Times, Iran delivered missiles to Russia.");
        assertThat(named.source()).isEqualTo("The New York Times");
        assertThat(named.modality()).isEqualTo("reported");
    }

    @Test
    void germanUninflectedAdverbOfDoubt() {
        Event e = only("de", "2024-03-12", "Nordkorea hat angeblich Raketen an Russland geliefert.");
        assertThat(e.modality()).isEqualTo("alleged");
    }

    @Test
    void anOpenQuestionIsPossible() {
        Event en = only("en", "2024-03-12", "It is unclear whether North Korea has delivered missiles to Russia.");
        assertThat(en.modality()).isEqualTo("possible");
        Event de = only("de", "2024-03-12", "Unklar ist, ob Nordkorea Raketen an Russland geliefert hat.");
        assertThat(de.modality()).isEqualTo("possible");
    }

    // ---------------------------------------------------------------- sources

    @Test
    void germanSourceNachAngabenAusACapital() {
        Event e = only("de", "2024-03-12",
                "Seit August hat Nordkorea nach Angaben aus Seoul rund 6700 Container nach Russland geschickt.");
        assertThat(e.actor()).isEqualTo("KP");
        assertThat(e.target()).isEqualTo("RU");
        assertThat(e.source()).isEqualTo("KR");
        assertThat(e.modality()).isEqualTo("reported");
        assertThat(e.quantity()).isEqualTo(new Event.Amount(6700, "container", "approx"));
        assertThat(e.item()).isNull(); // a container counts goods, it does not say which
        assertThat(e.when().start()).isEqualTo("2023-08");
    }

    @Test
    void germanSourceByAdjectiveBeforeTheReportNoun() {
        Event e = only("de", "2024-03-12", "Nach südkoreanischen Angaben lieferte Nordkorea Granaten an Russland.");
        assertThat(e.source()).isEqualTo("KR");
        assertThat(e.modality()).isEqualTo("reported");
    }

    @Test
    void germanUnnamedExpertsReportWithoutSource() {
        Event e = only("de", "2024-03-12", "Nach Einschätzung von Experten hat Nordkorea Granaten an Russland geliefert.");
        assertThat(e.source()).isNull(); // "Nordkorea" belongs to the claim, not to the phrase
        assertThat(e.modality()).isEqualTo("reported");
    }

    @Test
    void englishOfficialsInACapital() {
        Event according = only("en", "2024-03-12",
                "According to officials in Kyiv, Russia fired North Korean missiles at Ukraine.");
        assertThat(according.type()).isEqualTo("use");
        assertThat(according.target()).isEqualTo("UA");
        assertThat(according.source()).isEqualTo("UA");
        Event said = only("en", "2024-03-12", "Officials in Kyiv said Russia had received missiles from North Korea.");
        assertThat(said.actor()).isEqualTo("KP");
        assertThat(said.source()).isEqualTo("UA");
        assertThat(said.modality()).isEqualTo("reported");
        Event experts = only("en", "2024-03-12", "According to experts, North Korea shipped shells to Russia.");
        assertThat(experts.source()).isNull();
        assertThat(experts.modality()).isEqualTo("reported");
    }

    // ---------------------------------------------------------------- what a denial denies

    @Test
    void englishDeniedTransferIsDeniedAndKeptApart() {
        List<Event> events = claims("en", "2024-03-12", "North Korea shipped artillery shells from Rason to Russia in "
                + "January. Moscow denied receiving weapons from Pyongyang.");
        assertThat(events).filteredOn(e -> e.type().equals("deny")).singleElement()
                .satisfies(e -> assertThat(e.actor()).isEqualTo("RU"));
        assertThat(events).filteredOn(e -> e.type().equals("transfer")).hasSize(2);
        assertThat(events).filteredOn(e -> e.type().equals("transfer") && e.modality().equals("asserted"))
                .singleElement().satisfies(e -> {
                    assertThat(e.origin()).isEqualTo("Rason");
                    assertThat(e.when().start()).isEqualTo("2024-01");
                });
        assertThat(events).filteredOn(e -> e.type().equals("transfer") && e.modality().equals("denied"))
                .singleElement().satisfies(e -> {
                    assertThat(e.actor()).isEqualTo("KP");
                    assertThat(e.target()).isEqualTo("RU");
                    assertThat(e.origin()).isEqualTo("Pyongyang");
                    assertThat(e.source()).isEqualTo("RU"); // the recipient denies
                });
    }

    @Test
    void englishRejectedClaimsThat() {
        List<Event> events = claims("en", "2024-03-12", "Pyongyang dismissed reports that it shipped shells to Russia.");
        assertThat(events).extracting(Event::type, Event::actor, Event::modality).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("deny", "KP", "asserted"),
                org.assertj.core.groups.Tuple.tuple("transfer", "KP", "denied"));
        assertThat(events).filteredOn(e -> e.type().equals("transfer"))
                .allSatisfy(e -> assertThat(e.source()).isNull()); // the actor denies: no other source
    }

    @Test
    void germanDenialOfReportsWonach() {
        List<Event> events = claims("de", "2024-03-12",
                "Russland dementierte am Montag Berichte, wonach Iran Raketen geliefert habe.");
        assertThat(events).filteredOn(e -> e.type().equals("deny")).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo("RU");
            assertThat(e.when().start()).isEqualTo("2024-03-11");
        });
        assertThat(events).filteredOn(e -> e.type().equals("transfer")).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo("IR");
            assertThat(e.modality()).isEqualTo("denied");
            assertThat(e.source()).isEqualTo("RU");
            assertThat(e.when()).isNull(); // Monday dates the denial
        });
        List<Event> zurueck = claims("de", "2024-03-12",
                "Moskau wies Berichte zurück, wonach Nordkorea Granaten an Russland geliefert habe.");
        assertThat(zurueck).filteredOn(e -> e.type().equals("transfer")).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo("KP"); // its own subject, not the denier's
            assertThat(e.modality()).isEqualTo("denied");
        });
    }

    @Test
    void germanDenialWithInfinitiveAndAConcessiveClause() {
        List<Event> events = claims("de", "2024-03-12", "Nordkorea bestreitet, Russland Waffen geliefert zu haben, "
                + "obwohl Satellitenbilder zeigen, dass Züge Container nach Russland transportierten.");
        assertThat(events).filteredOn(e -> e.type().equals("transfer") && e.modality().equals("denied"))
                .singleElement().satisfies(e -> {
                    assertThat(e.actor()).isEqualTo("KP");
                    assertThat(e.target()).isEqualTo("RU");
                    assertThat(e.source()).isNull();
                });
        // what the images show is not denied
        assertThat(events).filteredOn(e -> e.type().equals("transfer") && e.modality().equals("asserted")).hasSize(1);
    }

    @Test
    void negatedDenialsAreNoDenials() {
        assertThat(claims("en", "2024-03-12", "The Kremlin has neither confirmed nor denied the reports.")).isEmpty();
        List<Event> notDenied = claims("en", "2024-03-12", "Moscow has not denied receiving shells from Pyongyang.");
        assertThat(notDenied).extracting(Event::type).doesNotContain("deny");
        assertThat(notDenied).allSatisfy(e -> assertThat(e.modality()).isNotEqualTo("denied"));
        assertThat(claims("de", "2024-03-12", "Moskau hat Berichte über Granatenlieferungen aus Pjöngjang nicht dementiert."))
                .extracting(Event::type).doesNotContain("deny");
    }

    @Test
    void aDenialSpeaksForItselfUnlessSomeoneTellsOfIt() {
        List<Event> relative = claims("de", "2024-03-12",
                "Die Ukraine wirft Russland vor, nordkoreanische Raketen eingesetzt zu haben, was Moskau bestreitet.");
        assertThat(relative).filteredOn(e -> e.type().equals("deny")).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo("RU"); // the relative pronoun opens the clause, Moskau is its subject
            assertThat(e.source()).isNull(); // the accuser of the main clause does not speak for the denier
            assertThat(e.modality()).isEqualTo("asserted");
        });
        assertThat(relative).filteredOn(e -> e.type().equals("use")).singleElement()
                .satisfies(e -> assertThat(e.source()).isEqualTo("UA"));
        Event beside = only("en", "2024-03-12", "Russia has denied the allegations, but US officials say satellite "
                + "images show trains carrying munitions from North Korea to Russia.");
        assertThat(beside.type()).isEqualTo("deny");
        assertThat(beside.source()).isNull();
        Event told = only("de", "2024-03-12", "Pjöngjang weist das zurück, sagte Kirby.");
        assertThat(told.source()).isEqualTo("John Kirby");
        Event toldEn = only("en", "2024-03-12", "Kirby said Moscow had denied the reports.");
        assertThat(toldEn.source()).isEqualTo("John Kirby");
    }

    // ---------------------------------------------------------------- accusations name their source

    @Test
    void englishAccusedOfAGerund() {
        List<Event> events = claims("en", "2024-03-12",
                "The United States accused North Korea of shipping missiles to Russia.");
        assertThat(events).filteredOn(e -> e.type().equals("accuse")).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo("US");
            assertThat(e.target()).isEqualTo("KP");
            assertThat(e.source()).isNull();
        });
        assertThat(events).filteredOn(e -> e.type().equals("transfer")).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo("KP");
            assertThat(e.target()).isEqualTo("RU");
            assertThat(e.source()).isEqualTo("US");
            assertThat(e.modality()).isEqualTo("reported");
        });
        Event passive = only("en", "2024-03-12", "North Korea is accused of shipping missiles to Russia.");
        assertThat(passive.actor()).isEqualTo("KP");
        assertThat(passive.modality()).isEqualTo("alleged");
    }

    @Test
    void germanAccusationNamesTheSource() {
        List<Event> events = claims("de", "2024-03-12",
                "Die USA werfen Nordkorea vor, Russland mit Artilleriegranaten beliefert zu haben.");
        assertThat(events).filteredOn(e -> e.type().equals("transfer")).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo("KP");
            assertThat(e.source()).isEqualTo("US");
            assertThat(e.modality()).isEqualTo("reported");
        });
        Event passive = only("de", "2024-03-12", "Nordkorea wird vorgeworfen, Raketen an Russland geliefert zu haben.");
        assertThat(passive.actor()).isEqualTo("KP");
        assertThat(passive.modality()).isEqualTo("alleged");
    }

    @Test
    void englishPassiveConfirmationIsReportedNotAlleged() {
        Event e = only("en", "2024-03-12", "It was confirmed that North Korea delivered missiles to Russia.");
        assertThat(e.modality()).isEqualTo("reported"); // official, if unnamed: not hearsay
        Event heisst = only("de", "2024-03-12",
                "Insgesamt könnte Pjöngjang bis zu 12.000 Soldaten nach Russland entsenden, heißt es in Seoul.");
        assertThat(heisst.source()).isEqualTo("KR");
        assertThat(heisst.modality()).isEqualTo("possible");
    }

    @Test
    void englishArmsAreWeaponsInADenial() {
        List<Event> events = claims("en", "2024-03-12", "Pyongyang has denied selling arms to Moscow.");
        assertThat(events).extracting(Event::type, Event::item, Event::modality).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("deny", "weapons", "asserted"),
                org.assertj.core.groups.Tuple.tuple("transfer", "weapons", "denied"));
    }

    @Test
    void englishAnAccusationUnderADenialIsTheAccusersClaim() {
        List<Event> events = claims("en", "2024-03-12",
                "Russia dismissed the envoy who had accused Pyongyang of shipping arms to Moscow.");
        assertThat(events).filteredOn(e -> e.type().equals("transfer"))
                .allSatisfy(e -> assertThat(e.modality()).isNotEqualTo("denied"));
        Event judged = only("en", "2024-03-12", "KCNA criticised Washington for sending weapons to Kyiv.");
        assertThat(judged.actor()).isEqualTo("US"); // the one criticised for the deed did it
    }

    // ---------------------------------------------------------------- tense and time

    @Test
    void germanPresentTenseWithAWeekdayIsTheComingDay() {
        Event present = only("de", "2024-03-14", "Kim Jong Un reist am Dienstag nach Moskau."); // a Thursday
        assertThat(present.when()).isEqualTo(new Event.Period("2024-03-19", null));
        assertThat(present.modality()).isEqualTo("planned");
        Event past = only("de", "2024-03-14", "Kim Jong Un reiste am Dienstag nach Moskau.");
        assertThat(past.when()).isEqualTo(new Event.Period("2024-03-12", null));
        assertThat(past.modality()).isEqualTo("asserted");
    }

    @Test
    void englishPresentTenseWithAWeekdayIsTheComingDay() {
        Event present = only("en", "2024-03-14", "Kim Jong Un travels to Moscow on Tuesday.");
        assertThat(present.when()).isEqualTo(new Event.Period("2024-03-19", null));
        assertThat(present.modality()).isEqualTo("planned");
        Event past = only("en", "2024-03-14", "Sergei Shoigu visited Pyongyang on Monday.");
        assertThat(past.when()).isEqualTo(new Event.Period("2024-03-11", null));
    }

    @Test
    void germanTimeInTheReportedClauseDatesTheClaim() {
        Event e = only("de", "2024-07-01", "Kirby sagte, Nordkorea habe im Mai Raketen an Russland geliefert.");
        assertThat(e.when().start()).isEqualTo("2024-05");
        assertThat(e.source()).isEqualTo("John Kirby");
    }

    // ---------------------------------------------------------------- carriers and guests

    @Test
    void germanCarrierIsNotTheSupplier() {
        Event e = only("de", "2024-03-12", "Der russische Frachter Angara brachte Container von Rajin nach Dunai.");
        assertThat(e.actor()).isEqualTo("KP"); // the origin's state, not the ship's flag
        assertThat(e.target()).isEqualTo("RU");
        assertThat(e.origin()).isEqualTo("Rajin");
        assertThat(e.destination()).isEqualTo("Dunai");
    }

    @Test
    void englishCarrierStateStandsInOnlyWithoutOrigin() {
        Event flag = only("en", "2024-03-12", "North Korean ships delivered ammunition to Russia.");
        assertThat(flag.actor()).isEqualTo("KP");
        assertThat(flag.target()).isEqualTo("RU");
        Event origin = only("en", "2024-03-12", "A Russian cargo ship delivered containers from Rajin to Vladivostok.");
        assertThat(origin.actor()).isEqualTo("KP");
        assertThat(origin.target()).isEqualTo("RU");
    }

    @Test
    void englishReceivingADelegationIsAMeeting() {
        Event e = only("en", "2024-03-12", "Russia received a delegation from North Korea.");
        assertThat(e.type()).isEqualTo("meeting");
        assertThat(e.actor()).isEqualTo("RU");
        assertThat(e.target()).isEqualTo("KP");
    }

    @Test
    void englishReceivingAGuestIsAMeetingAndGoodsATransfer() {
        Event guest = only("en", "2024-03-12", "Vladimir Putin received Kim Jong Un in Vladivostok.");
        assertThat(guest.type()).isEqualTo("meeting");
        assertThat(guest.actor()).isEqualTo("Vladimir Putin");
        assertThat(guest.target()).isEqualTo("Kim Jong Un");
        assertThat(guest.destination()).isEqualTo("Vladivostok");
        Event goods = only("en", "2024-03-12", "Russia received shells from North Korea.");
        assertThat(goods.type()).isEqualTo("transfer");
        assertThat(goods.actor()).isEqualTo("KP");
    }

    @Test
    void germanEmpfangenWithGoodsIsATransfer() {
        Event e = only("de", "2024-03-12", "Russland empfing Granaten aus Nordkorea.");
        assertThat(e.type()).isEqualTo("transfer");
        assertThat(e.actor()).isEqualTo("KP");
        assertThat(e.target()).isEqualTo("RU");
    }

    @Test
    void languagesWithoutModelsGiveNoClaims() {
        assertThat(claims("fr", "2024-01-01", "La Corée du Nord a livré des obus à la Russie.")).isEmpty();
    }
}
