package org.tally.model;

import java.util.Objects;

/**
 * One cleaned input document: the {@code document} fact record of SCHEMA.md.
 *
 * @param doc         the input file's name, the key every other record of this document refers to
 * @param language    ISO 639-1 code, or {@code null} when the text is too short or unknown
 * @param published   ISO date truncated to what is known ({@code 2023-08}, {@code 2023-10-13}), or {@code null}
 * @param title       the headline, or {@code null}
 * @param body        the cleaned article text: paragraphs separated by blank lines; offsets of later stages point here
 * @param author      byline, or {@code null}
 * @param url         canonical URL where the page states one, or {@code null}
 * @param site        publisher or host name, or {@code null}
 * @param format      what the input was: {@code text} or {@code html}
 * @param contentHash SHA-256 of the normalised body: equal bodies, equal hash
 * @param fingerprint 64-bit SimHash of the body's word shingles, 16 hex digits: near-duplicates differ in few bits
 */
public record Document(
        String doc,
        String language,
        String published,
        String title,
        String body,
        String author,
        String url,
        String site,
        String format,
        String contentHash,
        String fingerprint) {

    public Document {
        Objects.requireNonNull(doc, "doc");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(format, "format");
        if (published != null && !published.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
            throw new IllegalArgumentException("published must be an ISO date truncated to what is known: " + published);
        }
    }
}
