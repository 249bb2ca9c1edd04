package org.tally.ingest.clean.html;

import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * What an element's name says about it: the tag, ARIA role, and the words in its class, id and itemprop
 * attributes. Words are cut at separators and at lower-to-upper case changes ({@code articleBody} gives
 * {@code article}, {@code body}); a few well-known boilerplate stems also match as prefixes
 * ({@code commentlist}, {@code sharebar}).
 */
final class Hints {

    /** Stems that mark boilerplate when a word starts with them. */
    private static final String[] NEGATIVE_STEMS = {"comment", "share", "sharing", "social", "related",
            "recommend", "newsletter", "subscri", "signup", "promo", "advert", "sponsor", "sidebar", "widget",
            "navig", "navbar", "breadcrumb", "footer", "byline", "cookie", "consent", "popup", "modal", "paginat",
            "outbrain", "taboola", "disqus", "trending", "masthead", "banner", "caption", "teaser", "dateline",
            "timestamp", "copyright", "disclaimer", "toolbar", "pager", "login", "register", "gdpr", "tooltip",
            "rating", "feedback", "survey", "carousel", "slideshow", "playlist", "skyscraper", "leaderboard",
            "mostread", "mostpopular", "recirc", "readmore", "readnext", "sociallinks", "followus", "author",
            "keyword", "topics", "kommentar", "werbung", "anzeige", "commentaire", "partage", "publicite",
            "reklam", "komment", "podpis", "poleznoe"};

    /** Whole words that mark boilerplate. */
    private static final Set<String> NEGATIVE_WORDS = Set.of("ad", "ads", "adv", "adslot", "adunit", "nav",
            "menu", "header", "credit", "credits", "tags", "meta", "hidden", "hide", "print", "tools",
            "rail", "bio", "skip", "aside", "also", "more", "popular", "next", "prev", "previous", "extra",
            "dfp", "gpt", "partner", "partners", "native", "overlay", "paywall", "alert", "notice", "date",
            "time", "published", "updated", "infobox", "sr", "visually", "offscreen", "gallery", "video",
            "audio", "embed", "figure", "photo", "image", "img", "icon",
            "icons", "button", "btn", "links", "signin", "email", "source", "most", "top", "ticker",
            "toc", "contributor", "contributors", "follow", "sponsored", "promoted", "breaking", "trust", "pub",
            "teilen", "weitere", "mehr", "lesen", "voir", "aussi", "autres", "chitayte", "smotrite", "eshhe", "tegi");

    /** Words that mark the article or its text. */
    private static final Set<String> POSITIVE_WORDS = Set.of("article", "articlebody", "content", "entry",
            "post", "story", "body", "text", "main", "blog", "prose", "richtext", "news", "copy", "detail",
            "details", "single", "page", "column", "col", "paragraph", "paragraphs", "section", "artikel",
            "inhalt", "beitrag", "meldung", "nachricht", "texte", "contenu", "corps", "statya", "material", "tekst");

    private static final Set<String> POSITIVE_STRONG = Set.of("articlebody", "storybody", "postbody",
            "entrycontent", "articlecontent", "postcontent", "articletext", "storytext", "bodytext",
            "storycontent", "newstext", "articlebodytext", "maincontent", "textcontent", "posttext",
            "contentbody", "articlecopy", "storycopy", "bodycopy", "artikeltext", "artikelinhalt", "beitragstext",
            "articletexte", "contenuarticle", "textearticle", "articlecontenu", "materialtext", "newsbody",
            "newscontent", "itemtext", "itembody");

    private static final Set<String> NEGATIVE_ROLES = Set.of("navigation", "complementary", "contentinfo",
            "banner", "search", "dialog", "alert", "alertdialog", "menu", "menubar", "toolbar", "tablist");

    private Hints() {
    }

    /** The words of the element's class, id and itemprop, lower case, joined by spaces. */
    static String words(Element e) {
        StringBuilder b = new StringBuilder();
        split(e.attr("class"), b);
        split(e.attr("id"), b);
        split(e.attr("itemprop"), b);
        return b.toString();
    }

    private static void split(String s, StringBuilder out) {
        char prev = ' ';
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
            } else {
                if (Character.isUpperCase(c) && Character.isLowerCase(prev) && out.length() > 0
                        && out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
                out.append(Character.toLowerCase(c));
            }
            prev = c;
        }
        if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
            out.append(' ');
        }
    }

    /** Whether the element's tag, role or name marks it as boilerplate. */
    static boolean negative(Element e) {
        String tag = e.normalName();
        if (tag.equals("nav") || tag.equals("aside") || tag.equals("footer") || tag.equals("header")
                || tag.equals("figcaption") || tag.equals("menu") || tag.equals("dialog")) {
            return true;
        }
        String role = e.attr("role").toLowerCase(Locale.ROOT);
        if (!role.isEmpty() && NEGATIVE_ROLES.contains(role)) {
            return true;
        }
        if (e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden"))) {
            return true;
        }
        String style = e.attr("style");
        if (!style.isEmpty() && hiddenStyle(style)) {
            return true;
        }
        String w = words(e);
        if (w.isEmpty()) {
            return false;
        }
        int start = 0;
        boolean flag = false;
        for (int i = 0; i < w.length(); i++) {
            if (w.charAt(i) == ' ') {
                String word = w.substring(start, i);
                start = i + 1;
                // "has-sidebar", "with-comments", "no-ads" describe the element's state, not what it is
                if (!flag && isNegative(word)) {
                    return positive(e) < 2;
                }
                flag = word.equals("has") || word.equals("with") || word.equals("no") || word.equals("without");
            }
        }
        return false;
    }

    private static boolean isNegative(String word) {
        if (NEGATIVE_WORDS.contains(word)) {
            return true;
        }
        for (String stem : NEGATIVE_STEMS) {
            if (word.startsWith(stem)) {
                return true;
            }
        }
        return false;
    }

    /** How strongly the name says "article text": 2 for a body-of-article name, 1 for a content name, else 0. */
    static int positive(Element e) {
        if ("articleBody".equals(e.attr("itemprop"))) {
            return 2;
        }
        String w = words(e);
        if (w.isEmpty()) {
            return e.normalName().equals("article") || e.normalName().equals("main") ? 1 : 0;
        }
        int best = e.normalName().equals("article") || e.normalName().equals("main") ? 1 : 0;
        String joined = w.replace(" ", "");
        for (String strong : POSITIVE_STRONG) {
            if (joined.contains(strong)) {
                return 2;
            }
        }
        int start = 0;
        for (int i = 0; i < w.length(); i++) {
            if (w.charAt(i) == ' ') {
                String word = w.substring(start, i);
                start = i + 1;
                if (POSITIVE_WORDS.contains(word)) {
                    best = Math.max(best, 1);
                }
            }
        }
        return best;
    }

    /** Stems of names for text that is not shown with the words around it: pop-ups, screen-reader hints. */
    private static final String[] INVISIBLE_STEMS = {"tooltip", "rollover", "hovercard", "popover", "sronly",
            "screenreader", "visuallyhidden", "offscreen", "elementinvisible", "hiddentext"};

    /**
     * Whether an element, wherever it is, holds text that is not read with the text around it: hidden by
     * attribute or inline style, or named as a tooltip, hover card or screen-reader hint.
     */
    static boolean invisible(Element e) {
        if (e.hasAttr("hidden")) {
            return true;
        }
        String style = e.attr("style");
        if (!style.isEmpty() && hiddenStyle(style)) {
            return true;
        }
        String cls = e.attr("class");
        if (cls.isEmpty()) {
            return false;
        }
        String joined = cls.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
        for (String stem : INVISIBLE_STEMS) {
            if (joined.contains(stem)) {
                return true;
            }
        }
        // "hidden" alone, not "hidden-xs" (hidden on small screens only)
        return (" " + cls.toLowerCase(Locale.ROOT) + " ").contains(" hidden ");
    }

    static boolean hiddenStyle(String style) {
        String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
        return s.contains("display:none") || s.contains("visibility:hidden");
    }
}
