package org.tally.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The OpenNLP model alone (about 1 s to load), with parts of speech given by hand. */
class GermanLemmatizerTest {

    private static GermanLemmatizer lemmatizer;

    private static final String[] WORDS = {"Die", "Reederei", "hat", "im", "Mai", "Granaten", "geliefert", "und",
        "Haubitzen", "nach", "Putins", "Häfen", "verschifft", ";", "3", "Schiffe", "lieferten", "Drohnen", "."};
    private static final String[] UPOS = {"DET", "NOUN", "AUX", "ADP", "PROPN", "NOUN", "VERB", "CCONJ",
        "NOUN", "ADP", "PROPN", "NOUN", "VERB", "PUNCT", "NUM", "NOUN", "VERB", "NOUN", "PUNCT"};

    @BeforeAll
    static void load() {
        lemmatizer = GermanLemmatizer.load();
    }

    @Test
    void lemmatisesVerbsAndNounsAndKeepsNamesNumbersAndPunctuation() {
        String[] lemmas = lemmatizer.lemmatize(WORDS, UPOS);

        assertThat(lemmas[6]).isEqualTo("liefern");
        assertThat(lemmas[12]).isEqualTo("verschiffen");
        assertThat(lemmas[16]).isEqualTo("liefern");
        assertThat(lemmas[2]).isEqualTo("haben");
        assertThat(lemmas[0]).isEqualTo("der");
        assertThat(lemmas[11]).isEqualTo("Hafen");
        assertThat(lemmas[15]).isEqualTo("Schiff");
        assertThat(lemmas[10]).isEqualTo("Putins");
        assertThat(lemmas[13]).isEqualTo(";");
        assertThat(lemmas[14]).isEqualTo("3");
    }

    @Test
    void greedyDecodingAgreesWithOpenNlpsBeamSearch() {
        assertThat(lemmatizer.lemmatize(WORDS, UPOS)).containsExactly(lemmatizer.lemmatizeWithOpenNlp(WORDS, UPOS));
    }

    @Test
    void nameOfTheModelIsKnown() {
        assertThat(lemmatizer.name()).startsWith("opennlp-de-ud-gsd-lemmas");
    }
}
