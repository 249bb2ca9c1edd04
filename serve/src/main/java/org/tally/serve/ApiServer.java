package org.tally.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.tally.kb.KnowledgeBase;
import org.tally.model.Event;
import org.tally.store.Ledger;
import org.tally.store.LedgerException;

/**
 * {@code tally serve}: the ledger as a JSON REST API (Javalin on Jetty), described by {@code /openapi.json}, with
 * full-text search ({@link SearchIndex}) and the static files of the analyst's screen at {@code /}.
 *
 * <p>Reads go through their own read-only connections ({@link ReadPool}), so the server can run while
 * {@code tally ingest} writes the same ledger. Aggregates that scan all events (timeline, graph, places) are cached
 * per ledger version (the highest document rowid) and carry an ETag, so a client revalidates for nothing until a
 * document is added. Every error is an RFC 9457 problem document.
 */
public final class ApiServer implements AutoCloseable {

    /** How the server is started; {@code port} 0 picks a free port. */
    public record Options(Path dir, String host, int port, Duration syncEvery) {
        public Options {
            syncEvery = syncEvery == null ? Duration.ofSeconds(5) : syncEvery;
        }
    }

    /** A route the server registers: method and path in OpenAPI's form ({@code /api/events/{id}}). */
    public record Route(String method, String path) {
    }

    static final int MAX_TEXT_HITS_FOR_EVENTS = 1_000;

    /**
     * The analyst's screen shows text from untrusted web pages, so every response forbids what an injected fragment
     * would need: scripts only from this origin (no inline scripts, no eval), no plugins, no foreign connections,
     * no framing, no base or form redirection. The page itself inserts document text only as text.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";
    private static final Pattern EVENT_ID = Pattern.compile("ev[0-9a-f]{16}");
    private static final Pattern DOCUMENT_ID = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern ENTITY_ID = Pattern.compile("[\\p{L}\\p{N}_.:'\\-]{1,200}");
    private static final Set<String> ENTITY_TYPES = org.tally.model.Entity.TYPES;
    private static final Set<String> BUCKETS = Set.of("year", "month", "day");

    private final Path dir;
    private final ReadPool pool;
    private final LedgerQueries ledger;
    private final SearchIndex index;
    private final ObjectMapper json = new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
    private final Map<String, byte[]> cache = new ConcurrentHashMap<>();
    private volatile long cachedVersion = -1;
    private final ScheduledExecutorService syncer;
    private final List<Route> routes = Collections.synchronizedList(new ArrayList<>());
    private final byte[] openApi;
    private final Javalin app;

    private ApiServer(Options options) {
        this.dir = options.dir();
        Path file = dir.resolve(Ledger.FILE_NAME);
        if (!Files.isDirectory(dir)) {
            throw new LedgerException("no ledger at " + dir + ": the directory does not exist", null);
        }
        if (!Files.isRegularFile(file)) {
            throw new LedgerException("no ledger at " + dir + ": it has no " + Ledger.FILE_NAME
                    + " (create one with tally ingest)", null);
        }
        Ledger.open(dir).close(); // brings an older ledger's schema up to date, and fails clearly on a non-ledger
        this.pool = new ReadPool(file, Math.max(4, Runtime.getRuntime().availableProcessors() * 2));
        this.ledger = new LedgerQueries(pool, new Gazetteer(KnowledgeBase.bundled()));
        this.index = SearchIndex.open(dir.resolve("search"));
        try {
            index.sync(ledger);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
        this.openApi = resource("openapi.json");
        this.syncer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "tally-search-sync");
            t.setDaemon(true);
            return t;
        });
        long every = options.syncEvery().toMillis();
        syncer.scheduleWithFixedDelay(this::syncQuietly, every, every, TimeUnit.MILLISECONDS);
        this.app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.http.prefer405over404 = true;
            config.http.compressionStrategy = CompressionStrategy.GZIP;
            config.jetty.host = options.host();
            config.events.handlerAdded(h -> {
                if (h.getHttpMethod().isHttpMethod()) { // endpoints, not the before-handler that adds headers
                    routes.add(new Route(h.getHttpMethod().name(), h.getPath()));
                }
            });
            config.staticFiles.add(s -> {
                s.hostedPath = "/";
                s.directory = "/org/tally/serve/web";
                s.location = Location.CLASSPATH;
                s.headers = Map.of("Cache-Control", "no-cache", "Content-Security-Policy", CONTENT_SECURITY_POLICY,
                        "X-Content-Type-Options", "nosniff", "Referrer-Policy", "no-referrer");
            });
            // Leaflet, Cytoscape and the world outline, from their WebJars on the class path: /webjars/NAME/VERSION/...
            config.staticFiles.enableWebjars();
            config.routes.before(ctx -> {
                ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
                ctx.header("X-Content-Type-Options", "nosniff");
                ctx.header("Referrer-Policy", "no-referrer");
            });
            config.routes.get("/openapi.json", ctx -> {
                ctx.header("Cache-Control", "public, max-age=3600");
                ctx.contentType("application/json").result(openApi);
            });
            config.routes.get("/api/events", this::events);
            config.routes.get("/api/events/{id}", this::event);
            config.routes.get("/api/documents/{doc}", this::document);
            config.routes.get("/api/entities", this::entities);
            config.routes.get("/api/entities/{id}", this::entity);
            config.routes.get("/api/search", this::search);
            config.routes.get("/api/timeline", this::timeline);
            config.routes.get("/api/graph", this::graph);
            config.routes.get("/api/places", this::places);
            config.routes.exception(ApiException.class, (e, ctx) -> problem(ctx, e.problem()));
            config.routes.exception(Exception.class, (e, ctx) -> {
                System.err.println("tally serve: " + ctx.method() + " " + ctx.path() + " failed: " + e);
                problem(ctx, new ApiException.ProblemDetails(ApiException.ProblemDetails.TYPE_BASE + "internal",
                        "Internal error", 500, "the server could not answer this request; its log says why", null));
            });
            config.routes.error(404, ctx -> {
                if (!isProblem(ctx)) {
                    problem(ctx, ApiException.notFound("no such resource: " + ctx.path()).problem());
                }
            });
            config.routes.error(405, ctx -> {
                if (!isProblem(ctx)) {
                    problem(ctx, new ApiException.ProblemDetails(ApiException.ProblemDetails.TYPE_BASE
                            + "method-not-allowed", "Method not allowed", 405, ctx.method() + " is not allowed on "
                            + ctx.path() + "; the API is read-only (GET)", null));
                }
            });
        });
    }

    /** Opens the ledger in {@code options.dir()}, brings the search index up to date and starts listening. */
    public static ApiServer start(Options options) {
        ApiServer server = new ApiServer(options);
        try {
            server.app.start(options.host(), options.port());
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
        return server;
    }

    /** The port it listens on. */
    public int port() {
        return app.port();
    }

    /** The routes registered with the web server (the OpenAPI test checks them against the document). */
    public List<Route> routes() {
        synchronized (routes) {
            return List.copyOf(routes);
        }
    }

    /** The search index's size and mark, for the start-up message and the tests. */
    public int indexedDocuments() {
        return index.size();
    }

    /** Brings the search index up to date with the ledger now; returns how many documents it added. */
    public int syncIndex() {
        return index.sync(ledger);
    }

    @Override
    public void close() {
        if (syncer != null) {
            syncer.shutdownNow();
        }
        if (app != null) {
            app.stop();
        }
        if (index != null) {
            index.close();
        }
        pool.close();
    }

    private void syncQuietly() {
        try {
            index.sync(ledger);
        } catch (RuntimeException e) {
            System.err.println("tally serve: search index sync failed (retrying later): " + e.getMessage());
        }
    }

    // ------------------------------------------------------------------ handlers

    private void events(Context ctx) {
        Params p = params(ctx);
        LedgerQueries.EventFilter filter = eventFilter(p, true);
        int claims = p.integer("claims", LedgerQueries.CLAIMS_IN_LIST, 0, LedgerQueries.CLAIMS_IN_LIST);
        json(ctx, ledger.events(filter, p.limit(), p.offset(), claims));
    }

    private void event(Context ctx) {
        String id = pathId(ctx, "id", EVENT_ID, "an event id is 'ev' and 16 hex digits");
        json(ctx, ledger.event(id).orElseThrow(() -> ApiException.notFound("no event " + id)));
    }

    private void document(Context ctx) {
        String id = pathId(ctx, "doc", DOCUMENT_ID, "a document id is its content hash: 64 hex digits");
        json(ctx, ledger.document(id).orElseThrow(() -> ApiException.notFound("no document " + id)));
    }

    private void entities(Context ctx) {
        Params p = params(ctx);
        json(ctx, ledger.entities(p.string("q"), p.oneOf("type", ENTITY_TYPES), p.limit(), p.offset()));
    }

    private void entity(Context ctx) {
        String id = pathId(ctx, "id", ENTITY_ID, "an entity id is a knowledge-base id or new:TYPE:slug");
        Params p = params(ctx);
        json(ctx, ledger.entity(id, p.limit(), p.offset()).orElseThrow(() -> ApiException.notFound("no entity " + id)));
    }

    private void search(Context ctx) {
        Params p = params(ctx);
        String q = p.required("q");
        Map<String, Set<String>> filters = new LinkedHashMap<>();
        filters.put("language", words(p, "language"));
        filters.put("type", p.oneOf("type", Event.TYPES));
        filters.put("entity", words(p, "entity"));
        Set<String> years = words(p, "year");
        for (String y : years) {
            if (!y.matches("\\d{4}")) {
                throw ApiException.badParameter("year", "year must be four digits, was '" + y + "'");
            }
        }
        filters.put("year", years);
        int limit = p.integer("limit", 20, 1, 100);
        int offset = p.integer("offset", 0, 0, 10_000);
        int facetSize = p.integer("facets", 10, 1, 100);
        SearchIndex.Result r = index.search(q, filters, limit, offset, facetSize);
        Map<String, List<Views.FacetValue>> facets = new LinkedHashMap<>(r.facets());
        List<Views.FacetValue> entities = facets.get("entity");
        Map<String, String> labels = ledger.entityLabels(entities.stream().map(Views.FacetValue::value).toList());
        facets.put("entity", entities.stream().map(f -> new Views.FacetValue(f.value(),
                labels.getOrDefault(f.value(), f.value()), f.count())).toList());
        Integer next = offset + limit < r.total() && offset + limit <= 10_000 ? offset + limit : null;
        json(ctx, new Views.SearchPage(q, r.total(), r.hits(), facets, limit, offset, next));
    }

    private void timeline(Context ctx) {
        Params p = params(ctx);
        String bucket = Optional.ofNullable(p.string("bucket")).orElse("month");
        if (!BUCKETS.contains(bucket)) {
            throw ApiException.badParameter("bucket", "bucket must be year, month or day, was '" + bucket + "'");
        }
        LedgerQueries.EventFilter filter = eventFilter(p, true);
        aggregate(ctx, filter, () -> ledger.timeline(bucket, filter));
    }

    private void graph(Context ctx) {
        Params p = params(ctx);
        LedgerQueries.EventFilter filter = eventFilter(p, true);
        int min = p.integer("min_events", 1, 1, 1_000_000);
        aggregate(ctx, filter, () -> ledger.graph(filter, min));
    }

    private void places(Context ctx) {
        cached(ctx, ledger::places);
    }

    // ------------------------------------------------------------------ helpers

    private LedgerQueries.EventFilter eventFilter(Params p, boolean allowText) {
        Set<String> types = p.oneOf("type", Event.TYPES);
        Set<String> items = p.oneOf("item", Event.ITEMS);
        Set<String> modalities = p.oneOf("modality", Event.MODALITIES);
        Params.DateRange range = p.dateRange();
        String actor = ledger.partyName(p.string("actor"));
        String target = ledger.partyName(p.string("target"));
        List<String> documents = null;
        if (allowText && p.string("q") != null) {
            documents = index.matchingDocuments(p.string("q"), MAX_TEXT_HITS_FOR_EVENTS);
        }
        return new LedgerQueries.EventFilter(types, actor, target, items, modalities, range, documents);
    }

    private static Params params(Context ctx) {
        return new Params(ctx::queryParam);
    }

    private static Set<String> words(Params p, String name) {
        String v = p.string(name);
        Set<String> values = new java.util.TreeSet<>();
        if (v != null) {
            for (String s : v.split(",")) {
                if (!s.isBlank()) {
                    values.add(s.strip());
                }
            }
        }
        return values;
    }

    private static String pathId(Context ctx, String name, Pattern pattern, String expected) {
        String id = ctx.pathParam(name);
        if (!pattern.matcher(id).matches()) {
            throw ApiException.badParameter(name, "bad " + name + " '" + id + "': " + expected);
        }
        return id;
    }

    /**
     * Writes an aggregate: from the per-version cache, unless a full-text query narrows it (the search index follows
     * the ledger a few seconds behind, so the ledger's version would not say when such an answer changes).
     */
    private void aggregate(Context ctx, LedgerQueries.EventFilter filter, java.util.function.Supplier<Object> compute) {
        if (filter.documents() != null) {
            json(ctx, compute.get());
        } else {
            cached(ctx, compute);
        }
    }

    /** Writes an aggregate from the per-version cache, with an ETag; 304 when the client has it already. */
    private void cached(Context ctx, java.util.function.Supplier<Object> compute) {
        long version = ledger.version();
        if (version != cachedVersion) {
            cache.clear();
            cachedVersion = version;
        }
        String key = ctx.path() + "?" + Optional.ofNullable(ctx.queryString()).orElse("");
        String etag = "W/\"" + version + "-" + Integer.toHexString(key.hashCode()) + "\"";
        ctx.header("ETag", etag);
        ctx.header("Cache-Control", "no-cache");
        if (etag.equals(ctx.header("If-None-Match"))) {
            ctx.status(304);
            return;
        }
        byte[] body = cache.get(key);
        if (body == null) {
            body = bytes(compute.get());
            if (cache.size() < 1_000) {
                cache.put(key, body);
            }
        }
        ctx.contentType("application/json").result(body);
    }

    private void json(Context ctx, Object value) {
        ctx.contentType("application/json").result(bytes(value));
    }

    private byte[] bytes(Object value) {
        try {
            return json.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
        }
    }

    private void problem(Context ctx, ApiException.ProblemDetails problem) {
        ctx.status(problem.status());
        ctx.contentType(ApiException.ProblemDetails.MEDIA_TYPE).result(bytes(problem));
    }

    private static boolean isProblem(Context ctx) {
        String type = ctx.res().getContentType();
        return type != null && type.startsWith(ApiException.ProblemDetails.MEDIA_TYPE);
    }

    private static byte[] resource(String name) {
        try (InputStream in = ApiServer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
