package org.tally.ingest.clean.html;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.tally.ingest.clean.Article;

/**
 * Main content and metadata of an HTML page. Stateless and thread-safe.
 */
public final class HtmlExtractor {

    private final ContentExtractor content = new ContentExtractor();

    public Article extract(String html, String baseUri) {
        Document page = Jsoup.parse(html == null ? "" : html, baseUri == null ? "" : baseUri);
        String title = page.title().isBlank() ? null : page.title().strip();
        List<Block> blocks = content.extract(page.body(), title);
        return new Article(title, ContentExtractor.render(blocks), null, null, null, null, null);
    }
}
