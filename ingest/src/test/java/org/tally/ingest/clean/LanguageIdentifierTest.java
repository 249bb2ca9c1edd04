package org.tally.ingest.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LanguageIdentifierTest {

    private static final LanguageIdentifier IDENTIFIER = new LanguageIdentifier();

    /** Every headline and paragraph of bench/language-samples.tsv (17 languages, our own sentences). */
    @Test
    void identifiesEverySample() throws IOException {
        Path samples = Path.of(System.getProperty("tally.repo", "..")).resolve("bench/language-samples.tsv");
        List<String> wrong = new ArrayList<>();
        int count = 0;
        for (String line : Files.readAllLines(samples, StandardCharsets.UTF_8)) {
            String[] cells = line.split("\t", 3);
            if (line.startsWith("#") || cells.length < 3) {
                continue;
            }
            count++;
            String got = IDENTIFIER.identify(cells[2]);
            if (!cells[0].equals(got)) {
                wrong.add(cells[0] + " -> " + got + ": " + cells[2]);
            }
        }
        assertThat(count).isEqualTo(34);
        assertThat(wrong).isEmpty();
    }

    /**
     * Article-length texts (each language's headline and paragraph, repeated past 4,000 characters) are decided by
     * their first 1,000 characters when the runner-up is clearly behind, else by all 4,000: either way right.
     */
    @Test
    void identifiesArticleLengthTexts() throws IOException {
        Path samples = Path.of(System.getProperty("tally.repo", "..")).resolve("bench/language-samples.tsv");
        java.util.Map<String, StringBuilder> texts = new java.util.TreeMap<>();
        for (String line : Files.readAllLines(samples, StandardCharsets.UTF_8)) {
            String[] cells = line.split("\t", 3);
            if (!line.startsWith("#") && cells.length == 3) {
                texts.computeIfAbsent(cells[0], k -> new StringBuilder()).append(cells[2]).append("\n\n");
            }
        }
        List<String> wrong = new ArrayList<>();
        texts.forEach((language, one) -> {
            StringBuilder text = new StringBuilder();
            while (text.length() <= 4000) {
                text.append(one);
            }
            String got = IDENTIFIER.identify(text.toString());
            if (!language.equals(got)) {
                wrong.add(language + " -> " + got);
            }
        });
        assertThat(texts).hasSize(17);
        assertThat(wrong).isEmpty();
    }

    @Test
    void tooShortTextsAreUnknown() {
        assertThat(IDENTIFIER.identify("OK")).isNull();
        assertThat(IDENTIFIER.identify("12.10.2023 – 14:00")).isNull();
    }

    @Test
    void aShortHanHeadlineIsLongEnough() {
        assertThat(IDENTIFIER.identify("货船离开港口")).isEqualTo("zh");
    }
}
