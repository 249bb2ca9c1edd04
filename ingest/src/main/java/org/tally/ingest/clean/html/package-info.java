/**
 * Main text and metadata of news pages, in any language.
 *
 * <p>{@link org.tally.ingest.clean.html.HtmlExtractor} is the entry point. The body is found in four steps
 * (see {@code ContentExtractor}): the page is cut into text blocks at block-level elements and double line
 * breaks; each block is labelled by its length, link density and punctuation; elements named as boilerplate
 * (class, id, role, tag: navigation, comments, share bars, related lists, ads, hidden text) are left out unless
 * they hold most of the article's text; then every block votes for its ancestors (good text for, link lists and
 * furniture against) and the best element is the article. Inside it, short blocks, headings and link-rich
 * sentences are relabelled by their neighbours, lists are kept whole, and stock phrases
 * ({@code stock-phrases.txt}), bylines, datelines, credits and the headline are dropped. When the chosen element
 * holds several {@code article} elements, the one with the headline is kept.
 *
 * <p>Metadata ({@code Metadata}) comes from JSON-LD, Open Graph and other meta elements, the markup and the URL,
 * in that order of trust. Everything runs in time linear in the page: the traversals are iterative and every
 * regular expression is anchored or bounded. Setting the system property {@code tally.html.debug} prints the
 * blocks, their labels and the pruned elements to standard error.
 */
package org.tally.ingest.clean.html;
