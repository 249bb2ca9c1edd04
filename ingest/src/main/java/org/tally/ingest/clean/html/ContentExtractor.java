package org.tally.ingest.clean.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Finds the article text of a page.
 *
 * <ol>
 * <li>The page is cut into text blocks ({@link Blocks}); each block gets a first label from its own features:
 * length, share of link text, punctuation.</li>
 * <li>Elements whose name or role marks them as boilerplate (navigation, comments, share bars, related lists,
 * ...) are left out, unless they hold most of the page's good text (a wrapper with an unlucky name).</li>
 * <li>Every block votes for its ancestors: good text adds its length, link lists and other bad text subtract
 * theirs. The element with the highest total is the article: the smallest box that takes in the good text
 * and as little of the rest as possible.</li>
 * <li>Inside it, short and near-good blocks are relabelled by their neighbours, headings by the text after
 * them; stock phrases (advertising labels, share prompts) and the headline are dropped.</li>
 * </ol>
 */
final class ContentExtractor {

    /** Blocks longer than this, with little link text, are good whatever else they show. */
    private static final int GOOD_CHARS = 110;
    private static final int SHORT_CHARS = 40;

    private static final boolean DEBUG = Boolean.getBoolean("tally.html.debug");

    private static final class Stat {
        int chars;
        int good;
        /** Good text with an ancestor named as the article (article tag, articleBody, entry-content...). */
        int markedGood;
        double score;
        Boolean pruned;
    }

    List<Block> extract(Element body, String title) {
        if (body == null) {
            return List.of();
        }
        List<Block> blocks = Blocks.of(body, e -> !Blocks.isBlock(e) && Hints.invisible(e));
        if (blocks.isEmpty()) {
            return List.of();
        }
        for (Block b : blocks) {
            b.label = firstLabel(b);
        }
        Map<Element, Stat> stats = new IdentityHashMap<>();
        int totalGood = 0;
        int totalMarked = 0;
        Map<Element, Boolean> marked = new IdentityHashMap<>();
        for (Block b : blocks) {
            int good = b.label == Block.Label.GOOD ? b.chars : 0;
            totalGood += good;
            boolean inMarked = false;
            if (good > 0) {
                for (Element e = b.owner; e != null && !inMarked; e = e.parent()) {
                    inMarked = marked.computeIfAbsent(e, ContentExtractor::marksArticle);
                }
                if (inMarked) {
                    totalMarked += good;
                }
            }
            for (Element e = b.owner; e != null; e = e.parent()) {
                Stat s = stats.computeIfAbsent(e, k -> new Stat());
                s.chars += b.chars;
                s.good += good;
                if (inMarked) {
                    s.markedGood += good;
                }
            }
        }
        final int allGood = totalGood;
        final int allMarked = totalMarked;
        List<Block> kept = new ArrayList<>(blocks.size());
        for (Block b : blocks) {
            if (!pruned(b.owner, stats, allGood, allMarked)) {
                kept.add(b);
            }
        }
        if (totalGood > 0 && kept.stream().noneMatch(b -> b.label == Block.Label.GOOD)) {
            // the names pruned all the good text: trust the text over the names
            kept = blocks;
        }
        if (kept.isEmpty()) {
            return List.of();
        }
        // votes
        for (Stat s : stats.values()) {
            s.score = 0;
        }
        for (Block b : kept) {
            double v = vote(b);
            for (Element e = b.owner; e != null; e = e.parent()) {
                stats.get(e).score += v;
            }
        }
        Element best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (Map.Entry<Element, Stat> en : stats.entrySet()) {
            Stat s = en.getValue();
            if (s.pruned != null && s.pruned && kept != blocks) {
                continue;
            }
            double score = s.score;
            int hint = Hints.positive(en.getKey());
            if (score > 0 && hint > 0) {
                score *= hint == 2 ? 1.15 : 1.05;
            }
            if (score > bestScore) {
                bestScore = score;
                best = en.getKey();
            }
        }
        if (DEBUG) {
            System.err.println("BEST " + describe(best) + " score " + bestScore);
            for (Block b : blocks) {
                System.err.println((kept.contains(b) ? "  " : "X ") + (within(b.owner, best) ? "IN " : "   ")
                        + b + "  <" + describe(b.owner) + " < " + describe(b.owner.parent()));
            }
        }
        List<Block> inside = new ArrayList<>();
        for (Block b : kept) {
            if (within(b.owner, best)) {
                inside.add(b);
            }
        }
        inside = oneArticle(inside, best, title);
        return relabel(inside, title, stats);
    }

    private static String describe(Element e) {
        return e == null ? "-" : e.normalName() + "." + e.className() + "#" + e.id();
    }

    /**
     * When the chosen box holds several {@code article} elements with good text (a story followed by the next
     * one, or by teasers with their own text), keeps the one with the headline, else the first.
     */
    private static List<Block> oneArticle(List<Block> inside, Element best, String title) {
        Map<Element, Integer> good = new IdentityHashMap<>();
        List<Element> order = new ArrayList<>();
        int totalGood = 0;
        for (Block b : inside) {
            if (b.label != Block.Label.GOOD) {
                continue;
            }
            totalGood += b.chars;
            Element art = nearestArticle(b.owner, best);
            if (art != null) {
                if (!good.containsKey(art)) {
                    order.add(art);
                }
                good.merge(art, b.chars, Integer::sum);
            }
        }
        if (order.size() < 2) {
            return inside;
        }
        int inArticles = good.values().stream().mapToInt(Integer::intValue).sum();
        if (inArticles * 2 < totalGood) {
            return inside;
        }
        String titleKey = Texts.key(title);
        Element chosen = null;
        for (Block b : inside) {
            if (b.kind == Block.Kind.HEADING && (b.level == 1 || (!titleKey.isEmpty() && titleKey.contains(Texts.key(
                    b.text)) && b.chars > 10))) {
                Element art = nearestArticle(b.owner, best);
                for (Element a = art; a != null && chosen == null; a = a.parent() == best ? null : a.parent()) {
                    if (good.containsKey(a)) {
                        chosen = a;
                    }
                }
                if (chosen == null) {
                    for (Element a : order) {
                        if (within(a, art == null ? best : art)) {
                            chosen = a;
                            break;
                        }
                    }
                }
                if (chosen != null) {
                    break;
                }
            }
        }
        if (chosen == null) {
            chosen = order.get(0);
        }
        List<Block> out = new ArrayList<>();
        for (Block b : inside) {
            Element art = nearestArticle(b.owner, best);
            if (art == chosen || (within(b.owner, chosen) && !good.containsKey(art))) {
                out.add(b);
            }
        }
        return out;
    }

    private static Element nearestArticle(Element e, Element stop) {
        for (Element x = e; x != null && x != stop; x = x.parent()) {
            if (x.normalName().equals("article")) {
                return x;
            }
        }
        return null;
    }

    static boolean within(Element e, Element container) {
        for (Element x = e; x != null; x = x.parent()) {
            if (x == container) {
                return true;
            }
        }
        return false;
    }

    private static boolean marksArticle(Element e) {
        return e.normalName().equals("article") || Hints.positive(e) >= 2;
    }

    /**
     * Whether the element or one of its ancestors is named as boilerplate and does not hold the article.
     * Resolved top-down along the ancestor chain without recursion, so deep pages cannot overflow the stack.
     */
    private boolean pruned(Element e, Map<Element, Stat> stats, int totalGood, int totalMarked) {
        List<Element> chain = new ArrayList<>();
        Boolean above = Boolean.FALSE;
        for (Element x = e; x != null; x = x.parent()) {
            Stat s = stats.get(x);
            if (s != null && s.pruned != null) {
                above = s.pruned;
                break;
            }
            chain.add(x);
        }
        boolean p = above;
        for (int i = chain.size() - 1; i >= 0; i--) {
            Element x = chain.get(i);
            Stat s = stats.get(x);
            if (!p && s != null) {
                boolean holdsArticle = totalMarked > 0 ? s.markedGood * 2 > totalMarked
                        : s.good * 2 > totalGood;
                p = Hints.negative(x) && !holdsArticle;
                if (DEBUG && p) {
                    System.err.println("PRUNE " + describe(x) + " good " + s.good + "/" + totalGood + " marked "
                            + s.markedGood + "/" + totalMarked);
                }
            }
            if (s != null) {
                s.pruned = p;
            }
        }
        return p;
    }

    static Block.Label firstLabel(Block b) {
        double ld = b.linkDensity();
        if (ld > 0.75) {
            return Block.Label.BAD;
        }
        if (ld > 0.5) {
            // prose with many inline links (a news round-up) against a menu item or a list of headlines
            return b.chars >= 150 && Texts.punctuation(b.text) >= 2 ? Block.Label.NEAR_GOOD : Block.Label.BAD;
        }
        if (ld > 0.3 && b.chars < 100) {
            return Block.Label.BAD;
        }
        if (b.chars < SHORT_CHARS && b.kind != Block.Kind.HEADING) {
            return Block.Label.SHORT;
        }
        if (b.chars >= GOOD_CHARS && ld < 0.25 && Texts.punctuation(b.text) > 0) {
            return Block.Label.GOOD;
        }
        return Block.Label.NEAR_GOOD;
    }

    private static double vote(Block b) {
        return switch (b.label) {
            case GOOD -> b.chars;
            case NEAR_GOOD -> b.chars * 0.3;
            case SHORT -> -b.chars * 0.1;
            case BAD -> -b.chars;
        };
    }

    private List<Block> relabel(List<Block> blocks, String title, Map<Element, Stat> stats) {
        int n = blocks.size();
        // for each block, whether the nearest block before / after it that is neither short nor a heading is
        // good or near good; computed in two sweeps so that long runs of short blocks stay linear
        boolean[] goodBefore = new boolean[n];
        boolean[] goodAfter = new boolean[n];
        boolean last = false;
        for (int i = 0; i < n; i++) {
            goodBefore[i] = last;
            if (!skippedByContext(blocks.get(i))) {
                last = isGoodish(blocks.get(i));
            }
        }
        last = false;
        for (int i = n - 1; i >= 0; i--) {
            goodAfter[i] = last;
            if (!skippedByContext(blocks.get(i))) {
                last = isGoodish(blocks.get(i));
            }
        }
        for (int i = 0; i < n; i++) {
            Block b = blocks.get(i);
            b.keep = switch (b.label) {
                case GOOD -> true;
                case NEAR_GOOD -> true;
                case BAD -> false;
                case SHORT -> goodBefore[i] && goodAfter[i];
            };
            if (b.label == Block.Label.NEAR_GOOD && b.chars < 200 && i > 0
                    && blocks.get(i - 1).label == Block.Label.BAD
                    && (i + 1 == n || blocks.get(i + 1).label == Block.Label.BAD)
                    && isTeaser(blocks.get(i - 1), b, stats)) {
                // a teaser: a box holding just a linked headline and its summary, between other links
                b.keep = false;
            }
            if (b.kind == Block.Kind.HEADING) {
                // a heading is kept when text follows it; a linked heading is a teaser
                b.keep = b.label != Block.Label.BAD && goodAfter[i];
            } else if (b.label == Block.Label.BAD && b.kind == Block.Kind.TEXT && b.linkDensity() <= 0.8
                    && b.chars >= 60 && endsSentence(b.text) && goodBefore[i] && goodAfter[i]) {
                // a sentence whose words are mostly links, in the middle of the text
                b.keep = true;
            }
        }
        // a list is kept whole when its longer items are kept, short items and all
        Map<Element, Boolean> listKept = new IdentityHashMap<>();
        for (Block b : blocks) {
            if (b.list != null && b.keep && b.label != Block.Label.SHORT) {
                listKept.put(b.list, true);
            }
        }
        for (Block b : blocks) {
            if (b.list != null && !b.keep && b.label == Block.Label.SHORT && listKept.containsKey(b.list)) {
                b.keep = true;
            }
        }
        String titleKey = Texts.key(title);
        List<Block> out = new ArrayList<>();
        boolean textStarted = false;
        for (Block b : blocks) {
            if (!b.keep) {
                continue;
            }
            if (!textStarted && b.label == Block.Label.GOOD) {
                textStarted = true;
            }
            if (!textStarted && b.chars < 150 && isBylineOrDateline(b.text)) {
                continue;
            }
            if (b.kind == Block.Kind.HEADING && !titleKey.isEmpty() && Texts.key(b.text).equals(titleKey)) {
                continue;
            }
            if (b.chars < 150 && Boilerplate.isStockPhrase(b.text)) {
                continue;
            }
            if (b.chars < 300 && b.text.indexOf('\u00A9') >= 0) {
                // "© Agency": a picture credit or a copyright line
                continue;
            }
            out.add(b);
        }
        return out;
    }

    /** "By Jane Doe", "Von Anna Schmidt", "Updated: 19 November 2019, 09:01": lines above the text. */
    static boolean isBylineOrDateline(String text) {
        String lower = text.toLowerCase(java.util.Locale.ROOT).replace(" :", ":").replace(":", ": ")
                .replace("  ", " ");
        for (String prefix : BYLINE_PREFIXES) {
            if (lower.startsWith(prefix)) {
                return true;
            }
        }
        return !endsSentence(text) && Dates.parse(text) != null;
    }

    private static final String[] BYLINE_PREFIXES = {"by ", "by: ", "von ", "von: ", "par ", "par: ", "por ",
            "автор", "text: ", "texte: ", "from: ", "quelle: ", "source: ", "источник: ",
            "written by ", "posted by ", "published ", "updated ", "last updated", "veröffentlicht",
            "aktualisiert", "publié ", "mis à jour", "опубликовано", "обновлено"};

    static boolean endsSentence(String text) {
        int i = text.length() - 1;
        while (i >= 0 && "\"'”’»)]".indexOf(text.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && ".!?…。！？".indexOf(text.charAt(i)) >= 0;
    }

    /** Whether the smallest element holding both blocks holds nothing else. */
    private static boolean isTeaser(Block headline, Block summary, Map<Element, Stat> stats) {
        java.util.Set<Element> up = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element e = headline.owner; e != null; e = e.parent()) {
            up.add(e);
        }
        for (Element e = summary.owner; e != null; e = e.parent()) {
            if (up.contains(e)) {
                Stat s = stats.get(e);
                return s != null && s.chars <= headline.chars + summary.chars + 20;
            }
        }
        return false;
    }

    private static boolean skippedByContext(Block b) {
        return b.label == Block.Label.SHORT || b.kind == Block.Kind.HEADING;
    }

    private static boolean isGoodish(Block b) {
        return b.label == Block.Label.GOOD || b.label == Block.Label.NEAR_GOOD;
    }

    /** The blocks as text: paragraphs apart by a blank line, items of one list on lines of their own. */
    static String render(List<Block> blocks) {
        StringBuilder out = new StringBuilder();
        Block prev = null;
        for (Block b : blocks) {
            if (prev != null) {
                boolean sameList = b.kind == Block.Kind.ITEM && prev.kind == Block.Kind.ITEM && b.list == prev.list;
                out.append(sameList ? "\n" : "\n\n");
            }
            out.append(b.text);
            prev = b;
        }
        return out.toString();
    }
}
