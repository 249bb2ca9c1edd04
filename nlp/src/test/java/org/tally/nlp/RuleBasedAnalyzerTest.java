package org.tally.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RuleBasedAnalyzerTest {

    private final RuleBasedAnalyzer rules = new RuleBasedAnalyzer();

    @Test
    void splitsRussianIntoSentencesAndWordsWithOffsets() {
        String text = "Москва поставила снаряды. Корабль прибыл в порт Находка!";
        Analysis a = rules.analyse(text, "ru");

        assertThat(a.language()).isEqualTo("ru");
        assertThat(a.engine()).isEqualTo(RuleBasedAnalyzer.ENGINE);
        assertThat(a.sentences()).extracting(s -> s.text(text))
                .containsExactly("Москва поставила снаряды.", "Корабль прибыл в порт Находка!");
        assertThat(a.sentences().get(0).tokens()).extracting(Token::text)
                .containsExactly("Москва", "поставила", "снаряды", ".");
        OffsetsCheck.assertSlices(text, a);
    }

    @Test
    void tokensHaveNoTagsLemmasOrNames() {
        Analysis a = rules.analyse("Le navire a quitté Toulon.", "fr-FR");

        assertThat(a.language()).isEqualTo("fr");
        assertThat(a.sentences()).hasSize(1);
        assertThat(a.sentences().getFirst().names()).isEmpty();
        assertThat(a.sentences().getFirst().tokens())
                .allSatisfy(t -> assertThat(List.of(t.pos() == null, t.tag() == null, t.lemma() == null))
                        .containsOnly(true));
    }

    @Test
    void handlesKoreanAndMixedScriptsAndBlankLines() {
        String text = "평양은 포탄을 보냈다.\n\nSeoul reagiert — mit Sanktionen…";
        Analysis a = rules.analyse(text, null);

        assertThat(a.language()).isEqualTo(Languages.UNDETERMINED);
        assertThat(a.sentences()).hasSize(2);
        assertThat(a.sentences().get(0).tokens()).extracting(Token::text).contains("평양은", "포탄을");
        OffsetsCheck.assertSlices(text, a);
    }

    @Test
    void emptyAndBlankTextsHaveNoSentences() {
        assertThat(rules.analyse("", "ru").sentences()).isEmpty();
        assertThat(rules.analyse(" \n\t ", "ru").sentences()).isEmpty();
    }
}
