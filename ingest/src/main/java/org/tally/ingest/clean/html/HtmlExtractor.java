package org.tally.ingest.clean.html;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.tally.ingest.clean.Article;

/**
 * Main content and metadata of an HTML page. Stateless and thread-safe.
 *
 * <p>The metadata comes from JSON-LD, meta elements and markup ({@link Metadata}); the body from a block
 * classifier and a vote for the element that holds the article ({@link ContentExtractor}). Malformed input never
 * throws: the worst case is an empty body, which the caller reports.
 */
public final class HtmlExtractor {

    private final ContentExtractor content = new ContentExtractor();

    public Article extract(String html, String baseUri) {
        Document page = Jsoup.parse(html == null ? "" : html, baseUri == null ? "" : baseUri);
        Metadata.Fields meta;
        try {
            meta = Metadata.of(page, baseUri);
        } catch (RuntimeException e) {
            // metadata is a bonus; a page that trips it still has a body
            meta = new Metadata.Fields(null, null, null, null, null, null);
        }
        String title = meta.title();
        if (title == null && !page.title().isBlank()) {
            title = page.title().strip();
        }
        List<Block> blocks = content.extract(page.body(), title);
        return new Article(title, ContentExtractor.render(blocks), meta.author(), meta.published(), meta.url(),
                meta.site(), meta.language());
    }
}
