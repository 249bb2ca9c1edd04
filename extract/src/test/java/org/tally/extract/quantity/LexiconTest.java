package org.tally.extract.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LexiconTest {

    @ParameterizedTest
    @ValueSource(strings = {"de", "en"})
    void everyFileOfALanguageLoads(String language) {
        Lexicon lex = Lexicon.load(language);
        assertThat(lex.atoms).isNotEmpty();
        assertThat(lex.bounds.isEmpty()).isFalse();
        assertThat(lex.vague.isEmpty()).isFalse();
        assertThat(lex.unitPhrases.isEmpty()).isFalse();
        assertThat(lex.months).hasSizeGreaterThanOrEqualTo(12);
        assertThat(lex.stop).isNotEmpty();
    }

    @Test
    void aLanguageWithoutFilesHasTheCommonUnitsOnly() {
        Lexicon lex = Lexicon.load("fr");
        assertThat(lex.atoms).isEmpty();
        assertThat(lex.bounds.isEmpty()).isTrue();
        assertThat(lex.unitPhrases.isEmpty()).isFalse();
        assertThat(lex.prefixes.isEmpty()).isFalse();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            container                | container
            schiffscontainer         | container
            containerladungen        | container
            artilleriegranaten       | shell
            mörsergranaten           | shell
            artilleriegeschosse      | shell
            schuss                   | round
            marschflugkörper         | missile
            kurzstreckenraketen      | missile
            artillerieraketen        | rocket
            raketenwerfer            | launcher
            mehrfachraketenwerfer    | launcher
            granatwerfer             | mortar
            tonnen                   | ton
            güterwagen               | wagon
            eisenbahnwaggons         | wagon
            kampfpanzer              | tank
            panzerhaubitzen          | howitzer
            militärfahrzeuge         | vehicle
            kamikazedrohnen          | drone
            berufssoldaten           | soldier
            kriegsschiffe            | ship
            containerschiffe         | ship
            güterzüge                | train
            lkw                      | truck
            militärlastwagen         | truck
            erdgeschosse             | null
            mülltonnen               | null
            beschuss                 | null
            bezug                    | null
            """)
    void germanCompoundsTakeTheUnitOfTheirHead(String word, String unit) {
        Lexicon.Unit u = Lexicon.load("de").ending(word, word);
        if (unit == null) {
            assertThat(u == null || u.blocker()).as(word).isTrue();
        } else {
            assertThat(u).as(word).isNotNull();
            assertThat(u.unit()).isEqualTo(unit);
        }
    }
}
