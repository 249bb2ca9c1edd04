package org.tally.ingest.clean.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tally.ingest.clean.Article;

class TextCleanerTest {

    private final TextCleaner cleaner = new TextCleaner();

    private Article clean(String... lines) {
        return cleaner.clean(String.join("\n", lines));
    }

    @Test
    void dateLineGivesPublishedAndTitle() {
        Article a = clean(" date 2022-03-15 Frachter verlässt den Hafen", "",
                "Der Frachter legte am Morgen mit unbekannter Ladung ab, wie die Hafenbehörde mitteilte.");
        assertThat(a.published()).isEqualTo("2022-03-15");
        assertThat(a.title()).isEqualTo("Frachter verlässt den Hafen");
        assertThat(a.body()).isEqualTo("Der Frachter legte am Morgen mit unbekannter Ladung ab, wie die Hafenbehörde mitteilte.");
    }

    @Test
    void monthPrecisionDateLine() {
        assertThat(clean("date 2021-11 Title of a report", "", "A first paragraph of the report.").published())
                .isEqualTo("2021-11");
    }

    @Test
    void headlineIsFirstHeadlineShapedLineAfterKicker() {
        Article a = clean("Analyse", "", "Neue Sanktionen gegen Reedereien: Was bedeutet das?", "",
                "Die Regierung hat am Dienstag weitere Maßnahmen gegen drei Reedereien beschlossen.");
        assertThat(a.title()).isEqualTo("Neue Sanktionen gegen Reedereien: Was bedeutet das?");
        assertThat(a.body()).doesNotContain("Analyse").startsWith("Die Regierung");
    }

    @Test
    void textStartingWithParagraphHasNoTitle() {
        Article a = clean("The ministry said on Monday that the convoy had crossed the border during the night "
                + "and was expected to reach the depot before the end of the week.");
        assertThat(a.title()).isNull();
        assertThat(a.body()).startsWith("The ministry said");
    }

    @Test
    void bylineBecomesAuthor() {
        Article a = clean("Ein Zug mit Kesselwagen erreicht die Grenze", "", "Von: Erika Mustermann", "",
                "Der Zug mit mehreren Kesselwagen hat am Abend die Grenzstation erreicht.");
        assertThat(a.author()).isEqualTo("Erika Mustermann");
        assertThat(a.body()).doesNotContain("Mustermann");
    }

    @Test
    void englishBylineWithTwoNames() {
        Article a = clean("Ships seen at the northern port", "By Jane Roe and John Doe", "",
                "Satellite images show two cargo ships at the northern port this week.");
        assertThat(a.author()).isEqualTo("Jane Roe and John Doe");
    }

    @Test
    void sentenceStartingWithVonIsNotAByline() {
        Article a = clean("Lieferungen über die Grenze nehmen zu", "",
                "Von Mai an fuhren nach Angaben der Behörde täglich Züge über die Brücke.");
        assertThat(a.author()).isNull();
        assertThat(a.body()).contains("Von Mai an fuhren");
    }

    @Test
    void controlLabelsAndCrumbsAreDropped() {
        Article a = clean("Frachter im Hafen gesichtet", "", "  1. Startseite", "  2. Welt", "", "TeilenMerkenDrucken",
                "• Kommentare", "", "Ein Frachter wurde im Hafen gesichtet, teilte die Küstenwache mit.");
        assertThat(a.body()).isEqualTo("Ein Frachter wurde im Hafen gesichtet, teilte die Küstenwache mit.");
    }

    @Test
    void numberedListInsideTheArticleIsKeptWhenItemsAreSentences() {
        Article a = clean("Three findings of the panel", "",
                "The panel listed its findings in its report to the council this week.",
                "1. The vessel switched off its transponder twice near the coast.",
                "2. The cargo was transferred at sea to a second ship.");
        assertThat(a.body()).contains("1. The vessel switched off").contains("2. The cargo was transferred");
    }

    @Test
    void promptsAndBrowserWarningsAreDropped() {
        Article a = clean("Konvoi erreicht die Stadt", "",
                "Der Konvoi erreichte am Nachmittag die Stadt im Osten des Landes.", "",
                "Folgen Sie uns schon bei Instagram und Mastodon? Dort gibt es die neuesten Meldungen.",
                "Dieser Browser wird nicht mehr unterstützt",
                "Bitte wechseln Sie zu einem unterstützten Browser wie Firefox.");
        assertThat(a.body()).isEqualTo("Der Konvoi erreichte am Nachmittag die Stadt im Osten des Landes.");
    }

    @Test
    void englishPromptsAndTrailingLinkListAreDropped() {
        Article a = clean("Port traffic doubles", "",
                "Traffic at the port doubled in the second half of the year, officials said.", "",
                "Related stories", "Ships turn off transponders", "New sanctions on shipping firms", "",
                "Sign up for our daily briefing");
        assertThat(a.body()).isEqualTo("Traffic at the port doubled in the second half of the year, officials said.");
    }

    @Test
    void trailingMarkerFollowedByRealParagraphOnlyDropsItself() {
        String paragraph = "Die Behörden erklärten später am Abend, dass die Ladung aus mehreren Dutzend Kisten "
                + "bestanden habe und dass die Untersuchung noch einige Wochen dauern werde, bevor sie abgeschlossen sei.";
        Article a = clean("Ladung wird untersucht", "", "Die Ladung wird nun von Fachleuten untersucht.",
                "Auch interessant", paragraph);
        assertThat(a.body()).contains(paragraph).doesNotContain("Auch interessant");
    }

    @Test
    void copyrightCreditIsStrippedAndCaptionKept() {
        Article a = clean("Zwei Minister treffen sich", "",
                "Die beiden Minister bei ihrem Treffen im Mai (Archivbild). © Agentur/Max Muster", "",
                "Die beiden Minister haben über die Lage an der Grenze gesprochen.");
        assertThat(a.body()).startsWith("Die beiden Minister bei ihrem Treffen im Mai (Archivbild).")
                .doesNotContain("©").doesNotContain("Max Muster");
    }

    @Test
    void agencyCreditWithoutSpaceIsStripped() {
        Article a = clean("Ministers meet at the border", "",
                "The two ministers met at the border crossing in May.Reuters / Pool", "",
                "They discussed the transport of goods by rail.");
        assertThat(a.body()).startsWith("The two ministers met at the border crossing in May.\n\n")
                .doesNotContain("Pool");
    }

    @Test
    void captionGivenTwiceIsKeptOnceWithoutCredits() {
        Article a = clean("Ein Schiff im Hafen", "",
                "Ein Frachtschiff liegt im Hafen vor Anker. (Foto) Suche",
                "Ein Frachtschiff liegt im Hafen vor Anker. Bild: picture alliance/dpa | Erika Muster", "",
                "Das Schiff soll in der kommenden Woche auslaufen.");
        assertThat(a.body()).isEqualTo("Ein Frachtschiff liegt im Hafen vor Anker.\n\nDas Schiff soll in der kommenden Woche auslaufen.");
    }

    @Test
    void wholeLineCreditsAndClosingAgencyNotesAreDropped() {
        Article a = clean("Gespräche ohne Ergebnis", "",
                "Die Gespräche endeten am Abend ohne eine gemeinsame Erklärung. (abc mit Material der dpa)", "",
                "(AFP/Reuters)", "/beispiel.de/dpa");
        assertThat(a.body()).isEqualTo("Die Gespräche endeten am Abend ohne eine gemeinsame Erklärung.");
    }

    @Test
    void emptyTimestampTemplateAndDatelineAreNotBody() {
        Article a = clean("Erstellt von - Uhr", "", "Neue Bilder zeigen Container im Hafen", "",
                "Stand: 14.02.2024, 09:30 Uhr", "",
                "Neue Satellitenbilder zeigen Hunderte Container im Hafen, berichten Fachleute.");
        assertThat(a.title()).isEqualTo("Neue Bilder zeigen Container im Hafen");
        assertThat(a.published()).isEqualTo("2024-02-14");
        assertThat(a.body()).isEqualTo("Neue Satellitenbilder zeigen Hunderte Container im Hafen, berichten Fachleute.");
    }

    @Test
    void frenchFurniture() {
        Article a = clean("Un cargo quitte le port", "", "Par Marie Dupont", "", "Imprimer", "",
                "Le cargo a quitté le port dans la nuit, selon les autorités portuaires.", "",
                "Lire aussi : les nouvelles sanctions européennes");
        assertThat(a.author()).isEqualTo("Marie Dupont");
        assertThat(a.body()).isEqualTo("Le cargo a quitté le port dans la nuit, selon les autorités portuaires.");
    }

    @Test
    void hardWrappedParagraphsAreJoined() {
        Article a = clean("A wrapped report about ships",
                "",
                "The first paragraph of this report is wrapped at a fixed width so",
                "that every line is shorter than one hundred characters, as in old",
                "wire copy and plain-text newsletters that are still common today.",
                "",
                "The second paragraph is also wrapped in the very same way so that",
                "the cleaner must join its lines back into one paragraph of text.");
        assertThat(a.body().split("\n\n")).hasSize(2);
        assertThat(a.body()).startsWith("The first paragraph of this report is wrapped at a fixed width so that every");
    }
}
