package org.tally.ingest.clean.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Cuts a page into {@link Block}s: runs of inline text between block-level boundaries. A line break starts a new
 * line of the same block, two line breaks in a row a new block. Iterative, so deep pages do not overflow the stack.
 */
final class Blocks {

    /** Elements whose start and end break the flow of text. */
    static final Set<String> BLOCK_TAGS = Set.of("address", "article", "aside", "blockquote", "body", "center",
            "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer",
            "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li", "main",
            "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "td", "th",
            "tr", "ul", "caption", "frameset", "frame", "noframes", "listing", "plaintext", "xmp", "option",
            "optgroup");

    /** Elements whose content is never text of the page. */
    static final Set<String> SKIP_TAGS = Set.of("script", "style", "noscript", "template", "svg", "math",
            "canvas", "iframe", "object", "embed", "video", "audio", "button", "select", "input", "textarea",
            "head", "title", "meta", "link", "map", "picture", "source", "track", "param", "applet", "datalist",
            "output", "progress", "meter", "dialog");

    private Blocks() {
    }

    static boolean isBlock(Element e) {
        String tag = e.normalName();
        return BLOCK_TAGS.contains(tag) || tag.indexOf('-') > 0;
    }

    /** The blocks of the subtree of {@code root}, in document order, leaving out subtrees {@code skip} accepts. */
    static List<Block> of(Element root, Predicate<Element> skip) {
        Builder b = new Builder();
        NodeTraversor.filter(b.filter(skip), root);
        b.flush();
        return b.blocks;
    }

    private static final class Builder {
        final List<Block> blocks = new ArrayList<>();
        final StringBuilder text = new StringBuilder();
        /** The block-level elements open around the cursor, innermost last. */
        final ArrayList<Element> open = new ArrayList<>();
        int linkChars;
        int linkDepth;
        int preDepth;
        boolean pendingSpace;

        NodeFilter filter(Predicate<Element> skip) {
            return new NodeFilter() {
                @Override
                public FilterResult head(Node node, int depth) {
                    if (node instanceof TextNode t) {
                        addText(t.getWholeText());
                        return FilterResult.CONTINUE;
                    }
                    if (!(node instanceof Element e)) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    String tag = e.normalName();
                    if (SKIP_TAGS.contains(tag) || skip.test(e)) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    switch (tag) {
                        case "br" -> lineBreak();
                        case "a" -> linkDepth++;
                        case "img", "hr", "wbr" -> pendingSpace = true;
                        case "pre", "xmp", "listing", "plaintext" -> preDepth++;
                        default -> {
                        }
                    }
                    if (isBlock(e)) {
                        flush();
                        open.add(e);
                    }
                    return FilterResult.CONTINUE;
                }

                @Override
                public FilterResult tail(Node node, int depth) {
                    if (node instanceof Element e) {
                        String tag = e.normalName();
                        switch (tag) {
                            case "a" -> linkDepth = Math.max(0, linkDepth - 1);
                            case "pre", "xmp", "listing", "plaintext" -> preDepth = Math.max(0, preDepth - 1);
                            case "td", "th" -> pendingSpace = true;
                            default -> {
                            }
                        }
                        if (isBlock(e)) {
                            flush();
                            if (!open.isEmpty() && open.get(open.size() - 1) == e) {
                                open.remove(open.size() - 1);
                            }
                        }
                    }
                    return FilterResult.CONTINUE;
                }
            };
        }

        void addText(String s) {
            if (preDepth > 0) {
                for (int i = 0; i < s.length(); i++) {
                    char c = s.charAt(i);
                    if (c == '\n') {
                        lineBreak();
                    } else if (Texts.isSpace(c)) {
                        pendingSpace = true;
                    } else {
                        append(c);
                    }
                }
                return;
            }
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (Texts.isSpace(c) || Character.isISOControl(c)) {
                    pendingSpace = true;
                } else {
                    append(c);
                }
            }
        }

        private void append(char c) {
            int len = text.length();
            if (pendingSpace && len > 0 && text.charAt(len - 1) != '\n') {
                text.append(' ');
                if (linkDepth > 0) {
                    linkChars++;
                }
            }
            pendingSpace = false;
            text.append(c);
            if (linkDepth > 0) {
                linkChars++;
            }
        }

        void lineBreak() {
            int len = text.length();
            pendingSpace = false;
            if (len == 0) {
                return;
            }
            if (len >= 1 && text.charAt(len - 1) == '\n') {
                // a second break in a row ends the block; the next text starts a new one
                text.setLength(len - 1);
                flush();
                return;
            }
            text.append('\n');
        }

        void flush() {
            pendingSpace = false;
            int len = text.length();
            while (len > 0 && text.charAt(len - 1) == '\n') {
                len--;
            }
            if (len == 0 || open.isEmpty()) {
                text.setLength(0);
                linkChars = 0;
                return;
            }
            String s = text.substring(0, len);
            text.setLength(0);
            int links = linkChars;
            linkChars = 0;
            Element owner = open.get(open.size() - 1);
            Block.Kind kind = Block.Kind.TEXT;
            int level = 0;
            Element list = null;
            for (int i = open.size() - 1; i >= 0; i--) {
                Element e = open.get(i);
                String tag = e.normalName();
                Block.Kind k = switch (tag) {
                    case "h1", "h2", "h3", "h4", "h5", "h6" -> Block.Kind.HEADING;
                    case "li", "dd", "dt" -> Block.Kind.ITEM;
                    case "blockquote" -> Block.Kind.QUOTE;
                    case "pre", "xmp", "listing", "plaintext" -> Block.Kind.PRE;
                    case "td", "th" -> Block.Kind.CELL;
                    case "figcaption", "caption" -> Block.Kind.CAPTION;
                    default -> null;
                };
                if (k != null) {
                    kind = k;
                    if (k == Block.Kind.HEADING) {
                        level = tag.charAt(1) - '0';
                    } else if (k == Block.Kind.ITEM) {
                        list = e.parent();
                    }
                    break;
                }
            }
            blocks.add(new Block(s, owner, kind, links, level, list));
        }
    }
}
