package org.tally.ingest.clean;

import org.tally.ingest.acquire.Format;
import org.tally.ingest.acquire.RawDocument;
import org.tally.ingest.clean.html.HtmlExtractor;
import org.tally.ingest.clean.text.TextCleaner;
import org.tally.model.Document;
import org.tally.model.Stage;
import org.tally.model.StageResult;

/**
 * The clean stage: raw bytes to a {@link Document} (charset, main text, metadata, language, fingerprints).
 * Thread-safe; build one per process and share it, since the language models it holds are large.
 */
public final class Cleaner {

    private final Decoder decoder = new Decoder();
    private final TextCleaner text = new TextCleaner();
    private final HtmlExtractor html = new HtmlExtractor();
    private final LanguageIdentifier languages;

    public Cleaner(LanguageIdentifier languages) {
        this.languages = languages;
    }

    public Cleaner() {
        this(new LanguageIdentifier());
    }

    public StageResult<Document> clean(RawDocument raw) {
        return decoder.decode(raw).then(decoded -> {
            Article article = raw.format() == Format.HTML
                    ? html.extract(decoded.text(), null)
                    : text.clean(decoded.text());
            if (article.body().isBlank()) {
                return StageResult.failed(raw.doc(), Stage.CLEAN, "no_text",
                        raw.doc() + ": no article text found");
            }
            String language = languages.identify(article.body());
            if (language == null) {
                language = article.language();
            }
            return StageResult.ok(new Document(raw.doc(), language, article.published(), article.title(),
                    article.body(), article.author(), article.url(), article.site(), raw.format().label(),
                    Fingerprints.contentHash(article.body()), Fingerprints.simHash(article.body())));
        });
    }
}
