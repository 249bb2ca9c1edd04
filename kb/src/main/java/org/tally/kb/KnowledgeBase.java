package org.tally.kb;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The entities entity linking resolves names to: countries, places, persons, organizations, vessels and weapons,
 * with names per language, plus offices and who held them when.
 *
 * <pre>{@code
 * KnowledgeBase kb = KnowledgeBase.bundled();
 * kb.byId("KP").orElseThrow().aliases("de");                               // [Nordkorea, DVRK, ...]
 * kb.holderOf("RU.defence_minister", LocalDate.parse("2023-08-01"));       // Sergei Shoigu
 * KnowledgeBase mine = KnowledgeBase.load(List.of(Path.of("my-persons.tsv")));
 * }</pre>
 *
 * Immutable and safe to share between threads. The file format is described in {@code kb/README.md}.
 */
public final class KnowledgeBase {

    /** The bundled files, in the order they are read. */
    public static final List<String> BUNDLED_FILES = List.of("countries.tsv", "places.tsv", "persons.tsv",
            "organizations.tsv", "vessels.tsv", "weapons.tsv", "offices.tsv", "office_holders.tsv",
            "ambiguities.tsv");

    private static final class Bundled {
        static final KnowledgeBase KB = fromTables(bundledTables());
    }

    private final List<KbEntity> entities;
    private final Map<String, KbEntity> byId;
    private final Map<String, List<KbEntity>> byName;
    private final Map<String, Office> offices;
    private final List<OfficeHolding> holdings;
    private final List<Ambiguity> ambiguities;

    KnowledgeBase(List<KbEntity> entities, List<Office> offices, List<OfficeHolding> holdings,
                  List<Ambiguity> ambiguities) {
        this.entities = List.copyOf(entities);
        var ids = new LinkedHashMap<String, KbEntity>();
        var names = new HashMap<String, List<KbEntity>>();
        for (KbEntity e : this.entities) {
            ids.put(e.id(), e);
            for (String n : e.allNames()) {
                List<KbEntity> list = names.computeIfAbsent(normalize(n), k -> new ArrayList<>());
                if (!list.contains(e)) {
                    list.add(e);
                }
            }
        }
        this.byId = Collections.unmodifiableMap(ids);
        names.replaceAll((k, v) -> List.copyOf(v));
        this.byName = Map.copyOf(names);
        var officeMap = new LinkedHashMap<String, Office>();
        offices.forEach(o -> officeMap.put(o.id(), o));
        this.offices = Collections.unmodifiableMap(officeMap);
        var sorted = new ArrayList<>(holdings);
        sorted.sort(Comparator.comparing(OfficeHolding::office).thenComparing(OfficeHolding::start));
        this.holdings = List.copyOf(sorted);
        this.ambiguities = List.copyOf(ambiguities);
    }

    /** The bundled knowledge base, read once and cached. */
    public static KnowledgeBase bundled() {
        return Bundled.KB;
    }

    /**
     * The bundled files followed by {@code extraFiles}, in the same format. A row of an extra file whose id is
     * already known adds its aliases, adjectives and sources to that entity and replaces the fields it fills;
     * a new id adds an entity.
     *
     * @throws KbFormatException  when a file is malformed (the message names file, line and column)
     * @throws UncheckedIOException when a file cannot be read
     */
    public static KnowledgeBase load(List<Path> extraFiles) {
        var tables = new ArrayList<>(bundledTables());
        tables.addAll(read(extraFiles));
        return fromTables(tables);
    }

    /** Only {@code files}, without the bundled ones (for tests and for users who bring a whole KB). */
    public static KnowledgeBase loadOnly(List<Path> files) {
        return fromTables(read(files));
    }

    private static List<Tsv> read(List<Path> files) {
        var tables = new ArrayList<Tsv>();
        for (Path p : files) {
            try (InputStream in = Files.newInputStream(p)) {
                tables.add(Tsv.parse(p.toString(), in));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read knowledge-base file " + p, e);
            }
        }
        return tables;
    }

    private static List<Tsv> bundledTables() {
        var tables = new ArrayList<Tsv>();
        for (String name : BUNDLED_FILES) {
            try (InputStream in = KnowledgeBase.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("bundled knowledge-base file missing: " + name);
                }
                tables.add(Tsv.parse(name, in));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read bundled knowledge-base file " + name, e);
            }
        }
        return tables;
    }

    static KnowledgeBase fromTables(List<Tsv> tables) {
        return new KbBuilder().build(tables);
    }

    // ---------------------------------------------------------------- lookups

    /** Every entity, in file order. */
    public List<KbEntity> entities() {
        return entities;
    }

    /** The entities of one type, in file order. */
    public List<KbEntity> entities(EntityType type) {
        return entities.stream().filter(e -> e.type() == type).toList();
    }

    /** The entity with this id ({@code KP}, {@code rason}, {@code sergei_shoigu}). */
    public Optional<KbEntity> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * The entities that have {@code name} as canonical name or alias in any language, compared after
     * {@link #normalize(String)}. Several when a name is ambiguous; adjectives are not matched.
     */
    public List<KbEntity> byName(String name) {
        return byName.getOrDefault(normalize(name), List.of());
    }

    /** Every office, in file order. */
    public List<Office> offices() {
        return List.copyOf(offices.values());
    }

    /** The office with this id, e.g. {@code RU.defence_minister}. */
    public Optional<Office> office(String id) {
        return Optional.ofNullable(offices.get(id));
    }

    /** Every holding, ordered by office and start. */
    public List<OfficeHolding> holdings() {
        return holdings;
    }

    /** The holdings of one office, ordered by start. */
    public List<OfficeHolding> holdingsOf(String officeId) {
        return holdings.stream().filter(h -> h.office().equals(officeId)).toList();
    }

    /** The offices a person held, ordered by office and start. */
    public List<OfficeHolding> holdingsBy(String personId) {
        return holdings.stream().filter(h -> h.person().equals(personId)).toList();
    }

    /**
     * Who held the office on {@code date}. Start and end days are inclusive; on a handover day that falls in
     * both terms, the holder who started later.
     */
    public Optional<KbEntity> holderOf(String officeId, LocalDate date) {
        OfficeHolding found = null;
        for (OfficeHolding h : holdingsOf(officeId)) {
            if (h.covers(date) && (found == null || !h.start().isBefore(found.start()))) {
                found = h;
            }
        }
        return found == null ? Optional.empty() : byId(found.person());
    }

    /** Names knowingly shared by several entities of the same type. */
    public List<Ambiguity> ambiguities() {
        return ambiguities;
    }

    /**
     * The form names are compared in: Unicode NFKC, lower case (root locale), typographic apostrophes and
     * dashes made ASCII, runs of white space made one space, trimmed.
     */
    public static String normalize(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        n = n.replace('\u2019', '\'').replace('\u02BC', '\'').replace('\u2018', '\'')
                .replace('\u2010', '-').replace('\u2011', '-').replace('\u2013', '-').replace('\u2014', '-');
        return n.replaceAll("\\s+", " ").strip();
    }
}
