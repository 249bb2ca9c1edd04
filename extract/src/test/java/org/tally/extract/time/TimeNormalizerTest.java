package org.tally.extract.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.tally.extract.time.TimeExpression.Kind;

/** Behaviour across sentences: several expressions, bodies, the reference date, languages, threads. */
class TimeNormalizerTest {

    private static final TimeNormalizer TIME = new TimeNormalizer();
    private static final LocalDate REF = LocalDate.of(2023, 10, 13);

    private static List<String> values(List<TimeExpression> found) {
        return found.stream().map(t -> t.text() + "=" + t.start() + ".." + t.finish()).toList();
    }

    @Test
    void severalExpressionsComeInTextOrder() {
        String s = "Nach Angaben vom 13. Oktober 2023 wurden vergangene Woche und im September Kisten verladen.";
        assertThat(values(TIME.find(s, "de", REF))).containsExactly(
                "13. Oktober 2023=2023-10-13..2023-10-13",
                "vergangene Woche=2023-10-02..2023-10-08",
                "September=2023-09..2023-09");
    }

    @Test
    void offsetsPointIntoABody() {
        String body = """
                Der Frachter verließ den Hafen am 4. August. Gestern meldete der Zoll den Fund.

                Seit 2014 beobachten Fachleute die Route. In den kommenden Wochen soll ein Bericht folgen.""";
        List<TimeExpression> found = TIME.find(body, "de", REF);
        assertThat(found).hasSize(4);
        for (TimeExpression t : found) {
            assertThat(body.substring(t.begin(), t.end())).isEqualTo(t.text());
        }
    }

    @Test
    void theFutureCueIsReadPerSentence() {
        String body = "Im Dezember lieferte die Firma Granaten. Im Dezember sollen Haubitzen folgen.";
        assertThat(values(TIME.find(body, "de", REF))).containsExactly(
                "Dezember=2022-12..2022-12", "Dezember=2023-12..2023-12");
    }

    @Test
    void theNearestCueInTheClauseDecides() {
        assertThat(values(TIME.find("Die Panzer, die im März bestellt wurden, sollen im Dezember kommen.", "de",
                REF))).containsExactly("März=2023-03..2023-03", "Dezember=2023-12..2023-12");
        assertThat(values(TIME.find("Bereits im Sommer hatte Moskau Drohnen bestellt; bis Ende 2025 sollen es mehr "
                + "sein.", "de", REF))).containsExactly("Sommer=2023-06..2023-08", "Ende 2025=2025..2025");
        assertThat(values(TIME.find("The jets arrived on 3 October; more will come by the end of next year.", "en",
                REF))).containsExactly("3 October=2023-10-03..2023-10-03", "the end of next year=2024..2024");
    }

    @Test
    void withoutAReferenceRelativeExpressionsStayUnresolved() {
        String s = "Vergangene Woche und im September, am 13. Oktober 2023 und seit letztem Jahr.";
        List<TimeExpression> found = TIME.find(s, "de", null);
        assertThat(found).extracting(TimeExpression::text)
                .containsExactly("Vergangene Woche", "September", "13. Oktober 2023", "seit letztem Jahr");
        assertThat(found.get(0).resolved()).isFalse();
        assertThat(found.get(0).relative()).isTrue();
        assertThat(found.get(0).kind()).isEqualTo(Kind.RANGE);
        assertThat(found.get(1).start()).isNull();
        assertThat(found.get(2).start()).isEqualTo("2023-10-13");
        assertThat(found.get(2).relative()).isFalse();
        assertThat(found.get(3).start()).isNull();
        assertThat(found.get(3).kind()).isEqualTo(Kind.RANGE);
    }

    @Test
    void theReferenceDateIsNotTakenForAnEventDate() {
        assertThat(TIME.find("Die Lieferung ist bestätigt.", "de", REF)).isEmpty();
        assertThat(TIME.find("The delivery is confirmed.", "en", REF)).isEmpty();
    }

    @Test
    void theReferenceDecidesTheYear() {
        String s = "Am 15. August wurde der Container geöffnet.";
        assertThat(TIME.find(s, "de", LocalDate.of(2021, 9, 1)).get(0).start()).isEqualTo("2021-08-15");
        assertThat(TIME.find(s, "de", LocalDate.of(2022, 3, 1)).get(0).start()).isEqualTo("2021-08-15");
        assertThat(TIME.find(s, "de", LocalDate.of(2022, 7, 1)).get(0).start()).isEqualTo("2022-08-15");
    }

    @Test
    void otherLanguagesGetOnlyNeutralPatterns() {
        List<TimeExpression> found = TIME.find("Le 13 octobre 2023, soit le 13.10.2023.", "fr", REF);
        assertThat(values(found)).containsExactly("2023=2023..2023", "13.10.2023=2023-10-13..2023-10-13");
        assertThat(TIME.find("Im September 2023.", null, REF)).extracting(TimeExpression::text)
                .containsExactly("2023");
        assertThat(TIME.find("Im September 2023.", "DE", REF)).extracting(TimeExpression::text)
                .containsExactly("September 2023");
    }

    @Test
    void anOpenRangeHasNoFinish() {
        TimeExpression t = TIME.find("Seit 2011 liefert das Werk.", "de", REF).get(0);
        assertThat(t.open()).isTrue();
        assertThat(t.resolved()).isTrue();
        TimeExpression d = TIME.find("Im Jahr 2011 lieferte das Werk.", "de", REF).get(0);
        assertThat(d.open()).isFalse();
        assertThat(d.finish()).isEqualTo(d.start());
    }

    @Test
    void emptyTextAndBadArguments() {
        assertThat(TIME.find("", "de", REF)).isEmpty();
        assertThatThrownBy(() -> TIME.find(null, "de", REF)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new TimeExpression(5, 3, "x", Kind.DATE, null, null,
                TimeExpression.Part.NONE, false, false)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSharedInstanceIsOne() {
        assertThat(TimeNormalizer.shared()).isSameAs(TimeNormalizer.shared());
        assertThat(TimeNormalizer.shared().languages()).containsExactly("de", "en");
    }

    @Test
    void oneInstanceServesManyThreads() throws Exception {
        List<String> texts = List.of(
                "Vom 10. bis 13. September lag das Schiff vor Anker, vergangene Woche legte es ab.",
                "Between 7 September and 1 October observers counted trucks; last week more came.",
                "Seit 2011 liefert das Werk; vor zwei Wochen kam die letzte Ladung.",
                "The shipment will arrive in December, two weeks after the inspection on 13 October 2023.");
        List<List<TimeExpression>> expected = texts.stream().map(t -> TIME.find(t, t.contains("the") ? "en" : "de",
                REF)).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                int k = i % texts.size();
                results.add(pool.submit(() -> TIME.find(texts.get(k), texts.get(k).contains("the") ? "en" : "de",
                        REF).equals(expected.get(k))));
            }
            for (Future<Boolean> r : results) {
                assertThat(r.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void resultsAreImmutable() {
        List<TimeExpression> found = TIME.find("Im Jahr 2023.", "de", REF);
        assertThatThrownBy(() -> found.add(found.get(0))).isInstanceOf(UnsupportedOperationException.class);
    }
}
