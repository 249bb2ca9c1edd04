package org.tally.ingest.clean.html;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.tally.ingest.clean.Article;

/**
 * Main content and metadata of an HTML page. Stateless and thread-safe.
 */
public final class HtmlExtractor {

    public Article extract(String html, String baseUri) {
        Document page = Jsoup.parse(html, baseUri == null ? "" : baseUri);
        page.select("script, style, noscript, nav, header, footer, aside, form").remove();
        String title = page.title().isBlank() ? null : page.title().strip();
        return new Article(title, page.body() == null ? "" : page.body().wholeText().strip(), null, null, null, null,
                null);
    }
}
