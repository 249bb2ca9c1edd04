package org.tally.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tally.kb.KnowledgeBase;
import org.tally.model.Document;
import org.tally.model.Entity;
import org.tally.nlp.RuleBasedAnalyzer;

/** Linking sentences we wrote, in several languages and scripts, against the bundled knowledge base. */
class EntityLinkerTest {

    static final EntityLinker LINKER = new EntityLinker(KnowledgeBase.bundled());
    static final RuleBasedAnalyzer ANALYZER = new RuleBasedAnalyzer();

    static List<Entity> link(String language, String published, String text) {
        Document d = new Document("t.txt", language, published, null, text, null, null, null, "text", "h", "f");
        return LINKER.link(d, ANALYZER.analyse(text, language));
    }

    static List<String> names(String language, String text) {
        return link(language, null, text).stream().map(e -> e.type() + ":" + e.name()).toList();
    }

    @Test
    void germanInflectedCountryNames() {
        assertThat(names("de", "Die Regierung Nordkoreas bestreitet jede Lieferung nach Russland."))
                .containsExactlyInAnyOrder("country:KP", "country:RU");
    }

    @Test
    void germanAdjectivesNameTheirCountry() {
        assertThat(names("de", "Ein nordkoreanischer Frachter legte in einem russischen Hafen an."))
                .containsExactlyInAnyOrder("country:KP", "country:RU");
    }

    @Test
    void germanCompoundsNameTheirFirstPart() {
        assertThat(names("de", "Seit Beginn des Ukraine-Kriegs hat die US-Regierung mehrmals gewarnt."))
                .containsExactlyInAnyOrder("country:UA", "country:US");
    }

    @Test
    void capitalNamesPlaceAndCountry() {
        assertThat(names("de", "Pjöngjang wies die Vorwürfe am Abend zurück."))
                .containsExactlyInAnyOrder("place:Pyongyang", "country:KP");
    }

    @Test
    void shortFunctionWordsAreNotInflectedPlaceNames() {
        assertThat(names("de", "Wie die Behörde mitteilte, blieb der Hafen geschlossen.")).isEmpty();
    }

    @Test
    void russianCasesAndAdjectives() {
        assertThat(names("ru", "Власти России заявили, что северокорейские снаряды не поступали из КНДР."))
                .containsExactlyInAnyOrder("country:RU", "country:KP");
    }

    @Test
    void ukrainianCases() {
        assertThat(names("uk", "Україна повідомила про нові поставки до Росії."))
                .containsExactlyInAnyOrder("country:UA", "country:RU");
    }

    @Test
    void koreanNamesWithParticles() {
        assertThat(names("ko", "북한은 러시아에 포탄을 보냈다고 밝혔다."))
                .containsExactlyInAnyOrder("country:KP", "country:RU");
    }

    @Test
    void chineseAndJapaneseWithoutSpaces() {
        assertThat(names("zh", "朝鲜向俄罗斯运送了大量炮弹。")).containsExactlyInAnyOrder("country:KP", "country:RU");
        assertThat(names("ja", "北朝鮮がロシアに砲弾を送ったとみられる。")).containsExactlyInAnyOrder("country:KP", "country:RU");
    }

    @Test
    void frenchElisionAndAdjectives() {
        assertThat(names("fr", "Des obus nord-coréens ont été tirés sur l'Ukraine."))
                .containsExactlyInAnyOrder("country:KP", "country:UA");
    }

    @Test
    void spanishAdjectiveForms() {
        assertThat(names("es", "Los misiles norcoreanos fueron lanzados contra ciudades ucranianas."))
                .containsExactlyInAnyOrder("country:KP", "country:UA");
    }

    @Test
    void englishAcronymsNeedCapitals() {
        assertThat(names("en", "The US said North Korean shells reached Russia's forces.")).containsExactlyInAnyOrder(
                "country:US", "country:KP", "country:RU");
        assertThat(names("en", "They told us that the ship had left.")).isEmpty();
    }

    @Test
    void transliteratedPortNames() {
        assertThat(names("en", "The containers were loaded at Rajin and unloaded in Dunai."))
                .contains("place:Rajin", "place:Dunai");
    }

    @Test
    void mentionsPointIntoTheBody() {
        String text = "Ein Schiff fuhr von Rason nach Wladiwostok.";
        for (Entity e : link("de", null, text)) {
            e.mentions().forEach(m -> assertThat(text.substring(m.begin(), m.end())).isEqualTo(m.text()));
        }
    }
}
