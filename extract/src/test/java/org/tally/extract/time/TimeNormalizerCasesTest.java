package org.tally.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tally.extract.time.TimeExpression.Kind;
import org.tally.extract.time.TimeExpression.Part;

/**
 * One sentence, one expression: each sentence (written for these tests) must give exactly the expected
 * expression and nothing else, so a false date elsewhere in the sentence fails the case too.
 */
class TimeNormalizerCasesTest {

    private static final TimeNormalizer TIME = new TimeNormalizer();

    /**
     * lang | reference | sentence | extent | kind | start | finish | flags. The finish "open" is an open range
     * (null). Flags: part (START, MID, END), fuzzy, abs (not relative); without "abs" the value must be relative.
     */
    static final String CASES = """
            # ---- German, absolute
            de|2023-10-13|Die Fregatte lief am 13. Oktober 2023 aus Kiel aus.|13. Oktober 2023|DATE|2023-10-13|2023-10-13|abs
            de|2023-10-13|Der Vertrag wurde am 13.10.2023 unterzeichnet.|13.10.2023|DATE|2023-10-13|2023-10-13|abs
            de|2023-10-13|Laut Zollakte traf die Ladung am 13. Okt. 2023 in Bremerhaven ein.|13. Okt. 2023|DATE|2023-10-13|2023-10-13|abs
            de|2023-10-13|Die Genehmigung stammt aus dem Oktober 2023.|Oktober 2023|DATE|2023-10|2023-10|abs
            de|2023-10-13|Im Oktober 2023 verließ der Frachter den Hafen.|Oktober 2023|DATE|2023-10|2023-10|abs
            de|2023-10-13|Das Ministerium prüfte die Anträge 2023.|2023|DATE|2023|2023|abs
            de|2023-10-13|Im Jahr 2023 stiegen die Ausfuhren deutlich.|Jahr 2023|DATE|2023|2023|abs
            de|2023-10-13|Deutschland genehmigte 2019 Exporte in die Region.|2019|DATE|2019|2019|abs
            de|2023-10-13|2022 lieferte das Werk keine Munition.|2022|DATE|2022|2022|abs
            de|2023-10-13|Seit 2011 liefert das Werk Munition an die Armee.|Seit 2011|RANGE|2011|open|abs
            de|2023-10-13|In den 1950er Jahren baute die Werft Minensucher.|1950er Jahren|RANGE|1950|1959|abs
            de|2023-10-13|In den Fünfzigerjahren baute die Werft Minensucher.|Fünfzigerjahren|RANGE|1950|1959|abs
            de|2023-10-13|Mitte der 1990er Jahre wurden die Boote verkauft.|Mitte der 1990er Jahre|RANGE|1990|1999|abs MID
            de|2023-10-13|Ende Juli legte das Schiff in Tartus an.|Ende Juli|DATE|2023-07|2023-07|END
            de|2023-10-13|Anfang 2024 sollen weitere Haubitzen folgen.|Anfang 2024|DATE|2024|2024|abs START
            de|2023-10-13|Mitte März meldete die Behörde den Verstoß.|Mitte März|DATE|2023-03|2023-03|MID
            de|2023-10-13|Ende Juli 2022 legte das Schiff in Tartus an.|Ende Juli 2022|DATE|2022-07|2022-07|abs END
            de|2023-10-13|Im ersten Quartal 2023 sanken die Ausfuhren.|ersten Quartal 2023|RANGE|2023-01|2023-03|abs
            de|2023-10-13|Im Winter 2022/23 ruhte der Verkehr am Hafen.|Winter 2022/23|RANGE|2022-12|2023-02|abs
            de|2023-10-13|Im Sommer 2022 wurden die Kisten umgeladen.|Sommer 2022|RANGE|2022-06|2022-08|abs
            de|2023-10-13|Seit dem 24. Februar 2022 gilt das Embargo.|Seit dem 24. Februar 2022|RANGE|2022-02-24|open|abs
            # ---- German, month or day without a year
            de|2023-10-13|Im September kamen drei Transporte an.|September|DATE|2023-09|2023-09|
            de|2023-10-13|Am 15. August wurde der Container geöffnet.|15. August|DATE|2023-08-15|2023-08-15|
            de|2023-10-13|Am Freitag (4. August) erreichte der Zug die Grenze.|Freitag (4. August)|DATE|2023-08-04|2023-08-04|
            de|2023-10-13|Am 13.10. legte der Frachter ab.|13.10.|DATE|2023-10-13|2023-10-13|
            de|2023-10-13|Im Dezember lieferte die Firma Granaten.|Dezember|DATE|2022-12|2022-12|
            de|2023-10-13|Im Dezember sollen die Haubitzen geliefert werden.|Dezember|DATE|2023-12|2023-12|
            de|2023-10-13|Im November wurde das Lager geräumt.|November|DATE|2023-11|2023-11|
            de|2024-01-10|Im Winter stockte der Nachschub.|Winter|RANGE|2023-12|2024-02|
            # ---- German, ranges
            de|2023-10-13|Zwischen dem 7. September und 1. Oktober zählten Beobachter 40 Lastwagen.|Zwischen dem 7. September und 1. Oktober|RANGE|2023-09-07|2023-10-01|
            de|2023-10-13|Vom 10. bis 13. September lag das Schiff vor Anker.|Vom 10. bis 13. September|RANGE|2023-09-10|2023-09-13|
            de|2023-10-13|Von 10. bis 13. September ruhte der Verkehr.|Von 10. bis 13. September|RANGE|2023-09-10|2023-09-13|
            de|2023-10-13|Die Übung fand 10.–13. September statt.|10.–13. September|RANGE|2023-09-10|2023-09-13|
            de|2023-10-13|Zwischen 1950 und 1953 wurden Geschütze verschifft.|Zwischen 1950 und 1953|RANGE|1950|1953|abs
            de|2023-10-13|Von 2014 bis 2022 stiegen die Lieferungen.|Von 2014 bis 2022|RANGE|2014|2022|abs
            de|2023-10-13|Der Vertrag lief 2014–2022.|2014–2022|RANGE|2014|2022|abs
            de|2024-01-10|Vom 20. Dezember bis 3. Januar ruhte der Hafen.|Vom 20. Dezember bis 3. Januar|RANGE|2023-12-20|2024-01-03|
            de|2023-10-13|Zwischen Juli und September landeten zwölf Maschinen.|Zwischen Juli und September|RANGE|2023-07|2023-09|
            de|2023-10-13|Vom 10. September bis zum 1. Oktober 2022 galt die Sperre.|Vom 10. September bis zum 1. Oktober 2022|RANGE|2022-09-10|2022-10-01|abs
            # ---- German, relative
            de|2023-10-13|Vergangene Woche landeten zwei Frachtflugzeuge.|Vergangene Woche|RANGE|2023-10-02|2023-10-08|
            de|2023-10-13|Letzte Woche landeten zwei Frachtflugzeuge.|Letzte Woche|RANGE|2023-10-02|2023-10-08|
            de|2023-10-13|Vorige Woche landeten zwei Frachtflugzeuge.|Vorige Woche|RANGE|2023-10-02|2023-10-08|
            de|2023-10-13|In der vergangenen Woche landeten zwei Frachtflugzeuge.|vergangenen Woche|RANGE|2023-10-02|2023-10-08|
            de|2023-10-13|Vergangenen Monat stoppte der Zoll einen Lastwagen.|Vergangenen Monat|DATE|2023-09|2023-09|
            de|2023-10-13|Letztes Jahr stoppte der Zoll einen Lastwagen.|Letztes Jahr|DATE|2022|2022|
            de|2023-10-13|Im Vorjahr stoppte der Zoll einen Lastwagen.|Vorjahr|DATE|2022|2022|
            de|2023-10-13|Im vergangenen September stoppte der Zoll einen Lastwagen.|vergangenen September|DATE|2023-09|2023-09|
            de|2023-09-20|Im vergangenen September stoppte der Zoll einen Lastwagen.|vergangenen September|DATE|2022-09|2022-09|
            de|2023-10-13|Vor Wochen hatte der Hersteller den Auftrag bestätigt.|Vor Wochen|RANGE|2023-08|2023-09|fuzzy
            de|2023-10-13|Vor zwei Wochen traf die Lieferung ein.|Vor zwei Wochen|RANGE|2023-09-25|2023-10-01|
            de|2023-10-13|Vor einigen Tagen meldete die Küstenwache ein Schiff.|Vor einigen Tagen|RANGE|2023-10-04|2023-10-11|fuzzy
            de|2023-10-13|Vor drei Tagen meldete die Küstenwache ein Schiff.|Vor drei Tagen|DATE|2023-10-10|2023-10-10|
            de|2023-10-13|Vor rund zwei Jahren begann der Handel.|Vor rund zwei Jahren|DATE|2021|2021|fuzzy
            de|2023-10-13|Vor 70 Jahren endeten die Kämpfe.|Vor 70 Jahren|DATE|1953|1953|
            de|2023-10-13|Kürzlich tauchten Fotos der Raketen auf.|Kürzlich|RANGE|2023-09|2023-10|fuzzy
            de|2023-10-13|Das Ministerium hat jüngst die Ausfuhr bestätigt.|jüngst|RANGE|2023-09|2023-10|fuzzy
            de|2023-10-13|Heute legt der Frachter ab.|Heute|DATE|2023-10-13|2023-10-13|
            de|2023-10-13|Gestern legte der Frachter ab.|Gestern|DATE|2023-10-12|2023-10-12|
            de|2023-10-13|Die Zollbehörde entscheidet morgen über die Ladung.|morgen|DATE|2023-10-14|2023-10-14|
            de|2023-10-13|Gestern Abend legte der Frachter ab.|Gestern Abend|DATE|2023-10-12|2023-10-12|
            de|2023-10-13|Am Montag verließ der Konvoi die Stadt.|Montag|DATE|2023-10-09|2023-10-09|
            de|2023-10-13|Am Dienstag verließ der Konvoi die Stadt.|Dienstag|DATE|2023-10-10|2023-10-10|
            de|2023-10-13|Am Dienstagabend verließ der Konvoi die Stadt.|Dienstagabend|DATE|2023-10-10|2023-10-10|
            de|2023-10-11|Am Freitag traf der Konvoi ein.|Freitag|DATE|2023-10-06|2023-10-06|
            de|2023-10-11|Am Freitag soll der Konvoi eintreffen.|Freitag|DATE|2023-10-13|2023-10-13|
            de|2023-10-09|Letzten Montag verließ der Konvoi die Stadt.|Letzten Montag|DATE|2023-10-02|2023-10-02|
            de|2023-10-09|Kommenden Montag soll der Konvoi die Stadt verlassen.|Kommenden Montag|DATE|2023-10-16|2023-10-16|
            de|2023-10-13|Diese Woche prüft der Ausschuss den Antrag.|Diese Woche|RANGE|2023-10-09|2023-10-15|
            de|2023-10-13|Nächste Woche prüft der Ausschuss den Antrag.|Nächste Woche|RANGE|2023-10-16|2023-10-22|
            de|2023-10-13|Vergangenes Wochenende ruhte die Verladung.|Vergangenes Wochenende|RANGE|2023-10-07|2023-10-08|
            de|2023-10-13|In den kommenden Tagen soll die Ladung gelöscht werden.|kommenden Tagen|RANGE|2023-10-14|2023-10-20|fuzzy
            de|2023-10-13|In den kommenden Wochen sollen weitere Panzer folgen.|kommenden Wochen|RANGE|2023-10|2023-11|fuzzy
            de|2023-10-13|In den vergangenen drei Jahren verdoppelten sich die Ausfuhren.|vergangenen drei Jahren|RANGE|2020|2023|
            de|2023-10-13|Seit letztem Jahr ruht der Handel.|Seit letztem Jahr|RANGE|2022|open|
            de|2023-10-13|Seit zwei Jahren ruht der Handel.|Seit zwei Jahren|RANGE|2021|open|
            de|2023-10-13|Seit Wochen ruht der Handel.|Seit Wochen|RANGE|2023-08|open|fuzzy
            de|2023-10-13|Ende letzten Jahres wurde der Vertrag verlängert.|Ende letzten Jahres|DATE|2022|2022|END
            de|2023-10-13|Anfang des Jahres wurde der Vertrag verlängert.|Anfang des Jahres|DATE|2023|2023|START
            de|2023-10-13|Bis zum Jahresende soll der Vertrag verlängert werden.|Jahresende|DATE|2023|2023|END
            de|2023-10-13|Im September letzten Jahres wurde der Vertrag verlängert.|September letzten Jahres|DATE|2022-09|2022-09|
            de|2023-10-13|Im letzten Quartal sanken die Ausfuhren.|letzten Quartal|RANGE|2023-07|2023-09|
            # ---- English, absolute
            en|2023-10-13|The frigate sailed on 13 October 2023 from Kiel.|13 October 2023|DATE|2023-10-13|2023-10-13|abs
            en|2023-10-13|The contract was signed October 13, 2023, in Ankara.|October 13, 2023|DATE|2023-10-13|2023-10-13|abs
            en|2023-10-13|Customs logged the crates on Oct. 13 at the port.|Oct. 13|DATE|2023-10-13|2023-10-13|
            en|2023-10-13|In October the convoy crossed the border.|October|DATE|2023-10|2023-10|
            en|2023-10-13|Exports doubled in 2023 after the ban.|2023|DATE|2023|2023|abs
            en|2023-10-13|The 2022 invasion changed the arms trade.|2022|DATE|2022|2022|abs
            en|2023-10-13|The yard built minesweepers in the 1950s.|1950s|RANGE|1950|1959|abs
            en|2023-10-13|The boats were sold in the mid-1990s.|mid-1990s|RANGE|1990|1999|abs MID
            en|2023-10-13|The ship docked in late July at the quay.|late July|DATE|2023-07|2023-07|END
            en|2023-10-13|More howitzers are due in early 2024.|early 2024|DATE|2024|2024|abs START
            en|2023-10-13|Officials flagged the breach in mid-March.|mid-March|DATE|2023-03|2023-03|MID
            en|2023-10-13|Deliveries resumed at the end of July.|the end of July|DATE|2023-07|2023-07|END
            en|2023-10-13|Since 2014 the plant has shipped shells.|Since 2014|RANGE|2014|open|abs
            en|2023-10-13|Exports fell in the first half of 2022.|first half of 2022|RANGE|2022-01|2022-06|abs
            en|2023-10-13|Exports fell in Q3 2023.|Q3 2023|RANGE|2023-07|2023-09|abs
            en|2023-10-13|The crates were counted in the summer of 2022.|summer of 2022|RANGE|2022-06|2022-08|abs
            en|2023-10-13|The permit is dated 10/13/2023 in the file.|10/13/2023|DATE|2023-10-13|2023-10-13|abs
            # ---- English, month or day without a year
            en|2023-10-13|On 15 August the container was opened.|15 August|DATE|2023-08-15|2023-08-15|
            en|2023-10-13|On Friday, August 4, the train reached the border.|Friday, August 4|DATE|2023-08-04|2023-08-04|
            en|2023-10-13|The shipment arrived in December.|December|DATE|2022-12|2022-12|
            en|2023-10-13|The shipment will arrive in December.|December|DATE|2023-12|2023-12|
            # ---- English, ranges
            en|2023-10-13|Between 7 September and 1 October observers counted 40 trucks.|Between 7 September and 1 October|RANGE|2023-09-07|2023-10-01|
            en|2023-10-13|The ship lay at anchor from 10 to 13 September.|from 10 to 13 September|RANGE|2023-09-10|2023-09-13|
            en|2023-10-13|The exercise ran 10–13 September near the coast.|10–13 September|RANGE|2023-09-10|2023-09-13|
            en|2023-10-13|The border stayed shut September 7 to October 1.|September 7 to October 1|RANGE|2023-09-07|2023-10-01|
            en|2023-10-13|The border stayed shut September 10-13.|September 10-13|RANGE|2023-09-10|2023-09-13|
            en|2023-10-13|Guns were shipped between 1950 and 1953 by sea.|between 1950 and 1953|RANGE|1950|1953|abs
            en|2023-10-13|Deliveries rose from 2014 to 2022 in every region.|from 2014 to 2022|RANGE|2014|2022|abs
            # ---- English, relative
            en|2023-10-13|Last week two cargo planes landed.|Last week|RANGE|2023-10-02|2023-10-08|
            en|2023-10-13|Customs stopped a truck last month.|last month|DATE|2023-09|2023-09|
            en|2023-10-13|Customs stopped a truck last year.|last year|DATE|2022|2022|
            en|2023-09-20|Customs stopped a truck last September.|last September|DATE|2022-09|2022-09|
            en|2023-10-13|The delivery arrived two weeks ago.|two weeks ago|RANGE|2023-09-25|2023-10-01|
            en|2023-10-13|The delivery arrived a few days ago.|a few days ago|RANGE|2023-10-04|2023-10-11|fuzzy
            en|2023-10-13|The maker confirmed the order weeks ago.|weeks ago|RANGE|2023-08|2023-09|fuzzy
            en|2023-10-13|The trade began about two years ago.|about two years ago|DATE|2021|2021|fuzzy
            en|2023-10-13|The convoy left the city on Monday.|Monday|DATE|2023-10-09|2023-10-09|
            en|2023-10-13|On Monday Russia moved the convoy.|Monday|DATE|2023-10-09|2023-10-09|
            en|2023-10-13|Officials said Monday that the convoy had left.|Monday|DATE|2023-10-09|2023-10-09|
            en|2023-10-13|The committee reviews the request this week.|this week|RANGE|2023-10-09|2023-10-15|
            en|2023-10-13|The freighter sailed yesterday.|yesterday|DATE|2023-10-12|2023-10-12|
            en|2023-10-13|The freighter sails today.|today|DATE|2023-10-13|2023-10-13|
            en|2023-10-13|The freighter sailed last night.|last night|DATE|2023-10-12|2023-10-12|
            en|2023-10-13|The cargo will be unloaded in the coming days.|coming days|RANGE|2023-10-14|2023-10-20|fuzzy
            en|2023-10-13|More tanks are to follow in the coming weeks.|coming weeks|RANGE|2023-10|2023-11|fuzzy
            en|2023-10-13|The committee meets next month.|next month|DATE|2023-11|2023-11|
            en|2023-10-09|The convoy left last Monday.|last Monday|DATE|2023-10-02|2023-10-02|
            en|2023-10-09|The convoy leaves next Monday.|next Monday|DATE|2023-10-16|2023-10-16|
            en|2023-10-13|Exports doubled over the past three years.|past three years|RANGE|2020|2023|
            en|2023-10-13|Seizures rose in recent weeks.|recent weeks|RANGE|2023-09|2023-10|fuzzy
            en|2023-10-13|The ministry recently confirmed the export.|recently|RANGE|2023-09|2023-10|fuzzy
            en|2023-10-13|The deal was signed earlier this year.|earlier this year|RANGE|2023-01|2023-10|
            en|2023-10-13|The plant has been idle since last year.|since last year|RANGE|2022|open|
            en|2023-10-13|The contract was extended late last year.|late last year|DATE|2022|2022|END
            en|2023-10-13|Exports fell last summer.|last summer|RANGE|2023-06|2023-08|
            # ---- other languages: only the neutral patterns
            fr|2023-10-13|Le navire est parti le 13.10.2023 de Toulon.|13.10.2023|DATE|2023-10-13|2023-10-13|abs
            fr|2023-10-13|Les exportations ont doublé en 2022 selon le rapport.|2022|DATE|2022|2022|abs
            ru|2023-10-13|Документ от 2023-10-13 подписан.|2023-10-13|DATE|2023-10-13|2023-10-13|abs
            """;

    static Stream<Arguments> cases() {
        return CASES.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).map(l -> {
            String[] f = l.split("\\|", -1);
            return Arguments.of(f[0], LocalDate.parse(f[1]), f[2], f[3], Kind.valueOf(f[4]), f[5], f[6], f[7]);
        });
    }

    @ParameterizedTest(name = "[{index}] {0} {2}")
    @MethodSource("cases")
    void findsExactlyTheExpectedExpression(String lang, LocalDate ref, String sentence, String extent, Kind kind,
                                           String start, String finish, String flags) {
        List<String> f = Arrays.asList(flags.split(" "));
        List<TimeExpression> found = TIME.find(sentence, lang, ref);

        assertThat(found).as("expressions in: %s", sentence).hasSize(1);
        TimeExpression t = found.get(0);
        assertThat(t.text()).isEqualTo(extent);
        assertThat(sentence.substring(t.begin(), t.end())).isEqualTo(extent);
        assertThat(t.kind()).isEqualTo(kind);
        assertThat(t.start()).isEqualTo(start);
        assertThat(t.finish()).isEqualTo(finish.equals("open") ? null : finish);
        Part part = f.contains("START") ? Part.START : f.contains("MID") ? Part.MID
                : f.contains("END") ? Part.END : Part.NONE;
        assertThat(t.part()).isEqualTo(part);
        assertThat(t.fuzzy()).as("fuzzy").isEqualTo(f.contains("fuzzy"));
        assertThat(t.relative()).as("relative").isEqualTo(!f.contains("abs"));
    }
}
