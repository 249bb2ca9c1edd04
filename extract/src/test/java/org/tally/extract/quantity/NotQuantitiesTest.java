package org.tally.extract.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Numbers that are not quantities: years, dates, ordinals, clock times, model names, references. */
class NotQuantitiesTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            de | Das geschah 2023.
            de | Das geschah im Jahr 2023.
            de | Die Lieferungen begannen Mitte 2022.
            de | Der Vertrag gilt von 2022 bis 2025.
            de | Der Plan für 2022/23 steht.
            de | Die Gespräche liefen 2022-2023.
            de | Am 13. Oktober kam das Schiff.
            de | Am 7. September kam das Schiff.
            de | Am 13.10.2023 kam das Schiff.
            de | Bis zum 13.10. kam kein Schiff.
            de | Am 2023-10-13 kam das Schiff.
            de | Er kam im Oktober 2023 zurück.
            de | Zum 70. Jahrestag gab es eine Parade.
            de | Die Grenze liegt am 38. Breitengrad.
            de | Die 2. Armee rückte vor.
            de | Das Treffen begann um 14 Uhr.
            de | Das Treffen begann um 14.30 Uhr.
            de | Das Treffen begann um 14:30.
            de | Getestet wurden die KN-23 und die Hwasong-11.
            de | Russland setzt den T-90 ein.
            de | Die Haubitze M777 und das System 9K720 wurden gezeigt.
            de | Die Resolution 2270 verbietet das.
            de | Er verwies auf Nr. 5 der Liste.
            de | Der Leopard 2 ist ein Panzer.
            de | Es gab ein Zwei-Prozent-Ziel.
            de | Er ist ein 70-jähriger Veteran.
            de | Ein 5-Tonnen-Lkw fuhr vor.
            de | Ein Panzer und ein Schiff fuhren vorbei.
            de | Die deutsche Elf gewann.
            de | Mehrere Länder protestierten.
            de | Wie viele Panzer sind es?
            en | It happened in 2023.
            en | Deliveries started in mid-2022.
            en | The plan covers 2022/23.
            en | The ship arrived on 13 October.
            en | The ship arrived on October 13, 2023.
            en | The ship arrived on Sept. 12.
            en | The ship arrived on 2023-10-13.
            en | They marked the 70th anniversary.
            en | The border runs along the 38th parallel.
            en | The meeting began at 2 p.m.
            en | The meeting began at 2pm.
            en | The meeting began at 14:30.
            en | Pyongyang tested the KN-23 and the Hwasong-11.
            en | Russia fielded the T-90 and the Su-35.
            en | The M777 and the 9K720 were shown.
            en | Resolution 2270 bans it.
            en | He cited No. 5 on the list.
            en | It used 20-foot containers.
            en | A 70-year-old veteran spoke.
            en | A 1,000-strong unit moved.
            en | The 1990s were different.
            en | It was a two-day visit.
            en | A tank was seen.
            en | One of them spoke.
            en | Several countries protested.
            en | How many tanks are there?
            en | We may see more.
            """)
    void nothingIsFound(String language, String sentence) {
        assertThat(Found.all(sentence, language)).isEmpty();
    }

    @Test
    void theCountNextToADateIsKept() {
        String s = "Am 13. Oktober 2023 fuhren rund 300 Güterwagen über die Grenze.";
        assertThat(Found.all(s, "de")).extracting(Quantity::text).containsExactly("rund 300 Güterwagen");

        String e = "On October 13, 2023, at 2 p.m., some 300 railcars crossed the border.";
        assertThat(Found.all(e, "en")).extracting(Quantity::text).containsExactly("some 300 railcars");
    }

    @Test
    void theCountAfterAModelNameIsKept() {
        assertThat(Found.all("Die KN-23 trug 500 Kilogramm.", "de")).extracting(Quantity::text)
                .containsExactly("500 Kilogramm");
        assertThat(Found.all("Russia used 40 T-90 tanks.", "en")).extracting(Quantity::text)
                .containsExactly("40 T-90 tanks");
    }

    @Test
    void percentagesMoneyAndDistancesAreMarkedSoTheyCanBeIgnored() {
        var found = Found.all("Rund 5 Prozent der 1,5 Milliarden Euro flossen in 690 Kilometer Gleise.", "de");
        assertThat(found).extracting(Quantity::unit).containsExactly("percent", "eur", "kilometer");
        assertThat(found).noneMatch(Quantity::isAmount);
    }
}
