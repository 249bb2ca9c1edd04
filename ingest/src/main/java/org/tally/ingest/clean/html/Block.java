package org.tally.ingest.clean.html;

import org.jsoup.nodes.Element;

/**
 * One run of inline text between two block boundaries of the page, with the features the content classifier
 * reads. Mutable only while {@link Blocks} builds it and while {@link ContentExtractor} classifies it.
 */
final class Block {

    /** What kind of element holds the text; decides how it is joined to its neighbours in the output. */
    enum Kind { TEXT, HEADING, ITEM, QUOTE, PRE, CELL, CAPTION }

    /** The content class, as in a two-pass block classifier: first by the block alone, then by its neighbours. */
    enum Label { GOOD, NEAR_GOOD, SHORT, BAD }

    final String text;
    final Element owner;
    final Kind kind;
    final int chars;
    final int linkChars;
    final int words;
    /** Index of the heading level (1..6) when {@link Kind#HEADING}, else 0. */
    final int level;
    /** Identity of the list the item belongs to, so that items of one list are written as lines. */
    final Element list;
    Label label;
    boolean keep;

    Block(String text, Element owner, Kind kind, int linkChars, int level, Element list) {
        this.text = text;
        this.owner = owner;
        this.kind = kind;
        this.chars = text.length();
        this.linkChars = Math.min(linkChars, chars);
        this.words = Texts.countWords(text);
        this.level = level;
        this.list = list;
    }

    double linkDensity() {
        return chars == 0 ? 0 : (double) linkChars / chars;
    }

    @Override
    public String toString() {
        return label + " " + kind + " " + chars + "/" + linkChars + " " + (text.length() > 60 ? text.substring(0, 60)
                : text);
    }
}
