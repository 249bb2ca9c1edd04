package org.tally.extract.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** English sentences written for these tests. */
class EnglishQuantityTest {

    private static final String EN = "en";

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            The port held 1,000 containers.                    | 1,000 containers                 | 1000      | container
            The firm loaded 7000 containers.                   | 7000 containers                  | 7000      | container
            Officials cited 4.8 million shells.                | 4.8 million shells               | 4800000   | shell
            The deal was worth 1.5bn.                          | 1.5bn                            | 1.5E9     | -
            They expect two million rounds.                    | two million rounds               | 2000000   | round
            They expect a million rockets.                     | a million rockets                | 1000000   | rocket
            They expect a dozen tanks.                         | a dozen tanks                    | 12        | tank
            They expect two dozen drones.                      | two dozen drones                 | 24        | drone
            They expect ten trucks.                            | ten trucks                       | 10        | truck
            They expect twenty-five trucks.                    | twenty-five trucks               | 25        | truck
            They expect two hundred and fifty tanks.           | two hundred and fifty tanks      | 250       | tank
            They expect three thousand troops.                 | three thousand troops            | 3000      | soldier
            They expect one and a half million shells.         | one and a half million shells    | 1500000   | shell
            They expect half a million rounds.                 | half a million rounds            | 500000    | round
            They expect a hundred drones.                      | a hundred drones                 | 100       | drone
            They expect 10k troops.                            | 10k troops                       | 10000     | soldier
            They expect 3 mln rounds.                          | 3 mln rounds                     | 3000000   | round
            They expect 2.5m shells.                           | 2.5m shells                      | 2500000   | shell
            They expect one tank.                              | one tank                         | 1         | tank
            """)
    void numerals(String sentence, String text, double value, String unit) {
        Found.check(sentence, EN, text, value, unit, "exact");
    }

    @Test
    void englishReadsEnglishSeparators() {
        // in an English sentence "1.000" is one, not a thousand
        assertThat(Found.only("They shipped 1.000 tons.", EN).value()).isEqualTo(1.0);
        assertThat(Found.only("They shipped 1,000 tons.", EN).value()).isEqualTo(1000.0);
        assertThat(Found.only("They shipped 1,000.5 tons.", EN).value()).isEqualTo(1000.5);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            There were more than 2,000 trucks.          | more than 2,000 trucks          | more_than
            There were over 2,000 trucks.               | over 2,000 trucks               | more_than
            There were well over 2,000 trucks.          | well over 2,000 trucks          | more_than
            There were in excess of 2,000 trucks.       | in excess of 2,000 trucks       | more_than
            There were at least 2,000 trucks.           | at least 2,000 trucks           | at_least
            There were no fewer than 2,000 trucks.      | no fewer than 2,000 trucks      | at_least
            There were up to 2,000 trucks.              | up to 2,000 trucks              | up_to
            There were as many as 2,000 trucks.         | as many as 2,000 trucks         | up_to
            There were no more than 2,000 trucks.       | no more than 2,000 trucks       | up_to
            There were about 2,000 trucks.              | about 2,000 trucks              | approx
            There were around 2,000 trucks.             | around 2,000 trucks             | approx
            There were roughly 2,000 trucks.            | roughly 2,000 trucks            | approx
            There were approximately 2,000 trucks.      | approximately 2,000 trucks      | approx
            There were some 2,000 trucks.               | some 2,000 trucks               | approx
            There were an estimated 2,000 trucks.       | an estimated 2,000 trucks       | approx
            There were nearly 2,000 trucks.             | nearly 2,000 trucks             | less_than
            There were almost 2,000 trucks.             | almost 2,000 trucks             | less_than
            There were fewer than 2,000 trucks.         | fewer than 2,000 trucks         | less_than
            There were less than 2,000 trucks.          | less than 2,000 trucks          | less_than
            There were under 2,000 trucks.              | under 2,000 trucks              | less_than
            There were 2,000 trucks.                    | 2,000 trucks                    | exact
            """)
    void bounds(String sentence, String text, String qualifier) {
        Found.check(sentence, EN, text, 2000, "truck", qualifier);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            The army got 30 containers.            | 30 containers          | container
            The army got 30 container loads.       | 30 container loads     | container
            The army got 30 shells.                | 30 shells              | shell
            The army got 30 artillery shells.      | 30 artillery shells    | shell
            The army got 30 rounds.                | 30 rounds              | round
            The army got 30 missiles.              | 30 missiles            | missile
            The army got 30 rockets.               | 30 rockets             | rocket
            The army got 30 tonnes.                | 30 tonnes              | ton
            The army got 30 tons.                  | 30 tons                | ton
            The army got 30 metric tons.           | 30 metric tons         | ton
            The army got 30 wagons.                | 30 wagons              | wagon
            The army got 30 railcars.              | 30 railcars            | wagon
            The army got 30 rail cars.             | 30 rail cars           | wagon
            The army got 30 tanks.                 | 30 tanks               | tank
            The army got 30 vehicles.              | 30 vehicles            | vehicle
            The army got 30 drones.                | 30 drones              | drone
            The army got 30 troops.                | 30 troops              | soldier
            The army got 30 soldiers.              | 30 soldiers            | soldier
            The army got 30 ships.                 | 30 ships               | ship
            The army got 30 barrels.               | 30 barrels             | barrel
            The army got 30 trains.                | 30 trains              | train
            The army got 30 trucks.                | 30 trucks              | truck
            The army got 30 howitzers.             | 30 howitzers           | howitzer
            The army got 30 rocket launchers.      | 30 rocket launchers    | launcher
            The army got 30 tank shells.           | 30 tank shells         | shell
            The army got 30 air defence systems.   | 30 air defence systems | system
            """)
    void unitNouns(String sentence, String text, String unit) {
        Found.check(sentence, EN, text, 30, unit, "exact");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            It sent 7,000 shipping containers.                  | 7,000 shipping containers                | 7000    | container | exact
            It sent up to 4.8 million 152mm shells.             | up to 4.8 million 152mm shells           | 4800000 | shell     | up_to
            It sent 4 million 152 mm shells.                    | 4 million 152 mm shells                  | 4000000 | shell     | exact
            It sent 1,000 more containers.                      | 1,000 more containers                    | 1000    | container | exact
            It sent 300 North Korean missiles.                  | 300 North Korean missiles                | 300     | missile   | exact
            It sent 2,000 Shahed-136 drones.                    | 2,000 Shahed-136 drones                  | 2000    | drone     | exact
            It sent 50 Soviet-era T-72 tanks.                   | 50 Soviet-era T-72 tanks                 | 50      | tank      | exact
            """)
    void adjectivesAndNamesBetweenNumberAndUnit(String sentence, String text, double value, String unit,
                                                String qualifier) {
        Found.check(sentence, EN, text, value, unit, qualifier);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Witnesses saw dozens of tanks.                     | dozens of tanks                    | 24      | tank
            Witnesses saw hundreds of railcars.                | hundreds of railcars               | 200     | wagon
            Witnesses saw thousands of troops.                 | thousands of troops                | 2000    | soldier
            Witnesses saw tens of thousands of shells.         | tens of thousands of shells        | 20000   | shell
            Witnesses saw hundreds of thousands of rounds.     | hundreds of thousands of rounds    | 200000  | round
            Witnesses saw millions of rounds.                  | millions of rounds                 | 2000000 | round
            Witnesses saw several tanks.                       | several tanks                      | 2       | tank
            Witnesses saw a few drones.                        | a few drones                       | 2       | drone
            Witnesses saw several hundred drones.              | several hundred drones             | 200     | drone
            Witnesses saw a few thousand troops.               | a few thousand troops              | 2000    | soldier
            Witnesses saw hundreds.                            | hundreds                           | 200     | -
            """)
    void vagueWords(String sentence, String text, double value, String unit) {
        Quantity q = Found.check(sentence, EN, text, value, unit, "at_least");
        assertThat(q.vague()).isTrue();
    }

    @Test
    void largeQuantitiesHaveNoNumber() {
        Quantity q = Found.only("Russia received large quantities of shells.", EN);
        assertThat(q.text()).isEqualTo("large quantities of shells");
        assertThat(q.value()).isNaN();
        assertThat(q.vague()).isTrue();
        assertThat(q.unit()).isEqualTo("shell");

        assertThat(Found.only("Russia received large quantities of ammunition.", EN).text())
                .isEqualTo("large quantities");
    }

    @Test
    void vagueQuantifiersNeedAUnitNoun() {
        assertThat(Found.all("Several countries and many experts objected.", EN)).isEmpty();
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            They count between 100 and 200 trucks.           | between 100 and 200 trucks         | 100     | 200     | truck   | exact
            They count 2–4 million shells.                   | 2–4 million shells                 | 2000000 | 4000000 | shell   | exact
            They count 2-4 million shells.                   | 2-4 million shells                 | 2000000 | 4000000 | shell   | exact
            They count 2 to 4 million shells.                | 2 to 4 million shells              | 2000000 | 4000000 | shell   | exact
            They count from 100 to 200 trucks.               | from 100 to 200 trucks             | 100     | 200     | truck   | exact
            They count two to three million rounds.          | two to three million rounds        | 2000000 | 3000000 | round   | exact
            They count one or two ships.                     | one or two ships                   | 1       | 2       | ship    | exact
            They count up to 2-4 million shells.             | up to 2-4 million shells           | 2000000 | 4000000 | shell   | up_to
            Prices rose 10-15%.                              | 10-15%                             | 10      | 15      | percent | exact
            """)
    void ranges(String sentence, String text, double low, double high, String unit, String qualifier) {
        Quantity q = Found.check(sentence, EN, text, low, unit, qualifier);
        assertThat(q.high()).isEqualTo(high);
    }

    @Test
    void aChangeIsNotARange() {
        var found = Found.all("Deliveries rose from 100 to 200 vehicles.", EN);
        assertThat(found).extracting(Quantity::text).containsExactly("100", "200 vehicles");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            The deal was worth $1.5bn.                     | $1.5bn                    | 1.5E9      | usd          | MONEY
            The deal was worth US$ 2 million.              | US$ 2 million             | 2000000    | usd          | MONEY
            The deal was worth USD 4 million.              | USD 4 million             | 4000000    | usd          | MONEY
            The deal was worth €3m.                        | €3m                       | 3000000    | eur          | MONEY
            The deal was worth 1.5 billion dollars.        | 1.5 billion dollars       | 1.5E9      | usd          | MONEY
            The deal was worth $2 million to $4 million.   | $2 million to $4 million  | 2000000    | usd          | MONEY
            Failures reached 5%.                           | 5%                        | 5          | percent      | PERCENT
            Failures reached 5 percent.                    | 5 percent                 | 5          | percent      | PERCENT
            Failures reached 5 per cent.                   | 5 per cent                | 5          | percent      | PERCENT
            The missile flew 690 km.                       | 690 km                    | 690        | kilometer    | DISTANCE
            The missile flew 400 miles.                    | 400 miles                 | 400        | mile         | DISTANCE
            The gun fires 152mm rounds.                    | 152mm                     | 152        | millimeter   | CALIBRE
            The gun has a 152 mm barrel.                   | 152 mm                    | 152        | millimeter   | CALIBRE
            The truce has held for 70 years.               | 70 years                  | 70         | year         | DURATION
            The ship was 100m long.                        | 100m                      | 100        | meter        | DISTANCE
            """)
    void unitsThatAreNotAmounts(String sentence, String text, double value, String unit, QuantityKind kind) {
        Quantity q = Found.check(sentence, EN, text, value, unit, "exact");
        assertThat(q.kind()).isEqualTo(kind);
        assertThat(q.isAmount()).isFalse();
    }

    @Test
    void aSingularUnitAfterAPluralNumberIsACompoundModifier() {
        assertThat(Found.only("The plant built 500 tank engines.", EN).unit()).isNull();
        assertThat(Found.only("The plant built 500 tanks.", EN).unit()).isEqualTo("tank");
    }

    @Test
    void blockerPhrases() {
        assertThat(Found.only("Two think tanks disagreed.", EN).unit()).isNull();
        assertThat(Found.only("After 3 rounds of talks they agreed.", EN).unit()).isNull();
        assertThat(Found.only("They fired 3 rounds.", EN).unit()).isEqualTo("round");
    }
}
