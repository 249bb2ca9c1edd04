package org.tally.kb;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads parsed tables into a {@link KnowledgeBase}: entity files first (in the order given, a later row with a
 * known id adding to that entity), then offices, office holders and ambiguities; then every reference is checked.
 */
final class KbBuilder {

    /** What a file holds, told by its name or, for entity files, by a {@code type} column. */
    enum FileKind { ENTITIES, OFFICES, HOLDERS, AMBIGUITIES }

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");
    private static final Pattern ADJECTIVE = Pattern.compile("adj_([a-z]{2})");
    private static final Pattern COUNTRY_ID = Pattern.compile("[A-Z]{2}");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9_.-]*");
    private static final Pattern OFFICE_ID = Pattern.compile("[A-Za-z0-9]+\\.[a-z0-9_]+");
    private static final Pattern WIKIDATA = Pattern.compile("Q[1-9][0-9]*");
    private static final Set<String> ENTITY_FIELDS =
            Set.of("id", "type", "name", "wikidata", "country", "lat", "lon", "kind", "source");

    /** A reference to check once everything is read. */
    private record Ref(Tsv.Row row, String column, String id, EntityType expected) {
    }

    private static final class Draft {
        String id;
        EntityType type;
        String name;
        String wikidata;
        String country;
        Double lat;
        Double lon;
        String kind;
        final Map<String, LinkedHashSet<String>> aliases = new LinkedHashMap<>();
        final Map<String, LinkedHashSet<String>> adjectives = new LinkedHashMap<>();
        final Map<String, String> attributes = new LinkedHashMap<>();
        final LinkedHashSet<String> sources = new LinkedHashSet<>();

        KbEntity build() {
            return new KbEntity(id, type, name, wikidata, country, lat, lon, kind, freeze(aliases),
                    freeze(adjectives), attributes, List.copyOf(sources));
        }
    }

    private final Map<String, Draft> drafts = new LinkedHashMap<>();
    private final Map<String, Office> offices = new LinkedHashMap<>();
    private final List<OfficeHolding> holdings = new ArrayList<>();
    private final List<Ambiguity> ambiguities = new ArrayList<>();
    private final List<Ref> refs = new ArrayList<>();

    static FileKind kindOf(Tsv table) {
        String base = table.file.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        if (base.startsWith("office_holders")) {
            return FileKind.HOLDERS;
        }
        if (base.startsWith("offices")) {
            return FileKind.OFFICES;
        }
        if (base.startsWith("ambiguities")) {
            return FileKind.AMBIGUITIES;
        }
        if (typeFromFileName(table).isPresent() || table.has("type")) {
            return FileKind.ENTITIES;
        }
        throw new KbFormatException(table.file, 0, 0, "cannot tell what this file holds: name it countries*, "
                + "places*, persons*, organizations*, vessels*, weapons*, offices*, office_holders* or "
                + "ambiguities* (.tsv), or give it a 'type' column");
    }

    private static Optional<EntityType> typeFromFileName(Tsv table) {
        String base = table.file.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        for (var e : Map.of("countries", EntityType.COUNTRY, "places", EntityType.PLACE,
                "persons", EntityType.PERSON, "organizations", EntityType.ORGANIZATION,
                "organisations", EntityType.ORGANIZATION, "vessels", EntityType.VESSEL,
                "weapons", EntityType.WEAPON).entrySet()) {
            if (base.startsWith(e.getKey())) {
                return Optional.of(e.getValue());
            }
        }
        return Optional.empty();
    }

    KnowledgeBase build(List<Tsv> tables) {
        var byKind = new LinkedHashMap<FileKind, List<Tsv>>();
        for (FileKind k : FileKind.values()) {
            byKind.put(k, new ArrayList<>());
        }
        for (Tsv t : tables) {
            byKind.get(kindOf(t)).add(t);
        }
        byKind.get(FileKind.ENTITIES).forEach(this::readEntities);
        byKind.get(FileKind.OFFICES).forEach(this::readOffices);
        byKind.get(FileKind.HOLDERS).forEach(this::readHolders);
        byKind.get(FileKind.AMBIGUITIES).forEach(this::readAmbiguities);
        for (Ref ref : refs) {
            Draft d = drafts.get(ref.id);
            if (d == null) {
                throw ref.row.error(ref.column, "no " + ref.expected.code() + " has the id \"" + ref.id + "\"");
            }
            if (d.type != ref.expected) {
                throw ref.row.error(ref.column, "\"" + ref.id + "\" is a " + d.type.code() + ", not a "
                        + ref.expected.code());
            }
        }
        var entities = new ArrayList<KbEntity>();
        for (Draft d : drafts.values()) {
            entities.add(d.build());
        }
        return new KnowledgeBase(entities, List.copyOf(offices.values()), holdings, ambiguities);
    }

    // ---------------------------------------------------------------- entities

    private void readEntities(Tsv table) {
        require(table, "id");
        require(table, "name");
        Optional<EntityType> fileType = typeFromFileName(table);
        var seenInFile = new HashMap<String, Integer>();
        for (Tsv.Row row : table.rows) {
            String id = row.single("id");
            if (id.isEmpty()) {
                throw row.error("id", "is empty");
            }
            Integer before = seenInFile.putIfAbsent(id, row.line());
            if (before != null) {
                throw row.error("id", "\"" + id + "\" already appears on line " + before);
            }
            EntityType type = typeOf(row, fileType);
            Draft d = drafts.get(id);
            if (d == null) {
                if (row.get("name").isEmpty()) {
                    throw row.error("name", "is empty for the new entity \"" + id + "\"");
                }
                boolean ok = type == EntityType.COUNTRY ? COUNTRY_ID.matcher(id).matches()
                        : SLUG.matcher(id).matches();
                if (!ok) {
                    throw row.error("id", "\"" + id + "\" is not a valid " + type.code() + " id ("
                            + (type == EntityType.COUNTRY ? "ISO 3166-1 alpha-2, e.g. KP"
                            : "lower-case slug, e.g. rason") + ")");
                }
                d = new Draft();
                d.id = id;
                d.type = type;
                drafts.put(id, d);
            } else if (d.type != type) {
                throw row.error("id", "\"" + id + "\" is already a " + d.type.code() + ", not a " + type.code());
            }
            merge(row, d);
        }
    }

    private static EntityType typeOf(Tsv.Row row, Optional<EntityType> fileType) {
        String code = row.single("type");
        if (code.isEmpty()) {
            return fileType.orElseThrow(() -> row.error("type", "is empty and the file name tells no type"));
        }
        EntityType t = EntityType.fromCode(code).orElseThrow(() -> row.error("type",
                "\"" + code + "\" is not one of person, organization, country, place, vessel, weapon"));
        if (fileType.isPresent() && fileType.get() != t) {
            throw row.error("type", "\"" + code + "\" in a file of " + fileType.get().code() + " entities");
        }
        return t;
    }

    private void merge(Tsv.Row row, Draft d) {
        String name = row.single("name");
        if (!name.isEmpty()) {
            d.name = name;
        }
        String wikidata = row.single("wikidata");
        if (!wikidata.isEmpty()) {
            if (!WIKIDATA.matcher(wikidata).matches()) {
                throw row.error("wikidata", "\"" + wikidata + "\" is not a Wikidata item id like Q423");
            }
            d.wikidata = wikidata;
        }
        String country = row.single("country");
        if (!country.isEmpty()) {
            if (!COUNTRY_ID.matcher(country).matches()) {
                throw row.error("country", "\"" + country + "\" is not an ISO 3166-1 alpha-2 code like KP");
            }
            d.country = country;
            refs.add(new Ref(row, "country", country, EntityType.COUNTRY));
        }
        Double lat = coordinate(row, "lat", 90);
        Double lon = coordinate(row, "lon", 180);
        if ((lat == null) != (lon == null)) {
            throw row.error(lat == null ? "lat" : "lon", "lat and lon must be given together");
        }
        if (lat != null) {
            d.lat = lat;
            d.lon = lon;
        }
        String kind = row.single("kind");
        if (!kind.isEmpty()) {
            d.kind = kind;
        }
        d.sources.addAll(row.values("source"));
        for (String column : row.table().header) {
            if (ENTITY_FIELDS.contains(column)) {
                continue;
            }
            var adj = ADJECTIVE.matcher(column);
            if (adj.matches()) {
                addAll(d.adjectives, adj.group(1), row.values(column));
            } else if (LANGUAGE.matcher(column).matches()) {
                addAll(d.aliases, column, row.values(column));
            } else if (!row.get(column).isEmpty()) {
                row.values(column); // checks the '|' separators
                d.attributes.put(column, row.get(column));
            }
        }
    }

    private static Double coordinate(Tsv.Row row, String column, double max) {
        String s = row.single(column);
        if (s.isEmpty()) {
            return null;
        }
        double v;
        try {
            v = Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw row.error(column, "\"" + s + "\" is not a number");
        }
        if (!(v >= -max && v <= max)) {
            throw row.error(column, "\"" + s + "\" is not between -" + (int) max + " and " + (int) max);
        }
        return v;
    }

    // ---------------------------------------------------------------- offices and holders

    private void readOffices(Tsv table) {
        require(table, "id");
        require(table, "name");
        var seenInFile = new HashMap<String, Integer>();
        for (Tsv.Row row : table.rows) {
            String id = row.single("id");
            if (!OFFICE_ID.matcher(id).matches()) {
                throw row.error("id", "\"" + id + "\" is not an office id like RU.defence_minister");
            }
            Integer before = seenInFile.putIfAbsent(id, row.line());
            if (before != null) {
                throw row.error("id", "\"" + id + "\" already appears on line " + before);
            }
            Office old = offices.get(id);
            String name = row.single("name");
            if (name.isEmpty() && old == null) {
                throw row.error("name", "is empty for the new office \"" + id + "\"");
            }
            String country = row.getOrNull("country");
            if (country != null) {
                refs.add(new Ref(row, "country", country, EntityType.COUNTRY));
            }
            String org = row.getOrNull("org");
            if (org != null) {
                refs.add(new Ref(row, "org", org, EntityType.ORGANIZATION));
            }
            var titles = new LinkedHashMap<String, LinkedHashSet<String>>();
            var sources = new LinkedHashSet<String>();
            if (old != null) {
                old.titles().forEach((k, v) -> titles.put(k, new LinkedHashSet<>(v)));
                sources.addAll(old.sources());
            }
            for (String column : table.header) {
                if (!column.equals("id") && LANGUAGE.matcher(column).matches()) {
                    addAll(titles, column, row.values(column));
                }
            }
            sources.addAll(row.values("source"));
            offices.put(id, new Office(id,
                    country != null ? country : old != null ? old.country() : null,
                    !name.isEmpty() ? name : old.name(),
                    org != null ? org : old != null ? old.organization() : null,
                    freeze(titles), List.copyOf(sources)));
        }
    }

    private void readHolders(Tsv table) {
        for (String c : List.of("office", "person", "start", "end")) {
            require(table, c);
        }
        for (Tsv.Row row : table.rows) {
            String office = row.single("office");
            if (!offices.containsKey(office)) {
                throw row.error("office", "no office has the id \"" + office + "\"");
            }
            String person = row.single("person");
            refs.add(new Ref(row, "person", person, EntityType.PERSON));
            LocalDate start = date(row, "start");
            if (start == null) {
                throw row.error("start", "is empty");
            }
            LocalDate end = date(row, "end");
            if (end != null && end.isBefore(start)) {
                throw row.error("end", end + " is before the start " + start);
            }
            for (OfficeHolding h : holdings) {
                if (h.office().equals(office) && h.person().equals(person) && h.start().equals(start)) {
                    throw row.error("start", person + " already holds " + office + " from " + start);
                }
            }
            holdings.add(new OfficeHolding(office, person, start, end, row.getOrNull("note"),
                    row.values("source")));
        }
    }

    private static LocalDate date(Tsv.Row row, String column) {
        String s = row.single(column);
        if (s.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw row.error(column, "\"" + s + "\" is not an ISO date like 2024-05-14");
        }
    }

    private void readAmbiguities(Tsv table) {
        for (String c : List.of("alias", "type", "ids")) {
            require(table, c);
        }
        for (Tsv.Row row : table.rows) {
            String alias = row.single("alias");
            if (alias.isEmpty()) {
                throw row.error("alias", "is empty");
            }
            String code = row.single("type");
            EntityType type = EntityType.fromCode(code).orElseThrow(() -> row.error("type",
                    "\"" + code + "\" is not one of person, organization, country, place, vessel, weapon"));
            List<String> ids = row.values("ids");
            if (ids.size() < 2) {
                throw row.error("ids", "an ambiguity needs at least two ids");
            }
            for (String id : ids) {
                refs.add(new Ref(row, "ids", id, type));
            }
            ambiguities.add(new Ambiguity(alias, type, ids, row.getOrNull("note")));
        }
    }

    // ---------------------------------------------------------------- helpers

    private static void require(Tsv table, String column) {
        if (!table.has(column)) {
            throw new KbFormatException(table.file, table.headerLine, 0, "the header has no \"" + column + "\" column");
        }
    }

    private static void addAll(Map<String, LinkedHashSet<String>> map, String key, List<String> values) {
        if (!values.isEmpty()) {
            map.computeIfAbsent(key, k -> new LinkedHashSet<>()).addAll(values);
        }
    }

    private static Map<String, List<String>> freeze(Map<String, LinkedHashSet<String>> map) {
        var out = new LinkedHashMap<String, List<String>>();
        map.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return out;
    }
}
