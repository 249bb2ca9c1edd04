package org.tally.ingest.clean.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.Test;
import org.tally.ingest.clean.Article;

class HtmlExtractorTest {

    private final HtmlExtractor extractor = new HtmlExtractor();

    private static final String P1 = "The frigate was delivered to the navy of the buyer on Monday, officials said, "
            + "after months of sea trials in the northern harbour.";
    private static final String P2 = "According to the contract, signed in 2019, the shipyard will also train the "
            + "crews and supply spare parts for the next ten years.";
    private static final String P3 = "Analysts said the deal, worth about 500 million euros, was the largest export "
            + "order of the yard in a decade, and more may follow.";

    private static String page(String head, String body) {
        return "<!DOCTYPE html><html><head>" + head + "</head><body>" + body + "</body></html>";
    }

    private static String article(String... paragraphs) {
        StringBuilder b = new StringBuilder("<article><h1>Frigate delivered</h1>");
        for (String p : paragraphs) {
            b.append("<p>").append(p).append("</p>");
        }
        return b.append("</article>").toString();
    }

    @Test
    void keepsTheParagraphsOfTheArticleApartByBlankLines() {
        Article a = extractor.extract(page("<title>Frigate delivered</title>", article(P1, P2, P3)), null);
        assertThat(a.body()).isEqualTo(P1 + "\n\n" + P2 + "\n\n" + P3);
    }

    @Test
    void dropsNavigationFootersSidebarsAndShareBars() {
        String body = "<header><nav><ul><li><a href='/'>Home</a></li><li><a href='/world'>World</a></li>"
                + "<li><a href='/politics'>Politics</a></li></ul></nav></header>"
                + "<div class='share-tools'><a href='#'>Share on Facebook</a> <a href='#'>Tweet</a></div>"
                + article(P1, P2, P3)
                + "<aside class='sidebar'><h3>Most read</h3><p>Another story that everybody reads all the time, "
                + "again and again, because it is so very popular, with lots of words.</p></aside>"
                + "<footer><p>Copyright 2024 The Daily Example. All rights reserved. Terms of use, privacy "
                + "policy and cookie settings apply to this site.</p></footer>";
        Article a = extractor.extract(page("<title>Frigate delivered | Daily Example</title>", body), null);
        assertThat(a.body()).contains(P1, P2, P3)
                .doesNotContain("Home", "Share on Facebook", "Tweet", "Most read", "Copyright", "Another story");
    }

    @Test
    void dropsCommentsRelatedListsNewsletterBoxesAndAdvertisingLabels() {
        String body = "<div class='story'>" + "<p>" + P1 + "</p><div class='ad-slot'>Advertisement</div><p>" + P2
                + "</p><p>Advertisement</p><p>" + P3 + "</p>"
                + "<div class='newsletter-signup'><p>Get our best stories in your inbox every morning, "
                + "subscribe to the newsletter now, it is free and you can cancel any time.</p></div>"
                + "<div class='related-articles'><h2>Related</h2><ul><li><a href='/a'>A long headline of a related "
                + "story about ships</a></li><li><a href='/b'>Another related headline about submarines and "
                + "their export</a></li></ul></div></div>"
                + "<section id='comments'><div class='comment'><p>I think this is a great deal for everyone "
                + "involved, and the navy will be very happy with their new ship, really.</p></div></section>";
        Article a = extractor.extract(page("", body), null);
        assertThat(a.body()).isEqualTo(P1 + "\n\n" + P2 + "\n\n" + P3);
    }

    @Test
    void keepsHeadingsInsideTheArticleAndListsAsLines() {
        String body = "<article><h1>Frigate delivered</h1><p>" + P1 + "</p><h2>The contract</h2><p>" + P2
                + "</p><ul><li>two frigates</li><li>one supply ship</li></ul><p>" + P3 + "</p></article>";
        Article a = extractor.extract(page("<title>Frigate delivered</title>", body), null);
        assertThat(a.body()).isEqualTo(P1 + "\n\nThe contract\n\n" + P2 + "\n\ntwo frigates\none supply ship\n\n"
                + P3);
    }

    @Test
    void dropsBylinesAndCaptionsBeforeTheText() {
        String body = "<article><h1>Frigate delivered</h1><div class='byline'>By Jane Doe</div>"
                + "<figure><img src='x.jpg'><figcaption>The frigate in port. Photo: Agency</figcaption></figure>"
                + "<p>" + P1 + "</p><p>" + P2 + "</p></article>";
        Article a = extractor.extract(page("", body), null);
        assertThat(a.body()).isEqualTo(P1 + "\n\n" + P2);
        assertThat(a.author()).isEqualTo("Jane Doe");
    }

    @Test
    void dropsCreditLinesAndBylinesWrittenAsParagraphs() {
        String body = "<div class='main'><p>Von: Franziska Muster</p><p>The frigate in port (archive picture). "
                + "\u00A9 Agency via pictures.example</p><p>" + P1 + "</p><p>" + P2 + "</p></div>";
        Article a = extractor.extract(page("", body), null);
        assertThat(a.body()).isEqualTo(P1 + "\n\n" + P2);
    }

    @Test
    void dropsTeaserCardsInsideTheArticleBox() {
        StringBuilder cards = new StringBuilder("<h2>More on this</h2>");
        for (int i = 0; i < 4; i++) {
            cards.append("<div class='card'><div class='head'><a href='/s").append(i).append("'>Headline number ")
                    .append(i).append("</a></div><div class='sum'>A short summary of another story, number ")
                    .append(i).append(", with a few words.</div></div>");
        }
        String body = "<div id='main'><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p>" + cards + "</div>";
        Article a = extractor.extract(page("", body), null);
        assertThat(a.body()).isEqualTo(P1 + "\n\n" + P2 + "\n\n" + P3);
    }

    @Test
    void readsTextWrittenWithLineBreaksInsteadOfParagraphs() {
        String body = "<div id='main'><div class='text'>" + P1 + "<br><br>" + P2 + "<br><br>" + P3
                + "</div></div><div id='menu'><a href='/'>Home</a> <a href='/about'>About</a></div>";
        Article a = extractor.extract(page("", body), null);
        assertThat(a.body()).isEqualTo(P1 + "\n\n" + P2 + "\n\n" + P3);
    }

    @Test
    void scriptsOnlyGiveAnEmptyBody() {
        String html = page("<script>var a = 'lots of text in a script, which is not an article at all.';</script>",
                "<script>document.write('<p>" + P1 + "</p>');</script><noscript>Please enable JavaScript to "
                        + "read this page.</noscript><style>p { color: red; }</style>");
        assertThat(extractor.extract(html, null).body()).isEmpty();
    }

    @Test
    void neverThrowsOnMalformedInput() {
        String[] inputs = {"", "<", "<html", "<<<>>>", "<p>unclosed <b>bold <i>italic", "\u0000\u0001binary",
                "<script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"headline\": [1, {</script>",
                "<html><head><meta property='article:published_time' content='9999-99-99'>"
                        + "<link rel='canonical' href='http://[bad'></head><body><p>x</p></body></html>",
                "<table><tr><td><p>cell<td>cell</table></p></div></span>"};
        for (String in : inputs) {
            assertThatCode(() -> extractor.extract(in, null)).doesNotThrowAnyException();
            assertThatCode(() -> extractor.extract(in, "not a uri")).doesNotThrowAnyException();
        }
        assertThatCode(() -> extractor.extract(null, null)).doesNotThrowAnyException();
    }

    @Test
    void deepAndHugePagesStayFast() {
        StringBuilder deep = new StringBuilder();
        for (int i = 0; i < 50_000; i++) {
            deep.append("<div class='level").append(i % 7).append("'>");
        }
        deep.append("<p>").append(P1).append("</p>");
        StringBuilder wide = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            wide.append("<p>").append(P2).append(" <a href='/x").append(i).append("'>link</a></p>");
        }
        long start = System.nanoTime();
        Article d = extractor.extract(page("", deep.toString()), null);
        Article w = extractor.extract(page("<title>" + "x - ".repeat(10_000) + "</title>", wide.toString()), null);
        Article shortBlocks = extractor.extract(page("", "<p>" + P1 + "</p>" + "<span>a</span><br><br>".repeat(
                50_000) + "<p>" + P2 + "</p>"), null);
        double seconds = (System.nanoTime() - start) / 1e9;
        assertThat(d.body()).contains(P1);
        assertThat(w.body()).contains(P2);
        assertThat(shortBlocks.body()).isNotEmpty();
        assertThat(seconds).isLessThan(20);
    }
}
