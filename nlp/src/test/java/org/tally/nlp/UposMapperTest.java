package org.tally.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UposMapperTest {

    private final UposMapper penn = UposMapper.table("en", "penn-upos.tsv");

    @Test
    void mapsPennTagsToUniversalTags() {
        assertThat(penn.upos("NNS", "ship")).isEqualTo("NOUN");
        assertThat(penn.upos("NNP", "Kyiv")).isEqualTo("PROPN");
        assertThat(penn.upos("VBZ", "ship")).isEqualTo("VERB");
        assertThat(penn.upos("VBD", "be")).isEqualTo("AUX");
        assertThat(penn.upos("MD", "will")).isEqualTo("AUX");
        assertThat(penn.upos("#", "#")).isEqualTo("SYM");
        assertThat(penn.upos("``", "``")).isEqualTo("PUNCT");
        assertThat(penn.upos("NOT-A-TAG", "x")).isEqualTo("X");
        assertThat(penn.upos(null, null)).isNull();
    }

    @Test
    void keepsUniversalTagsOfAUniversalTagger() {
        UposMapper identity = UposMapper.identity();
        assertThat(identity.upos("PROPN", "Berlin")).isEqualTo("PROPN");
        assertThat(identity.upos("NN", "Haus")).isEqualTo("X");
    }
}
