package org.tally.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Numbers and words that look like dates but are not: each sentence must give no expression at all. */
class TimeNormalizerNegativeTest {

    private static final TimeNormalizer TIME = new TimeNormalizer();
    private static final LocalDate REF = LocalDate.of(2023, 10, 13);

    @ParameterizedTest(name = "[{index}] {0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            de|Im Hafen standen 1.000 Container.
            de|Der Schaden beträgt 4,8 Millionen Euro.
            de|Die Demarkationslinie folgt dem 38. Breitengrad.
            de|Zum 70. Jahrestag kamen viele Gäste.
            de|Die Sitzung beginnt um 14:30 Uhr.
            de|Die Sitzung beginnt um 14.30 Uhr.
            de|Der Ukraine-Krieg verändert die Lieferketten.
            de|Der 27. war ein ruhiger Tag für die Wachen.
            de|Bis zu 2000 Soldaten sind im Einsatz.
            de|Insgesamt 1500 Granaten wurden gefunden.
            de|Der 70-jährige Kapitän schwieg.
            de|Der Offizier ist 45 Jahre alt.
            de|Im Alter von 65 Jahren trat er zurück.
            de|Die Ladung kostete 2023 Euro.
            de|Die Reparatur kostete 1980 Dollar.
            de|August Hanning äußerte sich dazu nicht.
            de|Jan Weber leitet die Werft.
            de|Die Resolution 2087 verbietet solche Lieferungen.
            de|Die Demonstranten versammelten sich auf dem Maidan.
            de|In 2000 Fällen blieb die Prüfung ohne Ergebnis.
            de|Die Armee verfügt über 1200 Panzer.
            de|Die Regierung rückt in die politische Mitte.
            de|Am Ende des Tages zählt nur die Menge.
            de|Die Zahl stieg auf rund 2000.
            de|Der Schlepper zog 2000 Tonnen Schrott.
            de|Am nächsten Tag fuhr der Konvoi weiter.
            de|Die Winterreifen fehlten den Lastwagen.
            de|Die Heute-Sendung berichtete darüber.
            de|Die Kiste wog 12,5 Kilogramm.
            de|Die Firma lieferte 2000 Panzerfäuste.
            en|The port held 1,000 containers.
            en|About 2000 troops were deployed to the border.
            en|Of 1500 troops, 300 left the base.
            en|The damage was put at 4.8 million dollars.
            en|A 45-year-old captain was detained.
            en|The officer is 45 years old.
            en|Theresa May spoke to reporters.
            en|Troops may return to the base.
            en|They march to the border at dawn.
            en|The 27th was a quiet day for the guards.
            en|The line follows the 38th parallel.
            en|The 70th anniversary drew a crowd.
            en|The meeting starts at 14:30 GMT.
            en|Resolution 2087 bans such transfers.
            en|The repair cost $2023 in total.
            en|The permit number is 05/06/2023 in the file.
            en|Deliveries of 2000 shells were delayed.
            en|The next day the convoy moved on.
            en|The 2000 soldiers crossed the river.
            en|The rebels seized 1,500 rifles.
            de|Die Welt am Sonntag berichtete zuerst darüber.
            de|Seit dem Arabischen Frühling liefert das Land Waffen.
            de|Die Hotline 030 2023 1234 ist geschaltet.
            en|The Sunday Times reported the deal first.
            en|The Good Friday Agreement ended the fighting.
            en|The Arab Spring changed the arms market.
            en|Call 020 2023 4567 for details.
            fr|Le port comptait 2000 conteneurs.
            fr|Le navire transportait 1.000 caisses.
            """)
    void findsNothing(String lang, String sentence) {
        assertThat(TIME.find(sentence, lang, REF)).as(sentence).isEmpty();
    }
}
