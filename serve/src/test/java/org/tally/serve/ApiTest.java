package org.tally.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tally.model.Document;
import org.tally.model.Entity;
import org.tally.model.Event;
import org.tally.model.Mention;
import org.tally.store.Ledger;

/**
 * The API over real HTTP (java.net.http) against a real ledger file written by {@link Ledger#ingest} from our own
 * German and English sentences; the events are the ones fusion made inside {@code ingest}.
 */
class ApiTest {

    @TempDir
    static Path dir;
    static ApiServer server;
    static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final ObjectMapper json = new ObjectMapper();
    static String germanDoc;
    static String englishDoc;

    /** Builds a document with entities whose mention offsets are found in the body, and its claims. */
    static final class Doc {
        final String file;
        final String language;
        final String published;
        final String title;
        final String body;
        final List<Entity> entities = new ArrayList<>();
        final List<Event> events = new ArrayList<>();

        Doc(String file, String language, String published, String title, String body) {
            this.file = file;
            this.language = language;
            this.published = published;
            this.title = title;
            this.body = body;
        }

        Doc entity(String id, String type, String name, String... texts) {
            List<Mention> mentions = new ArrayList<>();
            for (String t : texts) {
                int at = body.indexOf(t);
                assertThat(at).as(t + " in " + file).isGreaterThanOrEqualTo(0);
                mentions.add(new Mention(at, at + t.length(), t, "alias"));
            }
            entities.add(new Entity(file, id, type, name, null, mentions));
            return this;
        }

        Doc claim(String type, String actor, String target, String item, Event.Amount quantity, String when,
                  String origin, String source, String modality, String sentence) {
            int at = body.indexOf(sentence);
            assertThat(at).as(sentence).isGreaterThanOrEqualTo(0);
            events.add(new Event(file, "e" + (events.size() + 1), type, actor, target, item, quantity,
                    when == null ? null : new Event.Period(when, null), origin, null, source, modality, sentence, at,
                    at + sentence.length()));
            return this;
        }

        String ingest(Ledger ledger) {
            return ledger.ingest(new Document(file, language, published, title, body, null, null, "test", "text",
                    null, null), entities, events).document();
        }
    }

    static final String DE1 = "Nordkorea hat mehr als tausend Container mit Granaten an Russland geliefert.";
    static final String DE2 = "Die Lieferungen liefen über den Hafen Rason.";
    static final String EN1 = "North Korea shipped artillery shells to Russia through Rason, officials in Seoul said.";
    static final String EN2 = "Moscow denied receiving any weapons.";
    static final String EN3 = "The United States accused Iran of sending drones to Russia.";

    @BeforeAll
    static void start() throws Exception {
        try (Ledger ledger = Ledger.open(dir)) {
            germanDoc = new Doc("de-1.txt", "de", "2023-10-13", "Granaten für Russland", DE1 + " " + DE2)
                    .entity("KP", "country", "KP", "Nordkorea").entity("RU", "country", "RU", "Russland")
                    .entity("rason", "place", "Rason", "Rason")
                    .claim("transfer", "KP", "RU", "artillery_shells", new Event.Amount(1000, "container", "more_than"),
                            "2023-09", "Rason", null, "asserted", DE1)
                    .ingest(ledger);
            englishDoc = new Doc("en-1.txt", "en", "2023-10-20", "Shells for Moscow", EN1 + " " + EN2)
                    .entity("KP", "country", "KP", "North Korea").entity("RU", "country", "RU", "Russia", "Moscow")
                    .entity("rason", "place", "Rason", "Rason").entity("seoul", "place", "Seoul", "Seoul")
                    .claim("transfer", "KP", "RU", "artillery_shells", null, "2023-09", "Rason",
                            "officials in Seoul", "reported", EN1)
                    .claim("deny", "RU", null, "weapons", null, null, null, null, "denied", EN2)
                    .ingest(ledger);
            new Doc("en-2.txt", "en", "2022-11-02", "Drones", EN3)
                    .entity("US", "country", "US", "United States").entity("IR", "country", "IR", "Iran")
                    .entity("RU", "country", "RU", "Russia")
                    .claim("accuse", "US", "IR", null, null, "2022", null, null, "asserted", EN3)
                    .ingest(ledger);
        }
        server = ApiServer.start(new ApiServer.Options(dir, "127.0.0.1", 0, Duration.ofHours(1)));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    static JsonNode ok(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = get(path);
        assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        return json.readTree(r.body());
    }

    static JsonNode problem(String path, int status, String parameter) throws IOException, InterruptedException {
        HttpResponse<String> r = get(path);
        assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode p = json.readTree(r.body());
        assertThat(p.get("status").asInt()).isEqualTo(status);
        assertThat(p.get("type").asText()).startsWith("https://");
        assertThat(p.get("title").asText()).isNotBlank();
        assertThat(p.get("detail").asText()).isNotBlank().doesNotContain("Exception").doesNotContain("\tat ");
        if (parameter != null) {
            assertThat(p.get("parameter").asText()).isEqualTo(parameter);
        }
        return p;
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void theOpenApiDocumentDescribesExactlyTheRegisteredRoutes() throws Exception {
        JsonNode doc = ok("/openapi.json");
        assertThat(doc.get("openapi").asText()).isEqualTo("3.1.0");
        Set<String> documented = new TreeSet<>();
        doc.get("paths").fields().forEachRemaining(p -> p.getValue().fieldNames()
                .forEachRemaining(m -> documented.add(m.toUpperCase() + " " + p.getKey())));
        Set<String> registered = new TreeSet<>();
        server.routes().forEach(r -> registered.add(r.method() + " " + r.path()));
        assertThat(registered).hasSizeGreaterThanOrEqualTo(10).isEqualTo(documented);
        // every $ref points at a schema that exists
        String text = doc.toString();
        var refs = java.util.regex.Pattern.compile("#/components/schemas/(\\w+)").matcher(text);
        while (refs.find()) {
            assertThat(doc.get("components").get("schemas").has(refs.group(1))).as(refs.group(1)).isTrue();
        }
    }

    @Test
    void eventsCarryTheirClaimsSourcesQuantitiesAndARoute() throws Exception {
        JsonNode page = ok("/api/events");
        JsonNode events = page.get("events");
        assertThat(events).hasSize(3);
        // newest first by start; the undated deny last
        assertThat(events.get(0).get("type").asText()).isEqualTo("transfer");
        assertThat(events.get(1).get("type").asText()).isEqualTo("accuse");
        assertThat(events.get(2).get("type").asText()).isEqualTo("deny");
        JsonNode transfer = events.get(0);
        assertThat(transfer.get("actor").asText()).isEqualTo("KP");
        assertThat(transfer.get("actor_label").asText()).isEqualTo("North Korea");
        assertThat(transfer.get("counts").get("claims").asInt()).isEqualTo(2);
        assertThat(transfer.get("independent_sources").asInt()).isEqualTo(2);
        assertThat(transfer.get("sources").toString()).contains("officials in Seoul");
        assertThat(transfer.get("quantities").get(0).get("value").asDouble()).isEqualTo(1000);
        assertThat(transfer.get("route").get("from").get("name").asText()).isEqualTo("Rason");
        assertThat(transfer.get("route").get("from").get("lat").asDouble()).isBetween(42.0, 42.5);
        assertThat(transfer.get("route").get("to").get("label").asText()).isEqualTo("Russia");
        JsonNode claims = transfer.get("claims");
        assertThat(claims).hasSize(2);
        for (JsonNode c : claims) {
            assertThat(c.get("evidence").asText()).isIn(DE1, EN1);
            assertThat(c.get("doc").asText()).isIn(germanDoc, englishDoc);
        }
        assertThat(page.get("next_offset").isNull()).isTrue();
    }

    @Test
    void eventFiltersNarrowTheList() throws Exception {
        assertThat(ok("/api/events?type=deny").get("events")).hasSize(1);
        assertThat(ok("/api/events?type=deny,accuse").get("events")).hasSize(2);
        assertThat(ok("/api/events?actor=KP").get("events")).hasSize(1);
        assertThat(ok("/api/events?target=IR").get("events")).hasSize(1);
        assertThat(ok("/api/events?item=artillery_shells").get("events")).hasSize(1);
        assertThat(ok("/api/events?modality=denied").get("events")).hasSize(1);
        assertThat(ok("/api/events?from=2023").get("events")).hasSize(1);
        assertThat(ok("/api/events?from=2023-09&to=2023-09").get("events")).hasSize(1);
        assertThat(ok("/api/events?to=2022-12-31").get("events")).hasSize(1);
        assertThat(ok("/api/events?from=2024").get("events")).isEmpty();
        // full text: only the transfer's and deny's documents mention shells
        JsonNode q = ok("/api/events?q=" + enc("shells"));
        assertThat(q.get("events")).hasSize(2);
        assertThat(ok("/api/events?q=drones").get("events")).hasSize(1);
        assertThat(ok("/api/events?q=nothingmatchesthis").get("events")).isEmpty();
    }

    @Test
    void aLightPageLeavesOutTheClaimsButNotTheirCountsFiguresAndSources() throws Exception {
        JsonNode light = ok("/api/events?type=transfer&claims=0").get("events").get(0);
        JsonNode full = ok("/api/events?type=transfer").get("events").get(0);
        assertThat(light.get("claims")).isEmpty();
        assertThat(full.get("claims")).hasSize(2);
        assertThat(light.get("counts")).isEqualTo(full.get("counts"));
        assertThat(light.get("quantities")).isEqualTo(full.get("quantities")).isNotEmpty();
        assertThat(light.get("sources")).isEqualTo(full.get("sources"));
        assertThat(ok("/api/events?type=transfer&claims=1").get("events").get(0).get("claims")).hasSize(1);
        problem("/api/events?claims=11", 400, "claims");
    }

    @Test
    void pagesDoNotOverlapAndSayWhereTheNextStarts() throws Exception {
        JsonNode first = ok("/api/events?limit=2");
        assertThat(first.get("events")).hasSize(2);
        assertThat(first.get("next_offset").asInt()).isEqualTo(2);
        JsonNode second = ok("/api/events?limit=2&offset=2");
        assertThat(second.get("events")).hasSize(1);
        assertThat(second.get("next_offset").isNull()).isTrue();
        Set<String> ids = new HashSet<>();
        first.get("events").forEach(e -> ids.add(e.get("id").asText()));
        second.get("events").forEach(e -> ids.add(e.get("id").asText()));
        assertThat(ids).hasSize(3);
    }

    @Test
    void oneEventAndItsErrors() throws Exception {
        String id = ok("/api/events?type=accuse").get("events").get(0).get("id").asText();
        JsonNode e = ok("/api/events/" + id);
        assertThat(e.get("target").asText()).isEqualTo("IR");
        assertThat(e.get("claims").get(0).get("evidence").asText()).isEqualTo(EN3);
        problem("/api/events/ev0000000000000000", 404, null);
        problem("/api/events/not-an-id", 400, "id");
    }

    @Test
    void aDocumentGivesItsBodyWithMentionAndEvidenceOffsets() throws Exception {
        JsonNode d = ok("/api/documents/" + englishDoc);
        String body = d.get("body").asText();
        assertThat(d.get("language").asText()).isEqualTo("en");
        assertThat(d.get("mentions").size()).isEqualTo(5);
        for (JsonNode m : d.get("mentions")) {
            assertThat(body.substring(m.get("begin").asInt(), m.get("end").asInt())).isEqualTo(m.get("text").asText());
        }
        assertThat(d.get("claims")).hasSize(2);
        for (JsonNode c : d.get("claims")) {
            assertThat(body.substring(c.get("begin").asInt(), c.get("end").asInt()))
                    .isEqualTo(c.get("evidence").asText());
            assertThat(c.get("event").asText()).startsWith("ev");
        }
        problem("/api/documents/" + "0".repeat(64), 404, null);
        problem("/api/documents/xyz", 400, "doc");
    }

    @Test
    void entitiesByNameAliasAndTypeWithTheirEvents() throws Exception {
        JsonNode korea = ok("/api/entities?q=" + enc("north korea")).get("entities");
        assertThat(korea).hasSize(1);
        assertThat(korea.get(0).get("id").asText()).isEqualTo("KP");
        assertThat(korea.get(0).get("lat").asDouble()).isBetween(38.0, 40.0); // Pyongyang
        assertThat(ok("/api/entities?q=" + enc("Nordkorea")).get("entities").get(0).get("id").asText()).isEqualTo("KP");
        assertThat(ok("/api/entities?type=place").get("entities")).hasSize(2);
        assertThat(ok("/api/entities?limit=3").get("next_offset").asInt()).isEqualTo(3);
        JsonNode russia = ok("/api/entities/RU");
        assertThat(russia.get("documents").asInt()).isEqualTo(3);
        assertThat(russia.get("events")).hasSize(2); // target of the transfer, actor of the deny
        problem("/api/entities/nobody_here", 404, null);
        problem("/api/entities?type=city", 400, "type");
    }

    @Test
    void searchFindsGermanAndEnglishByStemWithSnippetsAndFacets() throws Exception {
        JsonNode de = ok("/api/search?q=" + enc("Lieferung"));
        assertThat(de.get("total").asInt()).isEqualTo(1);
        JsonNode hit = de.get("results").get(0);
        assertThat(hit.get("doc").asText()).isEqualTo(germanDoc);
        assertThat(hit.get("title").asText()).isEqualTo("Granaten für Russland");
        assertThat(hit.get("snippet").asText()).contains("<mark>Lieferungen</mark>");
        assertThat(hit.get("score").asDouble()).isPositive();

        JsonNode en = ok("/api/search?q=" + enc("shell"));
        assertThat(en.get("total").asInt()).isEqualTo(1);
        assertThat(en.get("results").get(0).get("doc").asText()).isEqualTo(englishDoc);

        JsonNode russia = ok("/api/search?q=" + enc("Russland OR Russia"));
        assertThat(russia.get("total").asInt()).isEqualTo(3);
        assertThat(russia.get("facets").get("language").toString()).contains("\"value\":\"en\",\"label\":null,\"count\":2");
        assertThat(russia.get("facets").get("year").toString()).contains("2022").contains("2023");
        assertThat(russia.get("facets").get("type").toString()).contains("transfer").contains("accuse");
        assertThat(russia.get("facets").get("entity").toString()).contains("\"label\":\"Russia\"");
        // drill-down by facet values
        assertThat(ok("/api/search?q=" + enc("Russland OR Russia") + "&language=de").get("total").asInt()).isEqualTo(1);
        assertThat(ok("/api/search?q=" + enc("Russland OR Russia") + "&type=accuse").get("total").asInt()).isEqualTo(1);
        assertThat(ok("/api/search?q=" + enc("Russland OR Russia") + "&entity=IR").get("total").asInt()).isEqualTo(1);
        assertThat(ok("/api/search?q=" + enc("Russland OR Russia") + "&year=2022").get("total").asInt()).isEqualTo(1);
        // the title weighs more than the body
        JsonNode drones = ok("/api/search?q=drones");
        assertThat(drones.get("results").get(0).get("file").asText()).isEqualTo("en-2.txt");

        problem("/api/search", 400, "q");
        problem("/api/search?q=" + enc("(unbalanced"), 400, "q");
        problem("/api/search?q=x&year=20x2", 400, "year");
    }

    @Test
    void timelineBucketsByPeriodTypeAndModalityWithETags() throws Exception {
        JsonNode month = ok("/api/timeline");
        assertThat(month.get("bucket").asText()).isEqualTo("month");
        assertThat(month.get("buckets")).hasSize(1);
        assertThat(month.get("buckets").get(0).get("period").asText()).isEqualTo("2023-09");
        assertThat(month.get("buckets").get(0).get("types").get("transfer").asInt()).isEqualTo(1);
        assertThat(month.get("undated").asInt()).isEqualTo(2); // the year-only accusation and the undated denial
        JsonNode year = ok("/api/timeline?bucket=year");
        assertThat(year.get("buckets")).hasSize(2);
        assertThat(ok("/api/timeline?bucket=year&type=accuse").get("buckets")).hasSize(1);
        problem("/api/timeline?bucket=week", 400, "bucket");
        // a full-text query narrows the bars to events with a claim in a matching document
        JsonNode drones = ok("/api/timeline?bucket=year&q=drones");
        assertThat(drones.get("buckets")).hasSize(1);
        assertThat(drones.get("buckets").get(0).get("period").asText()).isEqualTo("2022");
        assertThat(ok("/api/timeline?q=drones").get("undated").asInt()).isEqualTo(1); // the accusation is year-only
        assertThat(ok("/api/timeline?q=nothingmatchesthis").get("buckets")).isEmpty();

        HttpResponse<String> first = get("/api/timeline?bucket=year");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = http.send(HttpRequest.newBuilder(uri("/api/timeline?bucket=year"))
                .header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(again.statusCode()).isEqualTo(304);
    }

    @Test
    void graphAndPlacesCarryCoordinates() throws Exception {
        JsonNode graph = ok("/api/graph");
        assertThat(graph.get("edges")).hasSize(2); // KP -> RU transfer, US -> IR accuse; the deny has no target
        JsonNode kp = null;
        for (JsonNode n : graph.get("nodes")) {
            if (n.get("id").asText().equals("KP")) {
                kp = n;
            }
        }
        assertThat(kp).isNotNull();
        assertThat(kp.get("label").asText()).isEqualTo("North Korea");
        assertThat(kp.get("lon").asDouble()).isBetween(125.0, 126.0);
        assertThat(ok("/api/graph?type=accuse").get("edges")).hasSize(1);
        assertThat(ok("/api/graph?min_events=2").get("edges")).isEmpty();
        JsonNode drones = ok("/api/graph?q=drones");
        assertThat(drones.get("edges")).hasSize(1);
        assertThat(drones.get("edges").get(0).get("type").asText()).isEqualTo("accuse");

        JsonNode places = ok("/api/places").get("places");
        JsonNode rason = null;
        for (JsonNode p : places) {
            if (p.get("id").asText().equals("rason")) {
                rason = p;
            }
        }
        assertThat(rason).isNotNull();
        assertThat(rason.get("as_origin").asInt()).isEqualTo(1);
        assertThat(rason.get("lat").asDouble()).isBetween(42.0, 42.5);
    }

    @Test
    void badParametersGet400WithTheReason() throws Exception {
        assertThat(problem("/api/events?from=2023-13", 400, "from").get("detail").asText()).contains("2023-13");
        problem("/api/events?from=2023-02-30", 400, "from");
        problem("/api/events?to=yesterday", 400, "to");
        problem("/api/events?from=2024&to=2023", 400, "to");
        assertThat(problem("/api/events?type=gift", 400, "type").get("detail").asText()).contains("transfer");
        problem("/api/events?modality=certain", 400, "modality");
        problem("/api/events?item=bananas", 400, "item");
        problem("/api/events?limit=0", 400, "limit");
        problem("/api/events?limit=501", 400, "limit");
        problem("/api/events?limit=ten", 400, "limit");
        problem("/api/events?offset=-1", 400, "offset");
    }

    @Test
    void unknownPathsAnd405sAreProblemsToo() throws Exception {
        problem("/api/nothing", 404, null);
        HttpResponse<String> post = http.send(HttpRequest.newBuilder(uri("/api/events"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(post.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }

    @Test
    void responsesAreGzippedOnRequestAndTheIndexPageIsServed() throws Exception {
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(uri("/openapi.json"))
                .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.headers().firstValue("Content-Encoding")).hasValue("gzip");
        String text = new String(new GZIPInputStream(new java.io.ByteArrayInputStream(r.body())).readAllBytes(),
                StandardCharsets.UTF_8);
        assertThat(text).contains("\"openapi\"");
        HttpResponse<String> index = get("/");
        assertThat(index.statusCode()).isEqualTo(200);
        assertThat(index.body()).contains("/api/events");
    }

    @Test
    void theScreenIsServedWithAStrictPolicyAndItsLibrariesComeFromWebJars() throws Exception {
        for (String path : List.of("/", "/api/events", "/js/app.js")) {
            HttpResponse<String> r = get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
            assertThat(csp).as(path).contains("script-src 'self';").contains("object-src 'none'")
                    .doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
            assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        }
        String index = get("/").body();
        assertThat(index).doesNotContainPattern("<script(?![^>]*\\bsrc=)").doesNotContain("style=")
                .doesNotContain("http://").doesNotContain("https://");
        for (String path : List.of("/js/app.js", "/js/timeline.js", "/js/map.js", "/js/graph.js", "/js/panel.js",
                "/js/dom.js", "/js/api.js", "/css/tally.css", "/css/graph.css",
                "/webjars/leaflet/1.9.4/dist/leaflet-src.esm.js", "/webjars/leaflet/1.9.4/dist/leaflet.css",
                "/webjars/cytoscape/3.33.1/dist/cytoscape.esm.min.mjs", "/webjars/echarts/4.1.0/map/json/world.json")) {
            HttpResponse<String> r = get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            if (path.endsWith("js")) {
                assertThat(r.headers().firstValue("Content-Type").orElse("")).as(path).contains("javascript");
                if (path.startsWith("/js/")) { // our modules never parse data as HTML
                    assertThat(r.body()).as(path).doesNotContain("innerHTML").doesNotContain("outerHTML")
                            .doesNotContain("insertAdjacentHTML").doesNotContain("document.write");
                }
            }
        }
    }

    @Test
    void documentsIngestedWhileServingBecomeSearchable() throws Exception {
        Path other = Files.createDirectories(dir.resolve("../live-" + System.nanoTime()).normalize());
        try (Ledger ledger = Ledger.open(other)) {
            new Doc("a.txt", "en", "2024-01-02", "Tankers", "A tanker carried fuel to the port.").ingest(ledger);
        }
        try (ApiServer live = ApiServer.start(new ApiServer.Options(other, "127.0.0.1", 0, Duration.ofHours(1)))) {
            assertThat(live.indexedDocuments()).isEqualTo(1);
            try (Ledger ledger = Ledger.open(other)) { // a second writer, as tally ingest would be
                new Doc("b.txt", "de", "2024-01-03", "Frachter", "Ein Frachter brachte Treibstoff in den Hafen.")
                        .ingest(ledger);
            }
            assertThat(live.syncIndex()).isEqualTo(1);
            assertThat(live.syncIndex()).isZero(); // idempotent
            assertThat(live.indexedDocuments()).isEqualTo(2);
            // and with no events at all the event endpoints still answer
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + live.port()
                    + "/api/events")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(json.readTree(r.body()).get("events")).isEmpty();
        }
    }

    @Test
    void aDeletedOrDamagedIndexIsRebuiltAtStart() throws Exception {
        Path other = Files.createDirectories(dir.resolve("../repair-" + System.nanoTime()).normalize());
        try (Ledger ledger = Ledger.open(other)) {
            new Doc("a.txt", "de", "2024-01-02", "Munition", "Munition wurde per Bahn transportiert.").ingest(ledger);
            new Doc("b.txt", "en", "2024-01-03", "Rail", "Ammunition moved by rail overnight.").ingest(ledger);
        }
        try (ApiServer s = ApiServer.start(new ApiServer.Options(other, "127.0.0.1", 0, Duration.ofHours(1)))) {
            assertThat(s.indexedDocuments()).isEqualTo(2);
        }
        deleteTree(other.resolve("search"));
        try (ApiServer s = ApiServer.start(new ApiServer.Options(other, "127.0.0.1", 0, Duration.ofHours(1)))) {
            assertThat(s.indexedDocuments()).isEqualTo(2);
        }
        // a crash between the ledger's commit and the index's: the index's files are garbage
        try (var files = Files.list(other.resolve("search"))) {
            for (Path f : files.toList()) {
                Files.write(f, new byte[] {1, 2, 3});
            }
        }
        try (ApiServer s = ApiServer.start(new ApiServer.Options(other, "127.0.0.1", 0, Duration.ofHours(1)))) {
            assertThat(s.indexedDocuments()).isEqualTo(2);
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port()
                    + "/api/search?q=rail")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(json.readTree(r.body()).get("total").asInt()).isEqualTo(1);
        }
    }

    @Test
    void aDirectoryWithoutALedgerIsRefused() {
        Path empty = dir.resolve("../empty-" + System.nanoTime()).normalize();
        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                        ApiServer.start(new ApiServer.Options(empty, "127.0.0.1", 0, null)))
                .hasMessageContaining("does not exist");
    }

    static void deleteTree(Path p) throws IOException {
        try (var paths = Files.walk(p)) {
            for (Path f : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }
}
