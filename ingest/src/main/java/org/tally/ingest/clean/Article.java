package org.tally.ingest.clean;

import java.util.Objects;

/**
 * What a cleaner found in one input: the main text and whatever metadata the input states. Fields other than
 * {@code body} are {@code null} when unknown.
 *
 * @param title     the headline
 * @param body      main text, paragraphs separated by one blank line, no boilerplate
 * @param author    byline
 * @param published ISO date truncated to what is known
 * @param url       canonical URL
 * @param site      publisher or host name
 * @param language  the language the input declares (ISO 639-1), a hint for identification
 */
public record Article(String title, String body, String author, String published, String url, String site,
                      String language) {
    public Article {
        Objects.requireNonNull(body, "body");
    }
}
