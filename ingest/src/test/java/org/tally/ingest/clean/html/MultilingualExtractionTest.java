package org.tally.ingest.clean.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tally.ingest.clean.Article;

/** The rules hold for pages in German, Russian and French, with their own furniture and class names. */
class MultilingualExtractionTest {

    private final HtmlExtractor extractor = new HtmlExtractor();

    @Test
    void germanPage() {
        String p1 = "Die Bundesregierung hat nach Angaben aus Berlin die Lieferung von zwei Fregatten an den "
                + "Partnerstaat genehmigt, wie ein Sprecher am Dienstag mitteilte.";
        String p2 = "Der Auftrag hat demnach einen Wert von rund 1,2 Milliarden Euro und soll bis Ende 2027 "
                + "abgeschlossen werden, hieß es aus Kreisen der Werft.";
        String html = "<html lang='de'><head><title>Fregatten genehmigt | Kieler Tageblatt</title>"
                + "<meta name='date' content='2023-10-13'></head><body>"
                + "<div class='artikel'><h1>Fregatten genehmigt</h1><p class='autor'>Von Anna Schmidt</p>"
                + "<p>" + p1 + "</p><p>Anzeige</p><p>" + p2 + "</p>"
                + "<p><a href='/x'>Lesen Sie auch: U-Boote für Norwegen</a></p></div>"
                + "<div class='kommentare'><p>Das ist ja wieder typisch, dass man das erst jetzt erfährt, "
                + "und keiner fragt die Bürger, was sie davon halten.</p></div></body></html>";
        Article a = extractor.extract(html, null);
        assertThat(a.body()).isEqualTo(p1 + "\n\n" + p2);
        assertThat(a.title()).isEqualTo("Fregatten genehmigt");
        assertThat(a.language()).isEqualTo("de");
        assertThat(a.published()).isEqualTo("2023-10-13");
    }

    @Test
    void russianPage() {
        String p1 = "Министерство обороны сообщило о передаче партии бронетехники иностранному заказчику, "
                + "говорится в заявлении ведомства.";
        String p2 = "По данным источника, контракт был подписан в прошлом году и включает также поставку "
                + "запасных частей и обучение экипажей.";
        String html = "<html><head><meta property='og:locale' content='ru_RU'>"
                + "<meta property='og:title' content='Передача бронетехники'></head><body>"
                + "<article><h1>Передача бронетехники</h1><div class='date'>13 октября 2023, 10:15</div>"
                + "<p>" + p1 + "</p><p>Реклама</p><p>" + p2 + "</p>"
                + "<p>Читайте также: <a href='/y'>Новые поставки вооружений в регион</a></p></article>"
                + "<div class='share'><a href='#'>Поделиться</a></div></body></html>";
        Article a = extractor.extract(html, null);
        assertThat(a.body()).isEqualTo(p1 + "\n\n" + p2);
        assertThat(a.language()).isEqualTo("ru");
        assertThat(a.published()).isEqualTo("2023-10-13");
    }

    @Test
    void frenchPage() {
        String p1 = "Le gouvernement a confirmé mardi la vente de douze avions de combat à un pays du Golfe, "
                + "selon un communiqué publié dans la soirée.";
        String p2 = "Le contrat, d'un montant de plusieurs milliards d'euros, prévoit aussi la formation des "
                + "pilotes et la maintenance des appareils pendant dix ans.";
        String html = "<html lang='fr-FR'><head><title>Vente d'avions de combat - Le Quotidien</title>"
                + "<meta property='og:site_name' content='Le Quotidien'></head><body>"
                + "<div class='contenu-article'><p>Par Jean Dupont</p><p>" + p1 + "</p>"
                + "<p>Publicité</p><p>" + p2 + "</p><p>À lire aussi : <a href='/z'>Les exportations d'armes "
                + "en hausse</a></p></div><div class='partage'>Partager</div></body></html>";
        Article a = extractor.extract(html, null);
        assertThat(a.body()).isEqualTo(p1 + "\n\n" + p2);
        assertThat(a.title()).isEqualTo("Vente d'avions de combat");
        assertThat(a.site()).isEqualTo("Le Quotidien");
        assertThat(a.language()).isEqualTo("fr");
    }
}
