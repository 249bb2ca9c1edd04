package org.tally.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lookups on the bundled knowledge base, as the linker will use them. */
class KnowledgeBaseTest {

    final KnowledgeBase kb = KnowledgeBase.bundled();

    private String holder(String office, String date) {
        return kb.holderOf(office, LocalDate.parse(date)).map(KbEntity::id).orElse(null);
    }

    @Test
    void bundledIsLoadedOnce() {
        assertThat(KnowledgeBase.bundled()).isSameAs(kb);
    }

    @Test
    void russianDefenceMinisterDependsOnTheDate() {
        assertThat(holder("RU.defence_minister", "2023-08-01")).isEqualTo("sergei_shoigu");
        assertThat(holder("RU.defence_minister", "2024-06-01")).isEqualTo("andrei_belousov");
        assertThat(holder("RU.security_council_secretary", "2024-06-01")).isEqualTo("sergei_shoigu");
        assertThat(kb.holdingsBy("sergei_shoigu")).extracting(OfficeHolding::office)
                .contains("RU.defence_minister", "RU.security_council_secretary");
    }

    @Test
    void presidentsAndLeaders() {
        assertThat(holder("US.president", "2024-03-01")).isEqualTo("joe_biden");
        assertThat(holder("US.president", "2025-01-20")).isEqualTo("donald_trump");
        assertThat(holder("US.president", "2019-01-01")).isEqualTo("donald_trump");
        assertThat(holder("KR.president", "2023-09-13")).isEqualTo("yoon_suk_yeol");
        assertThat(holder("KR.president", "2025-07-01")).isEqualTo("lee_jae_myung");
        assertThat(holder("KR.acting_president", "2025-01-15")).isEqualTo("choi_sang_mok");
        assertThat(holder("KP.leader", "2023-09-13")).isEqualTo("kim_jong_un");
        assertThat(holder("RU.president", "2023-09-13")).isEqualTo("vladimir_putin");
        assertThat(holder("UA.foreign_minister", "2024-03-01")).isEqualTo("dmytro_kuleba");
        assertThat(holder("US.nsc_spokesperson", "2023-10-13")).isEqualTo("john_kirby");
        assertThat(holder("US.dni", "2024-02-01")).isEqualTo("avril_haines");
        assertThat(holder("JP.prime_minister", "2025-01-01")).isEqualTo("shigeru_ishiba");
        assertThat(holder("IR.president", "2024-06-15")).isEqualTo("mohammad_mokhber");
    }

    @Test
    void officesCarryTitlesPerLanguage() {
        Office ru = kb.office("RU.defence_minister").orElseThrow();
        assertThat(ru.country()).isEqualTo("RU");
        assertThat(ru.organization()).isEqualTo("ru_mod");
        assertThat(ru.titles("de")).contains("Verteidigungsminister");
        assertThat(ru.titles("ru")).contains("министр обороны");
        assertThat(kb.office("RU.president").orElseThrow().titles("de")).contains("Kremlchef", "Kreml-Chef");
        assertThat(kb.byId("RU").orElseThrow().adjectives("de")).containsExactly("russisch");
    }

    @Test
    void namesInManyLanguagesLeadToTheSameEntity() {
        for (String name : List.of("North Korea", "DPRK", "Nordkorea", "КНДР", "Північна Корея", "Corée du Nord",
                "Corea del Norte", "Korea Północna", "북한", "조선", "朝鲜", "北朝鮮")) {
            assertThat(kb.byName(name)).as(name).extracting(KbEntity::id).containsExactly("KP");
        }
        assertThat(kb.byName("Pjöngjang")).extracting(KbEntity::id).containsExactly("pyongyang");
        assertThat(kb.byName("Wladiwostok")).extracting(KbEntity::id).containsExactly("vladivostok");
        assertThat(kb.byName("Najin")).extracting(KbEntity::id).containsExactly("rajin");
        assertThat(kb.byName("라선")).extracting(KbEntity::id).containsExactly("rason");
        assertThat(kb.byName("Schoigu")).extracting(KbEntity::id).containsExactly("sergei_shoigu");
        assertThat(kb.byName("김정은")).extracting(KbEntity::id).containsExactly("kim_jong_un");
        assertThat(kb.byName("ショイグ")).extracting(KbEntity::id).containsExactly("sergei_shoigu");
        assertThat(kb.byName("UN-Sicherheitsrat")).extracting(KbEntity::id).containsExactly("un_security_council");
        assertThat(kb.byName("안보리")).extracting(KbEntity::id).containsExactly("un_security_council");
        assertThat(kb.byName("Weißes Haus")).extracting(KbEntity::id).containsExactly("white_house");
    }

    @Test
    void knownAmbiguityGivesBothEntities() {
        assertThat(kb.byName("Vostochny")).extracting(KbEntity::id)
                .containsExactlyInAnyOrder("vostochny_cosmodrome", "vostochny_port");
        assertThat(kb.ambiguities()).anySatisfy(a -> assertThat(a.alias()).isEqualTo("Vostochny"));
    }

    @Test
    void coordinatesAndCapitals() {
        KbEntity kp = kb.byId("KP").orElseThrow();
        KbEntity capital = kb.byId(kp.attribute("capital").orElseThrow()).orElseThrow();
        assertThat(capital.name()).isEqualTo("Pyongyang");
        assertThat(capital.lat()).isBetween(38.9, 39.2);
        assertThat(capital.lon()).isBetween(125.6, 125.9);
        assertThat(kb.byId("vostochny_cosmodrome").orElseThrow().kind()).isEqualTo("cosmodrome");
    }

    @Test
    void entitiesByType() {
        assertThat(kb.entities(EntityType.COUNTRY)).hasSizeGreaterThanOrEqualTo(198);
        assertThat(kb.entities(EntityType.PERSON)).extracting(KbEntity::type).containsOnly(EntityType.PERSON);
    }
}
