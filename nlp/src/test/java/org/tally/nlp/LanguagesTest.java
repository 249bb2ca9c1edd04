package org.tally.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguagesTest {

    @Test
    void reducesCodesToIso6391() {
        assertThat(Languages.normalise("de")).isEqualTo("de");
        assertThat(Languages.normalise("DE-at")).isEqualTo("de");
        assertThat(Languages.normalise("en_GB")).isEqualTo("en");
        assertThat(Languages.normalise("deu")).isEqualTo("de");
        assertThat(Languages.normalise("ger")).isEqualTo("de");
        assertThat(Languages.normalise("eng")).isEqualTo("en");
        assertThat(Languages.normalise(" ko ")).isEqualTo("ko");
        assertThat(Languages.normalise(null)).isEqualTo("und");
        assertThat(Languages.normalise("")).isEqualTo("und");
    }
}
