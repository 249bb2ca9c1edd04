package org.tally.ingest.clean.html;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The metadata a page states about its article: title, publication date, author, canonical URL, site and
 * declared language. Each field is taken from the most specific source that has it: JSON-LD, then Open Graph
 * and other meta elements, then the markup (h1, time, byline), then the URL.
 */
final class Metadata {

    /** Field values found; any may be {@code null}. */
    record Fields(String title, String published, String author, String url, String site, String language) {
    }

    private static final String[] SEPARATORS = {" | ", " – ", " — ", " - ", " :: ", " · ", " » ", " « ", " // ",
            " ~ ", " : "};
    private static final Map<String, String> LANGUAGE_CODES = new HashMap<>();

    static {
        for (String code : Locale.getISOLanguages()) {
            Locale l = Locale.of(code);
            try {
                LANGUAGE_CODES.put(l.getISO3Language(), code);
            } catch (MissingResourceException e) {
                // no three-letter code
            }
            LANGUAGE_CODES.put(l.getDisplayLanguage(Locale.ENGLISH).toLowerCase(Locale.ROOT), code);
            LANGUAGE_CODES.put(l.getDisplayLanguage(l).toLowerCase(l), code);
        }
        String[][] bibliographic = {{"ger", "de"}, {"fre", "fr"}, {"chi", "zh"}, {"cze", "cs"}, {"dut", "nl"},
                {"gre", "el"}, {"per", "fa"}, {"rum", "ro"}, {"slo", "sk"}, {"alb", "sq"}, {"arm", "hy"},
                {"baq", "eu"}, {"bur", "my"}, {"geo", "ka"}, {"ice", "is"}, {"mac", "mk"}, {"may", "ms"},
                {"wel", "cy"}, {"tib", "bo"}, {"iw", "he"}, {"in", "id"}, {"ji", "yi"}};
        for (String[] b : bibliographic) {
            LANGUAGE_CODES.put(b[0], b[1]);
        }
    }

    /** Words that follow a name in bylines: buttons and prepositions. */
    private static final Set<String> STOP_WORDS = Set.of("share", "follow", "email", "twitter", "facebook",
            "updated", "published", "posted", "on", "at", "am", "um", "le", "el", "в", "и", "and", "•", "|");

    private final Document doc;
    private final JsonLd ld;
    private final Map<String, String> meta = new HashMap<>();

    private Metadata(Document doc) {
        this.doc = doc;
        this.ld = JsonLd.of(doc);
        for (Element m : doc.select("meta[content]")) {
            String content = m.attr("content").strip();
            if (content.isEmpty()) {
                continue;
            }
            for (String attr : new String[] {"property", "name", "itemprop", "http-equiv"}) {
                String key = m.attr(attr).strip().toLowerCase(Locale.ROOT);
                if (!key.isEmpty()) {
                    meta.putIfAbsent(key, content);
                }
            }
        }
    }

    static Fields of(Document doc, String baseUri) {
        Metadata m = new Metadata(doc);
        String url = m.url(baseUri);
        String site = unescape(m.site(url));
        String title = unescape(m.title(site, url));
        return new Fields(title, m.published(url), unescape(m.author()), url, site, m.language());
    }

    /** Pages often escape entities twice ({@code &amp;#8216;}); the value should read as text. */
    static String unescape(String s) {
        if (s == null || s.indexOf('&') < 0 || s.indexOf(';') < 0) {
            return s;
        }
        return Texts.squash(Parser.unescapeEntities(s, false));
    }

    private String meta(String... keys) {
        for (String k : keys) {
            String v = meta.get(k);
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- url and site

    private String url(String baseUri) {
        String og = absolute(meta("og:url", "twitter:url"), null);
        Element canonical = doc.selectFirst("link[rel~=(?i)^canonical$][href]");
        if (canonical != null) {
            String c = absolute(canonical.attr("href"), baseUri != null && !baseUri.isBlank() ? baseUri : og);
            if (c != null) {
                return c;
            }
        }
        if (og != null) {
            return og;
        }
        String fromLd = ld.text("url");
        if (fromLd == null && ld.article != null && ld.article.get("mainEntityOfPage") instanceof Map<?, ?> m
                && m.get("@id") instanceof String id) {
            fromLd = id;
        }
        String u = absolute(fromLd, baseUri);
        if (u != null) {
            return u;
        }
        return baseUri != null && baseUri.startsWith("http") ? baseUri : null;
    }

    /** The link as an absolute http(s) URL, resolved against {@code base} when relative; else {@code null}. */
    static String absolute(String href, String base) {
        if (href == null || href.isBlank()) {
            return null;
        }
        String h = href.strip();
        try {
            URI u = new URI(h.replace(" ", "%20"));
            if (!u.isAbsolute()) {
                if (base == null || base.isBlank()) {
                    return null;
                }
                u = new URI(base.strip()).resolve(u);
            }
            String scheme = u.getScheme();
            if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    || u.getHost() == null) {
                return null;
            }
            return u.toString();
        } catch (Exception e) {
            return null;
        }
    }

    static String host(String url) {
        if (url == null) {
            return null;
        }
        try {
            String h = new URI(url).getHost();
            if (h == null) {
                return null;
            }
            h = h.toLowerCase(Locale.ROOT);
            return h.startsWith("www.") ? h.substring(4) : h;
        } catch (Exception e) {
            return null;
        }
    }

    private String site(String url) {
        String s = meta("og:site_name", "application-name", "al:android:app_name", "al:ios:app_name",
                "twitter:app:name:iphone");
        if (s == null) {
            s = ld.publisher();
        }
        if (s != null && !s.isBlank() && s.length() <= 100) {
            return Texts.squash(s);
        }
        return host(url);
    }

    // ---------------------------------------------------------------- title

    private String title(String site, String url) {
        List<String> candidates = new ArrayList<>();
        String headline = ld.article != null ? JsonLd.string(ld.article, "headline") : null;
        if (headline == null && ld.article != null) {
            headline = JsonLd.string(ld.article, "name");
        }
        candidates.add(headline);
        candidates.add(meta("og:title", "twitter:title", "title", "dc.title", "headline"));
        Element h1 = doc.selectFirst("article h1, main h1, [itemprop=headline], h1");
        candidates.add(h1 == null ? null : h1.text());
        Element t = doc.selectFirst("title");
        candidates.add(t == null ? null : t.text());
        String h1Text = h1 == null ? null : Texts.squash(h1.text());
        for (String c : candidates) {
            String s = Texts.squash(c);
            if (s.isEmpty() || s.length() > 400) {
                continue;
            }
            return stripSite(s, site, url, h1Text);
        }
        return null;
    }

    /** "Headline | Site", "Headline - Site", "Site: Headline" and the like, without the site's part. */
    static String stripSite(String title, String site, String url, String h1) {
        String siteKey = Texts.key(site);
        String hostKey = Texts.key(host(url));
        String hostCore = host(url) == null ? "" : Texts.key(host(url).replaceFirst("\\.[a-z]{2,6}(\\.[a-z]{2})?$",
                ""));
        if (h1 != null && !h1.isEmpty() && title.length() > h1.length() && title.startsWith(h1)) {
            String rest = title.substring(h1.length()).strip();
            for (String sep : SEPARATORS) {
                if (rest.startsWith(sep.strip())) {
                    return h1;
                }
            }
        }
        String t = title;
        if (site != null && site.length() >= 2 && t.length() > site.length() + 2 && t.regionMatches(true, 0, site, 0,
                site.length())) {
            String rest = t.substring(site.length()).strip();
            if (!rest.isEmpty() && ":|-–—»·/".indexOf(rest.charAt(0)) >= 0 && words(rest) >= 2) {
                t = rest.substring(1).strip();
            }
        }
        for (int round = 0; round < 3; round++) {
            boolean changed = false;
            for (String sep : SEPARATORS) {
                int at = t.lastIndexOf(sep);
                if (at > 0) {
                    String head = t.substring(0, at).strip();
                    String tail = t.substring(at + sep.length()).strip();
                    if (isSite(tail, siteKey, hostKey, hostCore) || (sep.equals(" | ") && words(tail) <= 4
                            && words(head) >= 3)) {
                        t = head;
                        changed = true;
                        break;
                    }
                }
                int first = t.indexOf(sep);
                if (first > 0) {
                    String head = t.substring(0, first).strip();
                    String tail = t.substring(first + sep.length()).strip();
                    if (isSite(head, siteKey, hostKey, hostCore) && words(tail) >= 2) {
                        t = tail;
                        changed = true;
                        break;
                    }
                }
            }
            if (!changed) {
                break;
            }
        }
        return t.isEmpty() ? title : t;
    }

    private static boolean isSite(String part, String siteKey, String hostKey, String hostCore) {
        String k = Texts.key(part);
        if (k.isEmpty()) {
            return false;
        }
        return k.equals(siteKey) || k.equals(hostKey) || (!hostCore.isEmpty() && (k.equals(hostCore)
                || (k.length() >= 3 && hostKey.contains(k)))) || (!siteKey.isEmpty() && siteKey.length() >= 3
                && (k.startsWith(siteKey) || siteKey.startsWith(k)) && words(part) <= 5);
    }

    private static int words(String s) {
        return Texts.countWords(s);
    }

    // ---------------------------------------------------------------- date

    private String published(String url) {
        List<String> candidates = new ArrayList<>();
        candidates.add(ld.article != null ? JsonLd.string(ld.article, "datePublished") : null);
        candidates.add(ld.article != null ? JsonLd.string(ld.article, "dateCreated") : null);
        candidates.add(meta("article:published_time", "og:published_time", "og:article:published_time",
                "article.published", "datepublished", "date", "pubdate", "publishdate", "publish-date",
                "publish_date", "publication_date", "pub_date", "dc.date", "dc.date.issued", "dc.date.created",
                "dcterms.date", "dcterms.issued", "dcterms.created", "sailthru.date", "parsely-pub-date",
                "article_date_original", "original-publish-date", "displaydate", "cxenseparse:recs:publishtime",
                "citation_publication_date", "citation_date", "released", "og:updated_time",
                "article:modified_time", "lastmod"));
        candidates.add(ld.page != null ? JsonLd.string(ld.page, "datePublished") : null);
        for (Element e : doc.select("[itemprop=datePublished]")) {
            candidates.add(e.hasAttr("datetime") ? e.attr("datetime") : e.hasAttr("content") ? e.attr("content")
                    : e.text());
        }
        for (String c : candidates) {
            String d = Dates.parse(c);
            if (d != null) {
                return d;
            }
        }
        String fromUrl = Dates.fromUrl(url);
        Element time = doc.selectFirst("article time[datetime], time[pubdate], time[datetime]");
        if (time != null) {
            String d = Dates.parse(time.attr("datetime"));
            if (d == null) {
                d = Dates.parse(time.text());
            }
            if (d != null && (fromUrl == null || d.startsWith(fromUrl) || d.length() >= fromUrl.length())) {
                return d;
            }
        }
        if (fromUrl != null) {
            return fromUrl;
        }
        // last resort: a short element named as a date ("date", "article-date", "published")
        int looked = 0;
        for (Element e : doc.select("[class~=(?i)(^|[-_ ])(date|datum|dateline|published|pubdate|timestamp)"
                + "([-_ ]|$)]")) {
            if (looked++ >= 5) {
                break;
            }
            String text = e.text();
            if (text.length() <= 80 && !inCommentsOrForm(e)) {
                String d = Dates.parse(text);
                if (d != null) {
                    return d;
                }
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- author

    private String author() {
        Set<String> names = new LinkedHashSet<>();
        for (String n : ld.authors()) {
            addName(names, n);
        }
        if (names.isEmpty()) {
            for (String k : new String[] {"author", "article:author", "dc.creator", "byl", "sailthru.author",
                    "parsely-author", "twitter:creator:name", "citation_author"}) {
                String v = meta.get(k);
                if (v != null) {
                    for (String part : v.split("[;|]")) {
                        addName(names, part);
                    }
                }
                if (!names.isEmpty()) {
                    break;
                }
            }
        }
        if (names.isEmpty()) {
            for (Element e : doc.select("[itemprop=author] [itemprop=name], [itemprop=author], a[rel~=(?i)author],"
                    + " [class~=(?i)(^|[-_ ])(byline|author)([-_ ]?name)?($|[-_ ])]")) {
                if (inCommentsOrForm(e)) {
                    continue;
                }
                String text = e.hasAttr("content") ? e.attr("content") : e.text();
                if (text.length() <= 160) {
                    for (String part : text.split(",| and | und | et | и ")) {
                        addName(names, part);
                    }
                }
                if (!names.isEmpty()) {
                    break;
                }
            }
        }
        if (names.isEmpty()) {
            return null;
        }
        return String.join(", ", names);
    }

    private static boolean inCommentsOrForm(Element e) {
        for (Element x = e; x != null; x = x.parent()) {
            if (x.normalName().equals("form") || x.normalName().equals("footer")) {
                return true;
            }
            String w = Hints.words(x);
            if (w.contains("comment") || w.contains("respond") || w.contains("reply")) {
                return true;
            }
        }
        return false;
    }

    private static void addName(Set<String> names, String raw) {
        String n = cleanName(raw);
        if (n == null) {
            return;
        }
        for (String existing : names) {
            if (Texts.key(existing).equals(Texts.key(n))) {
                return;
            }
        }
        names.add(n);
    }

    /** A person's name as pages write it, without "By", roles, dates and links; {@code null} if none is left. */
    static String cleanName(String raw) {
        if (raw == null) {
            return null;
        }
        String n = Texts.squash(raw);
        if (n.startsWith("http://") || n.startsWith("https://") || n.startsWith("www.") || n.contains("@")) {
            return null;
        }
        String lower = n.toLowerCase(Locale.ROOT);
        for (String prefix : new String[] {"by: ", "by ", "von: ", "von ", "par: ", "par ", "por: ", "por ", "di ",
                "door ", "av ", "af ", "автор: ", "автор ", "text: ", "text ", "texte: ", "written by ",
                "posted by ", "words by ", "reporting by "}) {
            if (lower.startsWith(prefix)) {
                n = n.substring(prefix.length()).strip();
                lower = n.toLowerCase(Locale.ROOT);
            }
        }
        int cut = n.length();
        for (String stop : new String[] {" | ", " - ", " – ", " — ", ", updated", " updated ", " published ",
                " on ", "\n"}) {
            int at = n.indexOf(stop);
            if (at > 0 && at < cut) {
                cut = at;
            }
        }
        for (int i = 0; i < cut; i++) {
            if (Character.isDigit(n.charAt(i))) {
                // a date or time after the name
                cut = i;
                break;
            }
        }
        n = n.substring(0, cut).strip();
        String[] words = n.split(" ");
        int keep = words.length;
        while (keep > 1 && (Dates.isMonth(words[keep - 1]) || STOP_WORDS.contains(words[keep - 1].toLowerCase(
                Locale.ROOT)) || words[keep - 1].length() <= 1 && !Character.isLetter(words[keep - 1].charAt(0)))) {
            keep--;
        }
        n = String.join(" ", java.util.Arrays.copyOf(words, keep));
        while (!n.isEmpty() && ",;:".indexOf(n.charAt(n.length() - 1)) >= 0) {
            n = n.substring(0, n.length() - 1).strip();
        }
        if (n.length() < 2 || n.length() > 80 || Texts.countWords(n) > 8 || n.chars().noneMatch(
                Character::isLetter)) {
            return null;
        }
        return n;
    }

    // ---------------------------------------------------------------- language

    private String language() {
        Element html = doc.selectFirst("html");
        List<String> candidates = new ArrayList<>();
        if (html != null) {
            candidates.add(html.attr("lang"));
            candidates.add(html.attr("xml:lang"));
        }
        candidates.add(meta("content-language", "og:locale", "language", "dc.language", "lang", "inlanguage"));
        candidates.add(ld.text("inLanguage"));
        Element body = doc.body();
        if (body != null) {
            candidates.add(body.attr("lang"));
        }
        for (String c : candidates) {
            String code = languageCode(c);
            if (code != null) {
                return code;
            }
        }
        return null;
    }

    /** ISO 639-1 code of a language tag ("en-US", "de_DE", "rus", "German"); {@code null} if unknown. */
    static String languageCode(String tag) {
        if (tag == null) {
            return null;
        }
        String t = tag.strip().toLowerCase(Locale.ROOT);
        int comma = t.indexOf(',');
        if (comma > 0) {
            t = t.substring(0, comma).strip();
        }
        int cut = 0;
        while (cut < t.length() && t.charAt(cut) != '-' && t.charAt(cut) != '_') {
            cut++;
        }
        String primary = t.substring(0, cut);
        if (primary.length() == 2 && primary.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
            String mapped = LANGUAGE_CODES.get(primary);
            return mapped != null && mapped.length() == 2 ? mapped : primary;
        }
        String mapped = LANGUAGE_CODES.get(primary);
        return mapped != null && mapped.length() == 2 ? mapped : null;
    }
}
