package org.tally.extract.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** German sentences written for these tests. */
class GermanQuantityTest {

    private static final String DE = "de";

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Im Hafen standen 1.000 Container bereit.                  | 1.000 Container                  | 1000      | container | exact
            Die Firma verlud 7000 Container.                           | 7000 Container                   | 7000      | container | exact
            Gezählt wurden 7.000 Container.                            | 7.000 Container                  | 7000      | container | exact
            Die Rede ist von 4,8 Millionen Granaten.                   | 4,8 Millionen Granaten           | 4800000   | shell     | exact
            Das Geschäft umfasst 1,5 Mrd. Schuss.                      | 1,5 Mrd. Schuss                  | 1.5E9     | round     | exact
            Es geht um 2 Mio. Patronen.                                | 2 Mio. Patronen                  | 2000000   | round     | exact
            Man erwartet zwei Millionen Geschosse.                     | zwei Millionen Geschosse         | 2000000   | shell     | exact
            Angeblich kam eine Million Granaten an.                    | eine Million Granaten            | 1000000   | shell     | exact
            Es fuhren zwei Züge los.                                   | zwei Züge                        | 2         | train     | exact
            Sie sahen drei Schiffe.                                    | drei Schiffe                     | 3         | ship      | exact
            Man zählte zehn Panzer.                                    | zehn Panzer                      | 10        | tank      | exact
            Es waren zwanzig Drohnen.                                  | zwanzig Drohnen                  | 20        | drone     | exact
            Sie brachten hundert Lkw.                                  | hundert Lkw                      | 100       | truck     | exact
            Er sprach von tausend Soldaten.                            | tausend Soldaten                 | 1000      | soldier   | exact
            Es kamen zweihundertfünfzig Waggons.                       | zweihundertfünfzig Waggons       | 250       | wagon     | exact
            Es wurde eine halbe Million Schuss gezählt.                | eine halbe Million Schuss        | 500000    | round     | exact
            Es kamen anderthalb Millionen Patronen.                    | anderthalb Millionen Patronen    | 1500000   | round     | exact
            Es ging um ein Dutzend Haubitzen.                          | ein Dutzend Haubitzen            | 12        | howitzer  | exact
            Dort standen zwei Dutzend Raketenwerfer.                   | zwei Dutzend Raketenwerfer       | 24        | launcher  | exact
            Im Depot lagen 5 000 Granaten.                             | 5 000 Granaten                   | 5000      | shell     | exact
            """)
    void numerals(String sentence, String text, double value, String unit, String qualifier) {
        Found.check(sentence, DE, text, value, unit == null ? null : unit, qualifier);
    }

    @Test
    void germanReadsGermanSeparators() {
        // in a German sentence "1,000" is one (a decimal comma), not a thousand
        assertThat(Found.only("Geliefert wurden 1,000 Tonnen.", DE).value()).isEqualTo(1.0);
        assertThat(Found.only("Geliefert wurden 1.000 Tonnen.", DE).value()).isEqualTo(1000.0);
        assertThat(Found.only("Es waren 1.234,5 Tonnen.", DE).value()).isEqualTo(1234.5);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            Es waren mehr als 1.000 Container.             | mehr als 1.000 Container        | more_than
            Es waren über 1.000 Container.                 | über 1.000 Container            | more_than
            Es waren knapp über 1.000 Container.           | knapp über 1.000 Container      | more_than
            Es waren mindestens 1.000 Container.           | mindestens 1.000 Container      | at_least
            Es waren wenigstens 1.000 Container.           | wenigstens 1.000 Container      | at_least
            Es waren gut 1.000 Container.                  | gut 1.000 Container             | at_least
            Es waren bis zu 1.000 Container.               | bis zu 1.000 Container          | up_to
            Es waren höchstens 1.000 Container.            | höchstens 1.000 Container       | up_to
            Es waren nicht mehr als 1.000 Container.       | nicht mehr als 1.000 Container  | up_to
            Es waren rund 1.000 Container.                 | rund 1.000 Container            | approx
            Es waren etwa 1.000 Container.                 | etwa 1.000 Container            | approx
            Es waren circa 1.000 Container.                | circa 1.000 Container           | approx
            Es waren ca. 1.000 Container.                  | ca. 1.000 Container             | approx
            Es waren ungefähr 1.000 Container.             | ungefähr 1.000 Container        | approx
            Es waren schätzungsweise 1.000 Container.      | schätzungsweise 1.000 Container | approx
            Es waren knapp 1.000 Container.                | knapp 1.000 Container           | less_than
            Es waren fast 1.000 Container.                 | fast 1.000 Container            | less_than
            Es waren beinahe 1.000 Container.              | beinahe 1.000 Container         | less_than
            Es waren nahezu 1.000 Container.               | nahezu 1.000 Container          | less_than
            Es waren weniger als 1.000 Container.          | weniger als 1.000 Container     | less_than
            Es waren unter 1.000 Container.                | unter 1.000 Container           | less_than
            Es waren 1.000 Container.                      | 1.000 Container                 | exact
            Mehr als 1.000 Container kamen an.             | Mehr als 1.000 Container        | more_than
            """)
    void bounds(String sentence, String text, String qualifier) {
        Found.check(sentence, DE, text, 1000, "container", qualifier);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            Die Armee erhielt 40 Container.              | 40 Container             | container
            Die Armee erhielt 40 Containerladungen.      | 40 Containerladungen     | container
            Die Armee erhielt 40 Schiffscontainer.       | 40 Schiffscontainer      | container
            Die Armee erhielt 40 Granaten.               | 40 Granaten              | shell
            Die Armee erhielt 40 Artilleriegranaten.     | 40 Artilleriegranaten    | shell
            Die Armee erhielt 40 Geschosse.              | 40 Geschosse             | shell
            Die Armee erhielt 40 Artilleriegeschosse.    | 40 Artilleriegeschosse   | shell
            Die Armee erhielt 40 Schuss.                 | 40 Schuss                | round
            Die Armee erhielt 40 Raketen.                | 40 Raketen               | missile
            Die Armee erhielt 40 Marschflugkörper.       | 40 Marschflugkörper      | missile
            Die Armee erhielt 40 Artillerieraketen.      | 40 Artillerieraketen     | rocket
            Die Armee erhielt 40 Tonnen.                 | 40 Tonnen                | ton
            Die Armee erhielt 40 Waggons.                | 40 Waggons               | wagon
            Die Armee erhielt 40 Güterwagen.             | 40 Güterwagen            | wagon
            Die Armee erhielt 40 Panzer.                 | 40 Panzer                | tank
            Die Armee erhielt 40 Fahrzeuge.              | 40 Fahrzeuge             | vehicle
            Die Armee erhielt 40 Drohnen.                | 40 Drohnen               | drone
            Die Armee erhielt 40 Soldaten.               | 40 Soldaten              | soldier
            Die Armee erhielt 40 Schiffe.                | 40 Schiffe               | ship
            Die Armee erhielt 40 Barrel.                 | 40 Barrel                | barrel
            Die Armee erhielt 40 Züge.                   | 40 Züge                  | train
            Die Armee erhielt 40 Lkw.                    | 40 Lkw                   | truck
            Die Armee erhielt 40 Lastwagen.              | 40 Lastwagen             | truck
            Die Armee erhielt 40 Haubitzen.              | 40 Haubitzen             | howitzer
            Die Armee schickte 40 Mann.                  | 40 Mann                  | soldier
            Man sah es bei 40 Containern.                | 40 Containern            | container
            Man sah es bei 40 Panzern.                   | 40 Panzern               | tank
            Man sah es bei 40 Fahrzeugen.                | 40 Fahrzeugen            | vehicle
            Man sah es bei 40 Schiffen.                  | 40 Schiffen              | ship
            Man sah es bei 40 Zügen.                     | 40 Zügen                 | train
            Man sah es bei 40 Geschossen.                | 40 Geschossen            | shell
            Man sah es bei 40 Kampfpanzern.              | 40 Kampfpanzern          | tank
            Man sah es bei 40 Militär-Lkw.               | 40 Militär-Lkw           | truck
            Man sah es bei 40 Shahed-Drohnen.            | 40 Shahed-Drohnen        | drone
            Man sah es bei 40 T-90-Panzern.              | 40 T-90-Panzern          | tank
            """)
    void unitNounsInAllCasesAndCompounds(String sentence, String text, String unit) {
        Found.check(sentence, DE, text, 40, unit, "exact");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            Es folgten 1.000 weitere Container.                        | 1.000 weitere Container                   | 1000    | container
            Es folgten 4,8 Millionen 152-mm-Granaten.                  | 4,8 Millionen 152-mm-Granaten             | 4800000 | shell
            Es folgten 300 nordkoreanische Raketen.                    | 300 nordkoreanische Raketen               | 300     | missile
            Es folgten 200 schwere gepanzerte Fahrzeuge.               | 200 schwere gepanzerte Fahrzeuge          | 200     | vehicle
            Es folgten 4 Millionen 152 mm Granaten.                    | 4 Millionen 152 mm Granaten               | 4000000 | shell
            Es folgten 50 Leopard-2-Panzer.                            | 50 Leopard-2-Panzer                       | 50      | tank
            Es folgten 12 Containerschiffe.                            | 12 Containerschiffe                       | 12      | ship
            """)
    void adjectivesAndNamesBetweenNumberAndUnit(String sentence, String text, double value, String unit) {
        Found.check(sentence, DE, text, value, unit, "exact");
    }

    @Test
    void containerWithContents() {
        Quantity q = Found.only("Nordkorea schickte 1.000 Container mit Munition.", DE);
        assertThat(q.text()).isEqualTo("1.000 Container");
        assertThat(q.unit()).isEqualTo("container");

        var both = Found.all("Es kamen 1.000 Container mit 4,8 Millionen Granaten an.", DE);
        assertThat(both).extracting(Quantity::text).containsExactly("1.000 Container", "4,8 Millionen Granaten");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Es seien Dutzende Panzer gewesen.                | Dutzende Panzer               | 24      | tank
            Es seien Hunderte Waggons gewesen.               | Hunderte Waggons              | 200     | wagon
            Es seien Tausende Tonnen gewesen.                | Tausende Tonnen               | 2000    | ton
            Es seien Tausende von Granaten gewesen.          | Tausende von Granaten         | 2000    | shell
            Es seien Zehntausende Soldaten gewesen.          | Zehntausende Soldaten         | 20000   | soldier
            Es seien Hunderttausende Geschosse gewesen.      | Hunderttausende Geschosse     | 200000  | shell
            Es seien Millionen Schuss gewesen.               | Millionen Schuss              | 2000000 | round
            Es seien mehrere Züge gewesen.                   | mehrere Züge                  | 2       | train
            Es seien einige Schiffe gewesen.                 | einige Schiffe                | 2       | ship
            Es seien mehrere hundert Drohnen gewesen.        | mehrere hundert Drohnen       | 200     | drone
            Es seien einige Tausend Soldaten gewesen.        | einige Tausend Soldaten       | 2000    | soldier
            Es seien ein paar Dutzend Lkw gewesen.           | ein paar Dutzend Lkw          | 24      | truck
            Sie sprachen von Hunderten.                      | Hunderten                     | 200     | -
            """)
    void vagueWords(String sentence, String text, double value, String unit) {
        Quantity q = Found.check(sentence, DE, text, value, unit, "at_least");
        assertThat(q.vague()).isTrue();
        assertThat(q.hasValue()).isTrue();
    }

    @Test
    void largeAmountsHaveNoNumber() {
        Quantity q = Found.the("Es wurden große Mengen an Artilleriegranaten verladen.", DE,
                "große Mengen an Artilleriegranaten");
        assertThat(q.vague()).isTrue();
        assertThat(q.hasValue()).isFalse();
        assertThat(q.value()).isNaN();
        assertThat(q.unit()).isEqualTo("shell");
        assertThat(q.qualifier()).isEqualTo(Qualifier.AT_LEAST);

        Quantity m = Found.only("Sie lieferten große Mengen an Munition.", DE);
        assertThat(m.text()).isEqualTo("große Mengen");
        assertThat(m.unit()).isNull();
    }

    @Test
    void vagueQuantifiersNeedAUnitNoun() {
        assertThat(Found.all("Mehrere Länder und einige Experten widersprachen.", DE)).isEmpty();
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Es sollen zwischen 2 und 4 Millionen Granaten sein.   | zwischen 2 und 4 Millionen Granaten   | 2000000 | 4000000 | shell     | exact
            Es sollen 2 bis 4 Millionen Granaten sein.            | 2 bis 4 Millionen Granaten            | 2000000 | 4000000 | shell     | exact
            Es sollen 2–4 Millionen Granaten sein.                | 2–4 Millionen Granaten                | 2000000 | 4000000 | shell     | exact
            Es sollen zwischen 100 und 200 Panzer sein.           | zwischen 100 und 200 Panzer           | 100     | 200     | tank      | exact
            Es sollen von 100 bis 200 Panzer sein.                | von 100 bis 200 Panzer                | 100     | 200     | tank      | exact
            Es sollen 10.000 bis 12.000 Soldaten sein.            | 10.000 bis 12.000 Soldaten            | 10000   | 12000   | soldier   | exact
            Es sollen zwei bis drei Millionen Schuss sein.        | zwei bis drei Millionen Schuss        | 2000000 | 3000000 | round     | exact
            Es sollen zwei oder drei Schiffe sein.                | zwei oder drei Schiffe                | 2       | 3       | ship      | exact
            Es sollen ein bis zwei Dutzend Panzer sein.           | ein bis zwei Dutzend Panzer           | 12      | 24      | tank      | exact
            Es sollen rund 2 bis 4 Millionen Granaten sein.       | rund 2 bis 4 Millionen Granaten       | 2000000 | 4000000 | shell     | approx
            Es sollen 500 bis 2 Millionen Granaten sein.          | 500 bis 2 Millionen Granaten          | 500     | 2000000 | shell     | exact
            Die Preise stiegen um 10 bis 20 Prozent.              | 10 bis 20 Prozent                     | 10      | 20      | percent   | exact
            """)
    void ranges(String sentence, String text, double low, double high, String unit, String qualifier) {
        Quantity q = Found.check(sentence, DE, text, low, unit, qualifier);
        assertThat(q.isRange()).isTrue();
        assertThat(q.high()).isEqualTo(high);
    }

    @Test
    void aChangeIsNotARange() {
        var found = Found.all("Die Zahl stieg von 100 auf 200 Panzer.", DE);
        assertThat(found).extracting(Quantity::text).containsExactly("100", "200 Panzer");
        assertThat(found).noneMatch(Quantity::isRange);
    }

    @Test
    void aFallingRangeIsTwoNumbers() {
        assertThat(Found.all("Es waren 200 bis 100 Panzer.", DE)).noneMatch(Quantity::isRange);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            Der Anteil lag bei 5 Prozent.                        | 5 Prozent                 | 5          | percent      | PERCENT
            Der Anteil lag bei 5 %.                              | 5 %                       | 5          | percent      | PERCENT
            Der Anteil lag bei 5%.                               | 5%                        | 5          | percent      | PERCENT
            Der Wert lag bei 1,5 Milliarden Euro.                | 1,5 Milliarden Euro       | 1.5E9      | eur          | MONEY
            Der Wert lag bei 2 Mio. Dollar.                      | 2 Mio. Dollar             | 2000000    | usd          | MONEY
            Der Wert lag bei 300 Millionen US-Dollar.            | 300 Millionen US-Dollar   | 3.0E8      | usd          | MONEY
            Der Wert lag bei 40 €.                               | 40 €                      | 40         | eur          | MONEY
            Die Rakete flog 690 Kilometer weit.                  | 690 Kilometer             | 690        | kilometer    | DISTANCE
            Die Rakete flog 690 km weit.                         | 690 km                    | 690        | kilometer    | DISTANCE
            Das Kaliber beträgt 152 mm.                          | 152 mm                    | 152        | millimeter   | CALIBRE
            Gesucht sind 152-mm-Granaten.                        | 152-mm                    | 152        | millimeter   | CALIBRE
            Gesucht sind 122mm-Raketen.                          | 122mm                     | 122        | millimeter   | CALIBRE
            Die Waffenruhe hält seit 70 Jahren.                  | 70 Jahren                 | 70         | year         | DURATION
            """)
    void unitsThatAreNotAmounts(String sentence, String text, double value, String unit, QuantityKind kind) {
        Quantity q = Found.check(sentence, DE, text, value, unit, "exact");
        assertThat(q.kind()).isEqualTo(kind);
        assertThat(q.isAmount()).isFalse();
    }

    @Test
    void aCalibreIsNotTheCount() {
        Quantity q = Found.only("Geliefert wurden 4,8 Millionen 152-mm-Granaten.", DE);
        assertThat(q.value()).isEqualTo(4_800_000.0);
        assertThat(q.unit()).isEqualTo("shell");
        assertThat(q.kind()).isEqualTo(QuantityKind.COUNT);
    }

    @Test
    void aYearBeforeGoodsIsACountOnlyOutsideAYearPhrase() {
        assertThat(Found.only("Es kamen 2000 Soldaten.", DE).unit()).isEqualTo("soldier");
        assertThat(Found.all("Im Jahr 2000 Soldaten zu schicken, war neu.", DE)).isEmpty();
        assertThat(Found.only("Es kamen mehr als 2000 an.", DE).value()).isEqualTo(2000.0);
    }
}
