package org.tally.extract.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The API: offsets, languages, the record, and sharing between threads. */
class QuantityParserTest {

    @Test
    void offsetsCoverBoundNumberAndUnit() {
        String s = "Nordkorea soll mehr als 1.000 Container geschickt haben.";
        Quantity q = Found.only(s, "de");
        assertThat(q.begin()).isEqualTo(s.indexOf("mehr"));
        assertThat(q.end()).isEqualTo(s.indexOf(" geschickt"));
        assertThat(q.text()).isEqualTo("mehr als 1.000 Container");
        assertThat(q.value()).isEqualTo(1000.0);
        assertThat(q.high()).isNull();
        assertThat(q.isRange()).isFalse();
        assertThat(q.vague()).isFalse();
        assertThat(q.kind()).isEqualTo(QuantityKind.COUNT);
        assertThat(q.isAmount()).isTrue();
    }

    @Test
    void resultsAreInTextOrderAndDoNotOverlap() {
        String s = "Es kamen 300 Panzer, über 1.000 Container und rund 4,8 Millionen Granaten.";
        List<Quantity> found = Found.all(s, "de");
        assertThat(found).hasSize(3);
        for (int i = 1; i < found.size(); i++) {
            assertThat(found.get(i).begin()).isGreaterThanOrEqualTo(found.get(i - 1).end());
        }
    }

    @Test
    void theLanguageDecidesTheSeparators() {
        String s = "Sie zählten 1.000 Stück.";
        assertThat(QuantityParser.standard().find(s, "de").getFirst().value()).isEqualTo(1000.0);
        assertThat(QuantityParser.standard().find(s, "en").getFirst().value()).isEqualTo(1.0);
    }

    @Test
    void aRegionSubtagIsIgnored() {
        assertThat(QuantityParser.standard().find("Es kamen 300 Panzer.", "de-AT"))
                .extracting(Quantity::unit).containsExactly("tank");
        assertThat(QuantityParser.standard().find("It sent 300 tanks.", "EN_gb"))
                .extracting(Quantity::unit).containsExactly("tank");
    }

    @Test
    void otherLanguagesGetDigitsAndSymbolsOnly() {
        List<Quantity> fr = QuantityParser.standard().find(
                "Le 13.10.2023, la Corée a envoyé 1 000 conteneurs, soit 5 % de plus, pour 3 €.", "fr");
        assertThat(fr).extracting(Quantity::text).containsExactly("1 000", "5 %", "3 €");
        assertThat(fr.get(0).value()).isEqualTo(1000.0);
        assertThat(fr.get(0).unit()).isNull();
        assertThat(fr.get(1).unit()).isEqualTo("percent");
        assertThat(fr.get(2).unit()).isEqualTo("eur");

        assertThat(QuantityParser.standard().find("Более 1000 контейнеров.", "ru"))
                .extracting(Quantity::value).containsExactly(1000.0);
        assertThat(QuantityParser.standard().find("1,500 units", null))
                .extracting(Quantity::value).containsExactly(1500.0);
    }

    @Test
    void emptyInput() {
        assertThat(QuantityParser.standard().find("", "de")).isEmpty();
        assertThat(QuantityParser.standard().find(null, "de")).isEmpty();
        assertThat(QuantityParser.standard().find("Keine Zahl hier.", "de")).isEmpty();
    }

    @Test
    void theResultListIsImmutable() {
        List<Quantity> found = QuantityParser.standard().find("Es kamen 300 Panzer.", "de");
        assertThatThrownBy(() -> found.add(found.getFirst())).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void qualifierCodes() {
        assertThat(Qualifier.MORE_THAN.code()).isEqualTo("more_than");
        assertThat(Qualifier.fromCode("less_than")).isEqualTo(Qualifier.LESS_THAN);
        assertThat(QuantityKind.COUNT.isAmount()).isTrue();
        assertThat(QuantityKind.MEASURE.isAmount()).isTrue();
        assertThat(QuantityKind.PERCENT.isAmount()).isFalse();
    }

    @Test
    void theRecordRejectsABadSpan() {
        assertThatThrownBy(() -> new Quantity(5, 2, "", 1, null, null, Qualifier.EXACT, false, QuantityKind.COUNT))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void oneParserServesManyThreads() throws Exception {
        QuantityParser parser = new QuantityParser();
        String de = "Zwischen 2 und 4 Millionen Granaten, mehr als 1.000 Container und Hunderte Waggons.";
        String en = "Up to 4.8 million 152mm shells and some 7,000 shipping containers.";
        List<Quantity> expectDe = parser.find(de, "de");
        List<Quantity> expectEn = parser.find(en, "en");
        assertThat(expectDe).hasSize(3);
        assertThat(expectEn).hasSize(2);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int k = 0; k < 200; k++) {
                boolean german = k % 2 == 0;
                results.add(pool.submit(() -> german
                        ? parser.find(de, "de").equals(expectDe)
                        : parser.find(en, "en").equals(expectEn)));
            }
            for (Future<Boolean> f : results) {
                assertThat(f.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
