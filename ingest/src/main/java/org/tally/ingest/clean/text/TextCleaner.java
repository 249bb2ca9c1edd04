package org.tally.ingest.clean.text;

import org.tally.ingest.clean.Article;

/** Main text, title, date and byline of a plain-text article. Stateless and thread-safe. */
public final class TextCleaner {

    public Article clean(String text) {
        String[] lines = text.strip().split("\\R", 2);
        return new Article(lines[0].strip(), lines.length > 1 ? lines[1].strip() : "", null, null, null, null, null);
    }
}
