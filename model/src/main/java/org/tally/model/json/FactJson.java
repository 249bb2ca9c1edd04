package org.tally.model.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.LinkedHashMap;
import java.util.Map;
import org.tally.model.Document;
import org.tally.model.Entity;
import org.tally.model.Event;
import org.tally.model.Problem;

/**
 * The JSON Lines form of fact records (../shared/eval/SCHEMA.md): one object per line, each with {@code doc} and
 * {@code kind}. Field order is fixed so that outputs diff cleanly. Thread-safe.
 */
public final class FactJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .disable(SerializationFeature.INDENT_OUTPUT);

    private FactJson() {
    }

    public static String line(Document d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("doc", d.doc());
        m.put("kind", "document");
        m.put("language", d.language());
        m.put("published", d.published());
        m.put("title", d.title());
        m.put("author", d.author());
        m.put("url", d.url());
        m.put("site", d.site());
        m.put("format", d.format());
        m.put("content_hash", d.contentHash());
        m.put("fingerprint", d.fingerprint());
        m.put("body", d.body());
        return write(m);
    }

    public static String line(Entity e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("doc", e.doc());
        m.put("kind", "entity");
        m.put("type", e.type());
        m.put("name", e.name());
        m.put("id", e.id());
        m.put("wikidata", e.wikidata());
        m.put("mentions", e.mentions().stream().map(x -> {
            Map<String, Object> mention = new LinkedHashMap<>();
            mention.put("begin", x.begin());
            mention.put("end", x.end());
            mention.put("text", x.text());
            mention.put("how", x.how());
            return mention;
        }).toList());
        return write(m);
    }

    public static String line(Event e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("doc", e.doc());
        m.put("kind", "event");
        m.put("id", e.id());
        m.put("type", e.type());
        m.put("actor", e.actor());
        m.put("target", e.target());
        m.put("item", e.item());
        if (e.quantity() != null) {
            Map<String, Object> q = new LinkedHashMap<>();
            double v = e.quantity().value();
            q.put("value", v == Math.rint(v) && Math.abs(v) < 1e15 ? (Object) (long) v : (Object) v);
            q.put("unit", e.quantity().unit());
            q.put("qualifier", e.quantity().qualifier());
            m.put("quantity", q);
        } else {
            m.put("quantity", null);
        }
        if (e.when() != null) {
            Map<String, Object> w = new LinkedHashMap<>();
            w.put("start", e.when().start());
            if (e.when().end() != null) {
                w.put("end", e.when().end());
            }
            m.put("when", w);
        } else {
            m.put("when", null);
        }
        m.put("origin", e.origin());
        m.put("destination", e.destination());
        m.put("source", e.source());
        m.put("modality", e.modality());
        m.put("evidence", e.evidence());
        m.put("begin", e.begin());
        m.put("end", e.end());
        return write(m);
    }

    public static String line(Problem p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("doc", p.doc());
        m.put("kind", "problem");
        m.put("stage", p.stage().label());
        m.put("code", p.code());
        m.put("message", p.message());
        return write(m);
    }

    public static Map<String, Object> parse(String line) {
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> map = MAPPER.readValue(line, Map.class);
            return map;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a JSON object: " + e.getOriginalMessage(), e);
        }
    }

    private static String write(Map<String, Object> m) {
        try {
            return MAPPER.writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a fact record could not be written as JSON", e);
        }
    }
}
