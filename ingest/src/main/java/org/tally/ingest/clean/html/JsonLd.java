package org.tally.ingest.clean.html;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The schema.org objects of a page's {@code application/ld+json} scripts: the article (NewsArticle, Article,
 * BlogPosting, ...) when there is one, and whatever web page object there is as a second choice.
 */
final class JsonLd {

    /** Largest script read, so a page cannot make parsing slow. */
    private static final int MAX_SCRIPT = 2_000_000;

    final Map<String, Object> article;
    final Map<String, Object> page;

    private JsonLd(Map<String, Object> article, Map<String, Object> page) {
        this.article = article;
        this.page = page;
    }

    static JsonLd of(Document doc) {
        Map<String, Object> article = null;
        Map<String, Object> page = null;
        for (Element script : doc.select("script[type~=(?i)application/ld\\+json]")) {
            String text = script.data();
            if (text.length() > MAX_SCRIPT) {
                continue;
            }
            text = text.strip();
            if (text.startsWith("<!--")) {
                text = text.substring(4);
            }
            if (text.endsWith("-->")) {
                text = text.substring(0, text.length() - 3);
            }
            text = text.replace("<![CDATA[", "").replace("]]>", "");
            Object root = Json.parse(text);
            for (Map<String, Object> o : objects(root)) {
                String type = types(o);
                if (article == null && isArticle(type)) {
                    article = o;
                } else if (page == null && (type.contains("webpage") || type.contains("page"))) {
                    page = o;
                }
            }
        }
        return new JsonLd(article, page);
    }

    /** All objects in the value, breadth first, including those in {@code @graph} and nested arrays. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> objects(Object root) {
        List<Map<String, Object>> out = new ArrayList<>();
        Deque<Object> todo = new ArrayDeque<>();
        if (root != null) {
            todo.add(root);
        }
        int seen = 0;
        while (!todo.isEmpty() && seen++ < 10_000) {
            Object v = todo.poll();
            if (v instanceof Map<?, ?> m) {
                Map<String, Object> o = (Map<String, Object>) m;
                if (o.containsKey("@type")) {
                    out.add(o);
                }
                Object graph = o.get("@graph");
                if (graph != null) {
                    todo.add(graph);
                }
                Object main = o.get("mainEntity");
                if (main != null) {
                    todo.add(main);
                }
            } else if (v instanceof List<?> l) {
                todo.addAll(l);
            }
        }
        return out;
    }

    /** The object's types, lower case, space separated. */
    static String types(Map<String, Object> o) {
        Object t = o.get("@type");
        if (t instanceof String s) {
            return s.toLowerCase(Locale.ROOT);
        }
        if (t instanceof List<?> l) {
            StringBuilder b = new StringBuilder();
            for (Object x : l) {
                if (x instanceof String s) {
                    b.append(s.toLowerCase(Locale.ROOT)).append(' ');
                }
            }
            return b.toString();
        }
        return "";
    }

    private static boolean isArticle(String type) {
        return type.contains("article") || type.contains("posting") || type.contains("report");
    }

    /** A string property of the article, else of the page object. */
    String text(String key) {
        String v = string(article, key);
        return v != null ? v : string(page, key);
    }

    static String string(Map<String, Object> o, String key) {
        if (o == null) {
            return null;
        }
        Object v = o.get(key);
        if (v instanceof List<?> l && !l.isEmpty()) {
            v = l.get(0);
        }
        if (v instanceof Map<?, ?> m) {
            Object x = m.get("@value");
            v = x != null ? x : m.get("name");
        }
        if (v instanceof String s && !s.isBlank()) {
            return s.strip();
        }
        return null;
    }

    /** Names of the authors of the article: strings, Person objects, or lists of them. */
    List<String> authors() {
        List<String> names = new ArrayList<>();
        Object a = article != null ? article.get("author") : null;
        if (a == null && article != null) {
            a = article.get("creator");
        }
        if (a == null && page != null) {
            a = page.get("author");
        }
        List<Object> items = a instanceof List<?> l ? new ArrayList<>(l) : a == null ? List.of() : List.of(a);
        for (Object x : items) {
            if (x instanceof String s) {
                names.add(s);
            } else if (x instanceof Map<?, ?> m) {
                Object n = m.get("name");
                if (n instanceof String s) {
                    names.add(s);
                } else if (n instanceof List<?> nl && !nl.isEmpty() && nl.get(0) instanceof String s) {
                    names.add(s);
                }
            }
        }
        return names;
    }

    /** The publisher's name. */
    String publisher() {
        for (Map<String, Object> o : new ArrayList<>(java.util.Arrays.asList(article, page))) {
            if (o != null && o.get("publisher") instanceof Map<?, ?> p && p.get("name") instanceof String s
                    && !s.isBlank()) {
                return s.strip();
            }
        }
        return null;
    }
}
