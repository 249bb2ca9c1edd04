package org.tally.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The loader on small files made here: merging, references, and the errors for malformed input. */
class LoaderTest {

    @TempDir
    Path dir;

    private static final String COUNTRIES = """
            id\tname\twikidata\tcapital\tde\ten\tadj_de\tsource
            KP\tNorth Korea\tQ423\tpyongyang\tNordkorea\tNorth Korea|DPRK\tnordkoreanisch\tWikidata
            RU\tRussia\tQ159\tmoscow\tRussland\tRussia\trussisch\tWikidata
            """;
    private static final String PLACES = """
            id\ttype\tkind\tname\twikidata\tcountry\tlat\tlon\tde\ten\tsource
            moscow\tplace\tcity\tMoscow\t\tRU\t55.75\t37.62\tMoskau\tMoscow\tWikipedia (en)
            pyongyang\tplace\tcity\tPyongyang\t\tKP\t39.03\t125.75\tPjöngjang\tPyongyang\tWikipedia (en)
            """;
    private static final String PERSONS = """
            id\tname\twikidata\tcountry\tde\tru\tsource
            andrei_belousov\tAndrei Belousov\t\tRU\tAndrej Beloussow\tАндрей Белоусов\tWikipedia (en)
            sergei_shoigu\tSergei Shoigu\t\tRU\tSchoigu\tШойгу\tWikipedia (en)
            """;
    private static final String OFFICES = """
            id\tcountry\tname\tde\tsource
            RU.defence_minister\tRU\tMinister of Defence of Russia\tVerteidigungsminister\tWikipedia (en)
            """;
    private static final String HOLDERS = """
            office\tperson\tstart\tend\tnote\tsource
            RU.defence_minister\tsergei_shoigu\t2012-11-06\t2024-05-12\t\tWikipedia (en)
            RU.defence_minister\tandrei_belousov\t2024-05-14\t\t\tWikipedia (en)
            """;

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    private List<Path> base() throws IOException {
        return new ArrayList<>(List.of(write("countries.tsv", COUNTRIES), write("places.tsv", PLACES),
                write("persons.tsv", PERSONS), write("offices.tsv", OFFICES),
                write("office_holders.tsv", HOLDERS)));
    }

    @Test
    void readsEntitiesOfficesAndHolders() throws IOException {
        KnowledgeBase kb = KnowledgeBase.loadOnly(base());
        KbEntity kp = kb.byId("KP").orElseThrow();
        assertThat(kp.type()).isEqualTo(EntityType.COUNTRY);
        assertThat(kp.wikidata()).isEqualTo("Q423");
        assertThat(kp.aliases("en")).containsExactly("North Korea", "DPRK");
        assertThat(kp.adjectives("de")).containsExactly("nordkoreanisch");
        assertThat(kp.attribute("capital")).contains("pyongyang");
        assertThat(kp.sources()).containsExactly("Wikidata");
        KbEntity moscow = kb.byId("moscow").orElseThrow();
        assertThat(moscow.lat()).isEqualTo(55.75);
        assertThat(moscow.kind()).isEqualTo("city");
        assertThat(moscow.wikidata()).isNull();
        assertThat(kb.byName("dprk")).containsExactly(kp);
        assertThat(kb.byName("  Moskau ")).containsExactly(moscow);
        assertThat(kb.office("RU.defence_minister").orElseThrow().titles("de"))
                .containsExactly("Verteidigungsminister");
    }

    @Test
    void holderOfFollowsTheDates() throws IOException {
        KnowledgeBase kb = KnowledgeBase.loadOnly(base());
        assertThat(kb.holderOf("RU.defence_minister", LocalDate.parse("2023-08-01")))
                .map(KbEntity::id).contains("sergei_shoigu");
        assertThat(kb.holderOf("RU.defence_minister", LocalDate.parse("2024-05-12")))
                .map(KbEntity::id).contains("sergei_shoigu");
        assertThat(kb.holderOf("RU.defence_minister", LocalDate.parse("2024-06-01")))
                .map(KbEntity::id).contains("andrei_belousov");
        assertThat(kb.holderOf("RU.defence_minister", LocalDate.parse("2010-01-01"))).isEmpty();
        assertThat(kb.holderOf("XX.nothing", LocalDate.parse("2024-06-01"))).isEmpty();
    }

    @Test
    void handoverDayGoesToTheNewHolder() throws IOException {
        List<Path> files = base();
        files.add(write("office_holders-extra.tsv", """
                office\tperson\tstart\tend
                RU.defence_minister\tandrei_belousov\t2030-01-01\t
                RU.defence_minister\tsergei_shoigu\t2020-01-01\t2030-01-01
                """));
        KnowledgeBase kb = KnowledgeBase.loadOnly(files);
        assertThat(kb.holderOf("RU.defence_minister", LocalDate.parse("2030-01-01")))
                .map(KbEntity::id).contains("andrei_belousov");
    }

    @Test
    void userFileAddsAnAliasAndAnEntity() throws IOException {
        List<Path> files = base();
        files.add(write("persons-mine.tsv", """
                id\tname\tcountry\tde\tfr\tsource
                sergei_shoigu\t\t\tSergej Schoigu\tChoïgou\tmy notes
                valery_gerasimov\tValery Gerasimov\tRU\tWaleri Gerassimow\t\tmy notes
                """));
        KnowledgeBase kb = KnowledgeBase.loadOnly(files);
        KbEntity shoigu = kb.byId("sergei_shoigu").orElseThrow();
        assertThat(shoigu.name()).isEqualTo("Sergei Shoigu");
        assertThat(shoigu.aliases("de")).containsExactly("Schoigu", "Sergej Schoigu");
        assertThat(shoigu.aliases("fr")).containsExactly("Choïgou");
        assertThat(shoigu.sources()).containsExactly("Wikipedia (en)", "my notes");
        assertThat(kb.byName("Choïgou")).containsExactly(shoigu);
        assertThat(kb.byId("valery_gerasimov")).isPresent();
    }

    @Test
    void userFileExtendsTheBundledKnowledgeBase() throws IOException {
        Path mine = write("places-mine.tsv", """
                id\ttype\tkind\tname\tcountry\tlat\tlon\tde\tsource
                rason\t\t\t\t\t\t\tRason-Stadt\tmy notes
                my_depot\tplace\tdepot\tMy Depot\tRU\t45.0\t40.0\t\tmy notes
                """);
        KnowledgeBase kb = KnowledgeBase.load(List.of(mine));
        assertThat(kb.byId("rason").orElseThrow().aliases("de")).contains("Rason-Stadt");
        assertThat(kb.byId("my_depot").orElseThrow().country()).isEqualTo("RU");
        assertThat(kb.entities()).hasSize(KnowledgeBase.bundled().entities().size() + 1);
    }

    @Test
    void userFileAddsTitlesToABundledOffice() throws IOException {
        Path mine = write("offices-mine.tsv", """
                id\tcountry\tname\tde
                RU.defence_minister\t\t\tRüstungschef
                """);
        Office office = KnowledgeBase.load(List.of(mine)).office("RU.defence_minister").orElseThrow();
        assertThat(office.titles("de")).contains("Verteidigungsminister", "Rüstungschef");
        assertThat(office.country()).isEqualTo("RU");
    }

    @Test
    void typeColumnLetsAnyFileNameHoldEntities() throws IOException {
        List<Path> files = base();
        files.add(write("extra.tsv", """
                id\ttype\tname\tcountry
                wagner_group\torganization\tWagner Group\tRU
                """));
        KnowledgeBase kb = KnowledgeBase.loadOnly(files);
        assertThat(kb.byId("wagner_group").orElseThrow().type()).isEqualTo(EntityType.ORGANIZATION);
    }

    // ---------------------------------------------------------------- malformed input

    private KbFormatException failure(String fileName, String content) throws IOException {
        List<Path> files = base();
        files.add(write(fileName, content));
        try {
            KnowledgeBase.loadOnly(files);
        } catch (KbFormatException e) {
            return e;
        }
        throw new AssertionError("no KbFormatException for " + fileName);
    }

    @Test
    void wrongNumberOfCells() throws IOException {
        KbFormatException e = failure("places-x.tsv", "id\tname\tcountry\n# comment\nx\tX\tRU\textra\n");
        assertThat(e.file()).endsWith("places-x.tsv");
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.column()).isEqualTo(4);
        assertThat(e.getMessage()).contains("places-x.tsv:3:4").contains("4 cells").contains("3 columns");
    }

    @Test
    void latitudeOutOfRange() throws IOException {
        KbFormatException e = failure("places-x.tsv", "id\tname\tcountry\tlat\tlon\nx\tX\tRU\t91.5\t10\n");
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.column()).isEqualTo(4);
        assertThat(e.problem()).contains("(lat)").contains("91.5");
    }

    @Test
    void latitudeNotANumber() throws IOException {
        assertThat(failure("places-x.tsv", "id\tname\tlat\tlon\nx\tX\tnorth\t10\n").problem())
                .contains("\"north\" is not a number");
    }

    @Test
    void badDate() throws IOException {
        KbFormatException e = failure("office_holders-x.tsv",
                "office\tperson\tstart\tend\nRU.defence_minister\tsergei_shoigu\t2012-13-01\t\n");
        assertThat(e.column()).isEqualTo(3);
        assertThat(e.problem()).contains("not an ISO date");
    }

    @Test
    void endBeforeStart() throws IOException {
        assertThat(failure("office_holders-x.tsv",
                "office\tperson\tstart\tend\nRU.defence_minister\tsergei_shoigu\t2012-01-01\t2011-01-01\n")
                .problem()).contains("before the start");
    }

    @Test
    void holderWhoIsNoPerson() throws IOException {
        KbFormatException e = failure("office_holders-x.tsv",
                "office\tperson\tstart\tend\nRU.defence_minister\tmoscow\t2012-01-01\t\n");
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.column()).isEqualTo(2);
        assertThat(e.problem()).contains("\"moscow\" is a place, not a person");
    }

    @Test
    void unknownOffice() throws IOException {
        assertThat(failure("office_holders-x.tsv",
                "office\tperson\tstart\tend\nRU.tsar\tsergei_shoigu\t2012-01-01\t\n").problem())
                .contains("no office has the id \"RU.tsar\"");
    }

    @Test
    void unknownCountry() throws IOException {
        assertThat(failure("persons-x.tsv", "id\tname\tcountry\nx\tX\tZZ\n").problem())
                .contains("no country has the id \"ZZ\"");
    }

    @Test
    void duplicateIdInOneFile() throws IOException {
        KbFormatException e = failure("persons-x.tsv", "id\tname\nx\tX\nx\tY\n");
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.problem()).contains("already appears on line 2");
    }

    @Test
    void sameIdAsAnotherType() throws IOException {
        assertThat(failure("persons-x.tsv", "id\tname\nmoscow\tMoscow\n").problem())
                .contains("already a place");
    }

    @Test
    void emptyNameOfNewEntity() throws IOException {
        assertThat(failure("persons-x.tsv", "id\tname\nnobody\t\n").problem()).contains("(name): is empty");
    }

    @Test
    void emptyAliasBetweenPipes() throws IOException {
        KbFormatException e = failure("persons-x.tsv", "id\tname\tde\nx\tX\ta||b\n");
        assertThat(e.column()).isEqualTo(3);
        assertThat(e.problem()).contains("empty value");
    }

    @Test
    void spacesAroundACell() throws IOException {
        assertThat(failure("persons-x.tsv", "id\tname\nx\tX \n").problem()).contains("spaces around it");
    }

    @Test
    void badWikidataAndCountryIds() throws IOException {
        assertThat(failure("persons-x.tsv", "id\tname\twikidata\nx\tX\t423\n").problem())
                .contains("not a Wikidata item id");
        assertThat(failure("countries-x.tsv", "id\tname\nkp\tX\n").problem())
                .contains("ISO 3166-1 alpha-2");
    }

    @Test
    void badHeader() throws IOException {
        assertThat(failure("persons-x.tsv", "id\tName\nx\tX\n").problem()).contains("\"Name\"");
        assertThat(failure("persons-x.tsv", "id\tname\tname\nx\tX\tY\n").problem()).contains("twice");
        assertThat(failure("persons-x.tsv", "name\nX\n").problem()).contains("no \"id\" column");
    }

    @Test
    void unknownFileKindAndType() throws IOException {
        assertThat(failure("stuff.tsv", "id\tname\nx\tX\n").problem()).contains("cannot tell");
        assertThat(failure("stuff.tsv", "id\ttype\tname\nx\tanimal\tX\n").problem())
                .contains("\"animal\" is not one of");
        assertThat(failure("persons-x.tsv", "id\ttype\tname\nx\tplace\tX\n").problem())
                .contains("in a file of person entities");
    }

    @Test
    void notUtf8() throws IOException {
        List<Path> files = base();
        Path p = dir.resolve("persons-latin1.tsv");
        Files.write(p, "id\tname\nx\tSch\u00f6n\n".getBytes(StandardCharsets.ISO_8859_1));
        files.add(p);
        assertThatThrownBy(() -> KnowledgeBase.loadOnly(files))
                .isInstanceOf(KbFormatException.class).hasMessageContaining("not valid UTF-8");
    }
}
