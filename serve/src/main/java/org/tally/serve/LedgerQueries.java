package org.tally.serve;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.tally.serve.Params.DateRange;

/**
 * The API's SQL over the ledger: prepared statements only, each shaped to use an index of the schema (events by
 * when_start, type/month, actor, target; claims by event; mentions by entity), with a stable order (ties broken by
 * id) so that pages do not overlap. Stateless; each call borrows a read-only connection from the {@link ReadPool}.
 */
final class LedgerQueries {

    /**
     * At most this many claims per event in a list, and in one event's own answer (its counts still count all of
     * them): a much-reported event would otherwise make every page that lists it heavy.
     */
    static final int CLAIMS_IN_LIST = 10;
    static final int CLAIMS_OF_ONE_EVENT = 1_000;

    private static final String EVENT_COLUMNS = "e.id, e.type, e.actor, e.target, e.item, e.when_start, e.when_end, "
            + "e.month, e.origin, e.destination, e.modality, e.claims, e.documents, e.sources, e.conflicting";

    private final ReadPool pool;
    private final Gazetteer gazetteer;

    LedgerQueries(ReadPool pool, Gazetteer gazetteer) {
        this.pool = pool;
        this.gazetteer = gazetteer;
    }

    /**
     * Which events: all of these that are given. {@code documents}, when not null, keeps events with a claim in one
     * of those documents (the hits of a full-text query).
     */
    record EventFilter(Set<String> types, String actor, String target, Set<String> items, Set<String> modalities,
                       DateRange range, List<String> documents) {

        String where(List<Object> args) {
            StringBuilder sql = new StringBuilder(" WHERE 1 = 1");
            in(sql, args, "e.type", types);
            if (actor != null) {
                sql.append(" AND e.actor = ?");
                args.add(actor);
            }
            if (target != null) {
                sql.append(" AND e.target = ?");
                args.add(target);
            }
            in(sql, args, "e.item", items);
            in(sql, args, "e.modality", modalities);
            if (range.from() != null) {
                sql.append(" AND e.when_start >= ?");
                args.add(range.from());
            }
            if (range.to() != null) {
                sql.append(" AND e.when_start < ?");
                args.add(range.to());
            }
            if (documents != null) {
                sql.append(" AND e.id IN (SELECT event FROM claims WHERE document IN (")
                        .append(Params.placeholders(documents.size())).append("))");
                args.addAll(documents);
            }
            return sql.toString();
        }

        private static void in(StringBuilder sql, List<Object> args, String column, Collection<String> values) {
            if (!values.isEmpty()) {
                sql.append(" AND ").append(column).append(" IN (").append(Params.placeholders(values.size())).append(')');
                args.addAll(values);
            }
        }
    }

    /** A version of the ledger's content: it changes whenever a document is stored (documents are never deleted). */
    long version() {
        return pool.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT coalesce(max(rowid), 0) FROM documents");
                 ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** The canonical name a party has in events, given an entity id or the name itself. */
    String partyName(String idOrName) {
        if (idOrName == null) {
            return null;
        }
        return pool.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT name FROM entities WHERE id = ?")) {
                s.setString(1, idOrName);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? rs.getString(1) : idOrName;
                }
            }
        });
    }

    /** A page of events, each with its first {@code claimsPerEvent} claims (0: none; counts and figures still all). */
    Views.EventsPage events(EventFilter filter, int limit, int offset, int claimsPerEvent) {
        if (filter.documents() != null && filter.documents().isEmpty()) {
            return new Views.EventsPage(List.of(), limit, offset, null);
        }
        List<Object> args = new ArrayList<>();
        String sql = "SELECT " + EVENT_COLUMNS + " FROM events e" + filter.where(args)
                + " ORDER BY e.when_start DESC, e.id DESC LIMIT ? OFFSET ?";
        args.add(limit + 1);
        args.add(offset);
        return pool.read(c -> {
            List<Views.Event> events = eventsWithClaims(c, sql, args, claimsPerEvent);
            Integer next = events.size() > limit ? offset + limit : null;
            return new Views.EventsPage(events.subList(0, Math.min(limit, events.size())), limit, offset, next);
        });
    }

    Optional<Views.Event> event(String id) {
        return pool.read(c -> eventsWithClaims(c, "SELECT " + EVENT_COLUMNS + " FROM events e WHERE e.id = ?",
                List.of(id), CLAIMS_OF_ONE_EVENT).stream().findFirst());
    }

    private record EventRow(String id, String type, String actor, String target, String item, String whenStart,
                            String whenEnd, String month, String origin, String destination, String modality,
                            int claims, int documents, int sources, boolean conflicting) {
    }

    private List<Views.Event> eventsWithClaims(Connection c, String sql, List<?> args, int claimsPerEvent)
            throws SQLException {
        List<EventRow> rows = new ArrayList<>();
        try (PreparedStatement s = prepare(c, sql, args); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                rows.add(new EventRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                        rs.getString(10), rs.getString(11), rs.getInt(12), rs.getInt(13), rs.getInt(14),
                        rs.getInt(15) != 0));
            }
        }
        Map<String, List<Views.Claim>> claims = new LinkedHashMap<>();
        if (!rows.isEmpty() && claimsPerEvent > 0) {
            List<String> ids = rows.stream().map(EventRow::id).toList();
            List<Object> claimArgs = new ArrayList<>(ids);
            claimArgs.add(claimsPerEvent);
            // the first claims of each event by the claims_event index alone; documents joined only for those kept
            try (PreparedStatement s = prepare(c, "WITH kept AS (SELECT event, document, id, row_number() OVER "
                    + "(PARTITION BY event ORDER BY document, id) AS n FROM claims WHERE event IN ("
                    + Params.placeholders(ids.size()) + ")) SELECT c.event, c.document, d.file, d.title, d.published, "
                    + "d.language, c.id, c.source, c.origin_key, c.modality, c.quantity_value, c.quantity_unit, "
                    + "c.quantity_qualifier, c.when_start, c.when_end, c.evidence, c.begin, c.end FROM kept k "
                    + "JOIN claims c ON c.document = k.document AND c.id = k.id "
                    + "JOIN documents d ON d.id = c.document WHERE k.n <= ? "
                    + "ORDER BY c.event, d.published, d.rowid, c.id", claimArgs);
                 ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    List<Views.Claim> list = claims.computeIfAbsent(rs.getString(1), k -> new ArrayList<>());
                    if (list.size() < claimsPerEvent) {
                        list.add(new Views.Claim(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                                amount(rs, 11), when(rs.getString(14), rs.getString(15)), rs.getString(16),
                                rs.getInt(17), rs.getInt(18)));
                    }
                }
            }
        }
        // figures and sources over ALL claims of each event, not only the listed ones
        Map<String, Map<List<Object>, Integer>> quantitiesOf = new LinkedHashMap<>();
        Map<String, Set<String>> sourcesOf = new LinkedHashMap<>();
        if (!rows.isEmpty()) {
            List<String> ids = rows.stream().map(EventRow::id).toList();
            try (PreparedStatement s = prepare(c, "SELECT event, quantity_value, quantity_unit, quantity_qualifier, "
                    + "source FROM claims WHERE event IN (" + Params.placeholders(ids.size()) + ") "
                    + "ORDER BY event, document, id", ids); ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String event = rs.getString(1);
                    Views.Amount amount = amount(rs, 2);
                    if (amount != null) {
                        quantitiesOf.computeIfAbsent(event, k -> new LinkedHashMap<>()).merge(List.of(amount.value(),
                                Objects.requireNonNullElse(amount.unit(), ""),
                                Objects.requireNonNullElse(amount.qualifier(), "")), 1, Integer::sum);
                    }
                    if (rs.getString(5) != null) {
                        sourcesOf.computeIfAbsent(event, k -> new java.util.TreeSet<>()).add(rs.getString(5));
                    }
                }
            }
        }
        List<Views.Event> events = new ArrayList<>(rows.size());
        for (EventRow r : rows) {
            List<Views.Claim> cs = claims.getOrDefault(r.id(), List.of());
            List<Views.Quantity> qs = quantitiesOf.getOrDefault(r.id(), Map.of()).entrySet().stream()
                    .map(q -> new Views.Quantity((Double) q.getKey().get(0), blankToNull(q.getKey().get(1)),
                            blankToNull(q.getKey().get(2)), q.getValue())).toList();
            Set<String> sources = sourcesOf.getOrDefault(r.id(), Set.of());
            events.add(new Views.Event(r.id(), r.type(), r.actor(), gazetteer.label(r.actor()), r.target(),
                    gazetteer.label(r.target()), r.item(), when(r.whenStart(), r.whenEnd()), r.month(), r.origin(),
                    r.destination(), r.modality(), r.conflicting(),
                    new Views.Counts(r.claims(), r.documents(), r.sources()), qs, List.copyOf(sources), r.sources(),
                    route(r), cs));
        }
        return events;
    }

    private Views.Route route(EventRow r) {
        Views.Point from = point(r.origin(), gazetteer.place(r.origin()))
                .or(() -> point(r.actor(), gazetteer.party(r.actor()))).orElse(null);
        Views.Point to = point(r.destination(), gazetteer.place(r.destination()))
                .or(() -> point(r.target(), gazetteer.party(r.target()))).orElse(null);
        return from == null && to == null ? null : new Views.Route(from, to);
    }

    private static Optional<Views.Point> point(String name, Optional<Gazetteer.Spot> spot) {
        return spot.filter(s -> s.lat() != null).map(s -> new Views.Point(name, s.label(), s.lat(), s.lon()));
    }

    Optional<Views.Document> document(String id) {
        return pool.read(c -> {
            Views.Document d;
            try (PreparedStatement s = prepare(c, "SELECT d.id, d.file, d.language, d.published, d.title, d.body, "
                    + "d.author, d.url, d.site, d.format, d.ingested_at, n.duplicate_of FROM documents d "
                    + "LEFT JOIN near_duplicates n ON n.document = d.id WHERE d.id = ?", List.of(id));
                 ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                d = new Views.Document(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                        rs.getString(10), rs.getString(11), rs.getString(12), new ArrayList<>(), new ArrayList<>());
            }
            try (PreparedStatement s = prepare(c, "SELECT m.entity, e.type, e.name, m.begin, m.end, m.text, m.how "
                    + "FROM mentions m JOIN entities e ON e.id = m.entity WHERE m.document = ? "
                    + "ORDER BY m.begin, m.entity", List.of(id)); ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String entity = rs.getString(1);
                    String name = rs.getString(3);
                    d.mentions().add(new Views.Mention(entity, rs.getString(2), name,
                            gazetteer.byId(entity).map(Gazetteer.Spot::label).orElse(name), rs.getInt(4),
                            rs.getInt(5), rs.getString(6), rs.getString(7)));
                }
            }
            try (PreparedStatement s = prepare(c, "SELECT id, event, type, actor, target, item, quantity_value, "
                    + "quantity_unit, quantity_qualifier, when_start, when_end, origin, destination, source, modality, "
                    + "evidence, begin, end FROM claims WHERE document = ? ORDER BY begin, id", List.of(id));
                 ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    d.claims().add(new Views.DocumentClaim(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6), amount(rs, 7),
                            when(rs.getString(10), rs.getString(11)), rs.getString(12), rs.getString(13),
                            rs.getString(14), rs.getString(15), rs.getString(16), rs.getInt(17), rs.getInt(18)));
                }
            }
            return Optional.of(d);
        });
    }

    Views.EntitiesPage entities(String q, Set<String> types, int limit, int offset) {
        List<Object> args = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT id, type, name, wikidata FROM entities WHERE 1 = 1");
        if (!types.isEmpty()) {
            sql.append(" AND type IN (").append(Params.placeholders(types.size())).append(')');
            args.addAll(types);
        }
        if (q != null) {
            String like = "%" + q.toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%";
            List<String> labelled = gazetteer.kb().entities().stream()
                    .filter(e -> e.allNames().stream().anyMatch(n -> n.toLowerCase(java.util.Locale.ROOT)
                            .contains(q.toLowerCase(java.util.Locale.ROOT))))
                    .map(e -> e.id()).limit(500).toList();
            sql.append(" AND (lower(name) LIKE ? ESCAPE '\\' OR lower(id) LIKE ? ESCAPE '\\'");
            args.add(like);
            args.add(like);
            if (!labelled.isEmpty()) {
                sql.append(" OR id IN (").append(Params.placeholders(labelled.size())).append(')');
                args.addAll(labelled);
            }
            sql.append(')');
        }
        sql.append(" ORDER BY name, id LIMIT ? OFFSET ?");
        args.add(limit + 1);
        args.add(offset);
        return pool.read(c -> {
            List<Views.Entity> list = new ArrayList<>();
            try (PreparedStatement s = prepare(c, sql.toString(), args); ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    list.add(entity(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
                }
            }
            Integer next = list.size() > limit ? offset + limit : null;
            return new Views.EntitiesPage(list.subList(0, Math.min(limit, list.size())), limit, offset, next);
        });
    }

    Optional<Views.EntityDetail> entity(String id, int limit, int offset) {
        return pool.read(c -> {
            Views.Entity entity;
            try (PreparedStatement s = prepare(c, "SELECT id, type, name, wikidata FROM entities WHERE id = ?",
                    List.of(id)); ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                entity = entity(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4));
            }
            long documents;
            long mentions;
            try (PreparedStatement s = prepare(c, "SELECT count(DISTINCT document), count(*) FROM mentions "
                    + "WHERE entity = ?", List.of(id)); ResultSet rs = s.executeQuery()) {
                rs.next();
                documents = rs.getLong(1);
                mentions = rs.getLong(2);
            }
            List<Views.Event> events = eventsWithClaims(c, "SELECT " + EVENT_COLUMNS + " FROM events e "
                    + "WHERE e.actor = ? OR e.target = ? ORDER BY e.when_start DESC, e.id DESC LIMIT ? OFFSET ?",
                    List.of(entity.name(), entity.name(), limit + 1, offset), CLAIMS_IN_LIST);
            Integer next = events.size() > limit ? offset + limit : null;
            return Optional.of(new Views.EntityDetail(entity, documents, mentions,
                    events.subList(0, Math.min(limit, events.size())), limit, offset, next));
        });
    }

    private Views.Entity entity(String id, String type, String name, String wikidata) {
        Optional<Gazetteer.Spot> spot = gazetteer.byId(id);
        return new Views.Entity(id, type, name, spot.map(Gazetteer.Spot::label).orElse(name), wikidata,
                !id.startsWith("new:"), spot.map(Gazetteer.Spot::country).orElse(null),
                spot.map(Gazetteer.Spot::lat).orElse(null), spot.map(Gazetteer.Spot::lon).orElse(null));
    }

    /**
     * Events per period, by type and modality. Months and years are counted from the {@code month} column (an index
     * holds it with type, modality and the counts, so the scan reads no event rows), years adding the events dated
     * to a year only; days from {@code when_start}, meant for a narrow range.
     */
    Views.Timeline timeline(String bucket, EventFilter filter) {
        return pool.read(c -> {
            Map<String, Views.Bucket> buckets = new TreeMap<>();
            long undated = 0;
            if (bucket.equals("day")) {
                undated += count(c, "CASE WHEN length(e.when_start) >= 10 THEN substr(e.when_start, 1, 10) END",
                        filter, "", p -> p, buckets);
            } else {
                java.util.function.UnaryOperator<String> period = bucket.equals("year") ? p -> p.substring(0, 4)
                        : p -> p;
                undated += count(c, "e.month", filter, " AND e.month IS NOT NULL", period, buckets);
                String yearOnly = bucket.equals("year") ? "substr(e.when_start, 1, 4)" : "NULL";
                undated += count(c, yearOnly, filter, " AND e.month IS NULL", p -> p, buckets);
            }
            return new Views.Timeline(bucket, List.copyOf(buckets.values()), undated);
        });
    }

    /**
     * Adds the filter's events, grouped by {@code key} and then mapped by {@code period}, to the buckets; returns
     * how many had no period.
     */
    private static long count(Connection c, String key, EventFilter filter, String restriction,
                              java.util.function.UnaryOperator<String> period, Map<String, Views.Bucket> buckets)
            throws SQLException {
        List<Object> args = new ArrayList<>();
        String sql = "SELECT " + key + " AS p, e.type, e.modality, count(*), sum(e.claims), sum(e.sources) "
                + "FROM events e" + filter.where(args) + restriction + " GROUP BY p, e.type, e.modality";
        long undated = 0;
        try (PreparedStatement s = prepare(c, sql, args); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                int n = rs.getInt(4);
                if (rs.getString(1) == null) {
                    undated += n;
                    continue;
                }
                String p = period.apply(rs.getString(1));
                Views.Bucket b = buckets.computeIfAbsent(p, k -> new Views.Bucket(k, 0, 0, 0, new TreeMap<>(),
                        new TreeMap<>()));
                b.types().merge(rs.getString(2), n, Integer::sum);
                b.modalities().merge(rs.getString(3), n, Integer::sum);
                buckets.put(p, new Views.Bucket(p, b.events() + n, b.claims() + rs.getLong(5),
                        b.sources() + rs.getLong(6), b.types(), b.modalities()));
            }
        }
        return undated;
    }

    /** Who does what to whom: one edge per (actor, target, type), nodes with labels and coordinates. */
    Views.Graph graph(EventFilter filter, int minEvents) {
        List<Object> args = new ArrayList<>();
        String sql = "SELECT e.actor, e.target, e.type, e.modality, count(*), sum(e.claims), sum(e.sources), "
                + "min(e.when_start), max(e.when_start) FROM events e" + filter.where(args)
                + " AND e.actor IS NOT NULL AND e.target IS NOT NULL GROUP BY e.actor, e.target, e.type, e.modality";
        return pool.read(c -> {
            record Key(String actor, String target, String type) {
            }
            Map<Key, Views.Edge> edges = new LinkedHashMap<>();
            try (PreparedStatement s = prepare(c, sql, args); ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Key k = new Key(rs.getString(1), rs.getString(2), rs.getString(3));
                    Views.Edge old = edges.get(k);
                    int n = rs.getInt(5);
                    Map<String, Integer> modalities = old == null ? new TreeMap<>() : old.modalities();
                    modalities.merge(rs.getString(4), n, Integer::sum);
                    String first = rs.getString(8);
                    String last = rs.getString(9);
                    if (old != null) {
                        first = min(first, old.first());
                        last = max(last, old.last());
                    }
                    edges.put(k, new Views.Edge(k.actor(), k.target(), k.type(), n + (old == null ? 0 : old.events()),
                            rs.getLong(6) + (old == null ? 0 : old.claims()),
                            rs.getLong(7) + (old == null ? 0 : old.sources()), modalities, first, last));
                }
            }
            List<Views.Edge> kept = edges.values().stream().filter(e -> e.events() >= minEvents)
                    .sorted(java.util.Comparator.comparingInt(Views.Edge::events).reversed()
                            .thenComparing(Views.Edge::source).thenComparing(Views.Edge::target)
                            .thenComparing(Views.Edge::type))
                    .toList();
            Map<String, Integer> degree = new TreeMap<>();
            for (Views.Edge e : kept) {
                degree.merge(e.source(), e.events(), Integer::sum);
                degree.merge(e.target(), e.events(), Integer::sum);
            }
            List<Views.Node> nodes = new ArrayList<>();
            for (var d : degree.entrySet()) {
                Optional<Gazetteer.Spot> spot = gazetteer.party(d.getKey());
                nodes.add(new Views.Node(d.getKey(), spot.map(Gazetteer.Spot::id).orElse(null),
                        spot.map(Gazetteer.Spot::type).orElse(null), spot.map(Gazetteer.Spot::label).orElse(d.getKey()),
                        spot.map(Gazetteer.Spot::lat).orElse(null), spot.map(Gazetteer.Spot::lon).orElse(null),
                        d.getValue()));
            }
            return new Views.Graph(nodes, kept);
        });
    }

    /** Places and countries the ledger names, with coordinates and how often events start or end there. */
    Views.Places places() {
        return pool.read(c -> {
            Map<String, Integer> origins = counts(c, "SELECT origin, count(*) FROM events WHERE origin IS NOT NULL "
                    + "GROUP BY origin");
            Map<String, Integer> destinations = counts(c, "SELECT destination, count(*) FROM events "
                    + "WHERE destination IS NOT NULL GROUP BY destination");
            List<Views.Place> places = new ArrayList<>();
            try (PreparedStatement s = prepare(c, "SELECT id, type, name FROM entities WHERE type IN ('place', "
                    + "'country') ORDER BY type, name, id", List.of()); ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String id = rs.getString(1);
                    String name = rs.getString(3);
                    Optional<Gazetteer.Spot> spot = gazetteer.byId(id);
                    places.add(new Views.Place(id, rs.getString(2), name,
                            spot.map(Gazetteer.Spot::label).orElse(name), spot.map(Gazetteer.Spot::country).orElse(null),
                            spot.map(Gazetteer.Spot::lat).orElse(null), spot.map(Gazetteer.Spot::lon).orElse(null),
                            origins.getOrDefault(name, 0), destinations.getOrDefault(name, 0)));
                }
            }
            return new Views.Places(places);
        });
    }

    /** Event types of a set of documents' claims, and the entities they mention: what the search index stores. */
    record DocumentForIndex(long rowid, String id, String file, String language, String published, String title,
                            String body, Set<String> types, Set<String> entities) {
    }

    /** Documents stored after {@code rowid}, in rowid order, at most {@code max}. */
    List<DocumentForIndex> documentsAfter(long rowid, int max) {
        return pool.read(c -> {
            List<DocumentForIndex> docs = new ArrayList<>();
            try (PreparedStatement s = prepare(c, "SELECT rowid, id, file, language, published, title, body "
                    + "FROM documents WHERE rowid > ? ORDER BY rowid LIMIT ?", List.of(rowid, max));
                 ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    docs.add(new DocumentForIndex(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), new java.util.TreeSet<>(),
                            new java.util.TreeSet<>()));
                }
            }
            try (PreparedStatement types = c.prepareStatement("SELECT DISTINCT type FROM claims WHERE document = ?");
                 PreparedStatement entities = c.prepareStatement(
                         "SELECT DISTINCT entity FROM mentions WHERE document = ?")) {
                for (DocumentForIndex d : docs) {
                    types.setString(1, d.id());
                    try (ResultSet rs = types.executeQuery()) {
                        while (rs.next()) {
                            d.types().add(rs.getString(1));
                        }
                    }
                    entities.setString(1, d.id());
                    try (ResultSet rs = entities.executeQuery()) {
                        while (rs.next()) {
                            d.entities().add(rs.getString(1));
                        }
                    }
                }
            }
            return docs;
        });
    }

    /** Labels of ledger entities by id (for search facets). */
    Map<String, String> entityLabels(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return pool.read(c -> {
            Map<String, String> labels = new LinkedHashMap<>();
            try (PreparedStatement s = prepare(c, "SELECT id, name FROM entities WHERE id IN ("
                    + Params.placeholders(ids.size()) + ")", List.copyOf(ids)); ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String id = rs.getString(1);
                    labels.put(id, gazetteer.byId(id).map(Gazetteer.Spot::label).orElse(rs.getString(2)));
                }
            }
            return labels;
        });
    }

    private static Map<String, Integer> counts(Connection c, String sql) throws SQLException {
        Map<String, Integer> counts = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                counts.put(rs.getString(1), rs.getInt(2));
            }
        }
        return counts;
    }

    private static PreparedStatement prepare(Connection c, String sql, List<?> args) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql);
        for (int i = 0; i < args.size(); i++) {
            s.setObject(i + 1, args.get(i));
        }
        return s;
    }

    private static Views.Amount amount(ResultSet rs, int column) throws SQLException {
        double value = rs.getDouble(column);
        if (rs.wasNull()) {
            return null;
        }
        return new Views.Amount(value, rs.getString(column + 1), rs.getString(column + 2));
    }

    private static Views.When when(String start, String end) {
        return start == null ? null : new Views.When(start, end);
    }

    private static String blankToNull(Object s) {
        return s == null || s.toString().isEmpty() ? null : s.toString();
    }

    private static String min(String a, String b) {
        return a == null ? b : b == null ? a : a.compareTo(b) <= 0 ? a : b;
    }

    private static String max(String a, String b) {
        return a == null ? b : b == null ? a : a.compareTo(b) >= 0 ? a : b;
    }
}
