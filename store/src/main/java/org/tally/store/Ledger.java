package org.tally.store;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import org.flywaydb.core.Flyway;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import org.tally.fuse.Fusion;
import org.tally.fuse.Parties;
import org.tally.model.Document;
import org.tally.model.Entity;
import org.tally.model.Event;
import org.tally.model.Mention;
import org.tally.model.Problem;

/**
 * The durable ledger: one SQLite database ({@code DIR/tally.db}) in WAL mode with full sync, so that every
 * acknowledged document survives a crash of the process (and of the machine). Each document goes in with its
 * entities, mentions, claims and problem in ONE transaction: all or nothing.
 *
 * <p>A document's id is its content hash, so ingesting the same content again changes nothing (idempotent: a rerun
 * after a crash completes the rest). A document whose 64-bit SimHash fingerprint is within {@value #NEAR} bits of a
 * stored one is stored and linked to the nearest of them in {@code near_duplicates}, so that fusion can count it
 * once.
 *
 * <p>In the same transaction, each claim is fused (docs/fusion.md): it joins the event of other documents' claims
 * that {@link Fusion} judges the same real-world event, or founds a new one; the {@code events} row keeps what its
 * claims agree on and how many claims, documents and independent sources it has.
 *
 * <p>Thread-safe: one connection, one writer at a time. Other processes may open the same directory; SQLite's
 * locks and a busy timeout order their writes.
 */
public final class Ledger implements AutoCloseable {

    /** Near-duplicates differ in at most this many bits of their SimHash. */
    public static final int NEAR = 3;
    public static final String FILE_NAME = "tally.db";

    /** Flyway logs each migration check through java.util.logging when there is no other logger: only warnings. */
    private static final java.util.logging.Logger FLYWAY_LOG = java.util.logging.Logger.getLogger("org.flywaydb");

    static {
        FLYWAY_LOG.setLevel(java.util.logging.Level.WARNING);
    }

    private final Path file;
    private final Connection connection;
    private final ReentrantLock lock = new ReentrantLock();
    private final PreparedStatement findDocument;
    private final PreparedStatement findNear;
    private final PreparedStatement insertDocument;
    private final PreparedStatement insertNear;
    private final PreparedStatement insertEntity;
    private final PreparedStatement insertMention;
    private final PreparedStatement insertClaim;
    private final PreparedStatement insertProblem;
    private final EventFuser fuser;
    private boolean closed;

    private Ledger(Path file, Connection connection, Fusion fusion) throws SQLException {
        this.file = file;
        this.connection = connection;
        this.fuser = new EventFuser(connection, fusion);
        findDocument = connection.prepareStatement("SELECT file FROM documents WHERE id = ?");
        findNear = connection.prepareStatement("SELECT id, fingerprint FROM documents "
                + "WHERE fp0 = ? OR fp1 = ? OR fp2 = ? OR fp3 = ? ORDER BY rowid");
        insertDocument = connection.prepareStatement("INSERT INTO documents (id, file, language, published, title, "
                + "body, author, url, site, format, fingerprint, fp0, fp1, fp2, fp3, ingested_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        insertNear = connection.prepareStatement(
                "INSERT INTO near_duplicates (document, duplicate_of, distance) VALUES (?, ?, ?)");
        insertEntity = connection.prepareStatement(
                "INSERT OR IGNORE INTO entities (id, type, name, wikidata) VALUES (?, ?, ?, ?)");
        insertMention = connection.prepareStatement("INSERT OR IGNORE INTO mentions (document, entity, begin, end, "
                + "text, how) VALUES (?, ?, ?, ?, ?, ?)");
        insertClaim = connection.prepareStatement("INSERT INTO claims (document, id, type, actor, target, item, "
                + "quantity_value, quantity_unit, quantity_qualifier, when_start, when_end, origin, destination, "
                + "source, modality, evidence, begin, end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        insertProblem = connection.prepareStatement("INSERT OR IGNORE INTO problems (file, stage, code, message, "
                + "document, recorded_at) VALUES (?, ?, ?, ?, ?, ?)");
    }

    /**
     * Opens the ledger in {@code dir} ({@code dir/tally.db}), creating both and migrating the schema as needed;
     * fusion knows only that ISO codes are countries ({@link Parties#countriesOnly()}).
     */
    public static Ledger open(Path dir) {
        return open(dir, Parties.countriesOnly());
    }

    /**
     * Opens the ledger in {@code dir}, fusing claims with what {@code parties} knows of persons and organizations
     * (their states, whose voice they speak with). Use the same knowledge for every run over one ledger: events
     * already fused are not revisited.
     */
    public static Ledger open(Path dir, Parties parties) {
        Objects.requireNonNull(dir, "dir");
        Objects.requireNonNull(parties, "parties");
        Path file = dir.resolve(FILE_NAME).toAbsolutePath();
        try {
            Files.createDirectories(dir);
            SQLiteConfig config = new SQLiteConfig();
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
            config.enforceForeignKeys(true);
            config.setBusyTimeout(30_000);
            SQLiteDataSource source = new SQLiteDataSource(config);
            source.setUrl("jdbc:sqlite:" + file);
            Flyway.configure(Ledger.class.getClassLoader())
                    .dataSource(source)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
            Connection connection = source.getConnection();
            connection.setAutoCommit(false);
            return new Ledger(file, connection, new Fusion(parties));
        } catch (java.io.IOException | SQLException | RuntimeException e) {
            if (e instanceof LedgerException le) {
                throw le;
            }
            throw new LedgerException("cannot open the ledger " + file + ": " + e.getMessage(), e);
        }
    }

    /** The database file. */
    public Path file() {
        return file;
    }

    /** Stores a document with its entities and claims in one transaction; see {@link #ingest(Document, List, List, Problem)}. */
    public IngestResult ingest(Document document, List<Entity> entities, List<Event> events) {
        return ingest(document, entities, events, null);
    }

    /**
     * Stores a document with its entities (and their mentions), its claims and the problem that kept some of them
     * out ({@code null} if none), in ONE transaction: all of it, or nothing and a {@link LedgerException}. Its
     * claims are fused into events in the same transaction. A document whose content is already stored changes
     * nothing.
     */
    public IngestResult ingest(Document document, List<Entity> entities, List<Event> events, Problem problem) {
        Objects.requireNonNull(document, "document");
        String id = idOf(document);
        lock.lock();
        try {
            ensureOpen();
            try {
                findDocument.setString(1, id);
                try (ResultSet rs = findDocument.executeQuery()) {
                    if (rs.next()) {
                        String first = rs.getString(1);
                        connection.rollback();
                        return new IngestResult(IngestResult.Status.DUPLICATE, id, first, 0);
                    }
                }
                Long fingerprint = document.fingerprint() == null ? null
                        : HexFormat.fromHexDigitsToLong(document.fingerprint());
                String nearest = null;
                int distance = Integer.MAX_VALUE;
                if (fingerprint != null) {
                    for (int band = 0; band < 4; band++) {
                        findNear.setLong(band + 1, band(fingerprint, band));
                    }
                    try (ResultSet rs = findNear.executeQuery()) {
                        while (rs.next()) {
                            long other = rs.getLong(2);
                            int d = Long.bitCount(other ^ fingerprint);
                            if (d <= NEAR && d < distance) {
                                distance = d;
                                nearest = rs.getString(1);
                            }
                        }
                    }
                }
                insertDocument(id, document, fingerprint);
                if (nearest != null) {
                    insertNear.setString(1, id);
                    insertNear.setString(2, nearest);
                    insertNear.setInt(3, Math.max(distance, 1)); // equal fingerprints, different content: still near
                    insertNear.executeUpdate();
                }
                insertEntities(id, entities);
                insertClaims(id, events);
                fuser.fuse(id, events);
                if (problem != null) {
                    insertProblem(problem, id);
                }
                connection.commit();
                return nearest == null
                        ? new IngestResult(IngestResult.Status.NEW, id, null, 0)
                        : new IngestResult(IngestResult.Status.NEAR_DUPLICATE, id, nearest, Math.max(distance, 1));
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(e);
                throw new LedgerException("cannot store " + document.doc() + ": " + e.getMessage(), e);
            }
        } finally {
            lock.unlock();
        }
    }

    /** Records why an input has no document; the same (file, stage, code) again changes nothing. */
    public boolean recordProblem(Problem problem) {
        Objects.requireNonNull(problem, "problem");
        lock.lock();
        try {
            ensureOpen();
            try {
                boolean added = insertProblem(problem, null);
                connection.commit();
                return added;
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(e);
                throw new LedgerException("cannot record the problem of " + problem.doc() + ": " + e.getMessage(), e);
            }
        } finally {
            lock.unlock();
        }
    }

    public long documents() {
        return count("documents");
    }

    /**
     * Whether a document with this content is stored already (then {@link #ingest} would change nothing), so that
     * a rerun need not analyse it again. Safe to call from any thread.
     */
    public boolean holds(Document document) {
        String id = idOf(document);
        lock.lock();
        try {
            ensureOpen();
            findDocument.setString(1, id);
            try (ResultSet rs = findDocument.executeQuery()) {
                boolean found = rs.next();
                connection.commit(); // ends the read transaction, so that other writers' work becomes visible
                return found;
            }
        } catch (SQLException e) {
            throw new LedgerException("cannot look up " + document.doc() + " in " + file + ": " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }

    private static String idOf(Document document) {
        return document.contentHash() != null ? document.contentHash() : sha256(document.body());
    }

    public long entities() {
        return count("entities");
    }

    public long mentions() {
        return count("mentions");
    }

    public long claims() {
        return count("claims");
    }

    public long nearDuplicates() {
        return count("near_duplicates");
    }

    public long problems() {
        return count("problems");
    }

    /** Fused events: claims of different documents about one real-world event count once. */
    public long events() {
        return count("events");
    }

    @Override
    public void close() {
        lock.lock();
        try {
            if (!closed) {
                closed = true;
                connection.close();
            }
        } catch (SQLException e) {
            throw new LedgerException("cannot close the ledger " + file + ": " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }

    private void insertDocument(String id, Document d, Long fingerprint) throws SQLException {
        PreparedStatement s = insertDocument;
        s.setString(1, id);
        s.setString(2, d.doc());
        s.setString(3, d.language());
        s.setString(4, d.published());
        s.setString(5, d.title());
        s.setString(6, d.body());
        s.setString(7, d.author());
        s.setString(8, d.url());
        s.setString(9, d.site());
        s.setString(10, d.format());
        for (int band = -1; band < 4; band++) {
            if (fingerprint == null) {
                s.setNull(12 + band, Types.INTEGER);
            } else {
                s.setLong(12 + band, band < 0 ? fingerprint : band(fingerprint, band));
            }
        }
        s.setString(16, Instant.now().toString());
        s.executeUpdate();
    }

    private void insertEntities(String id, List<Entity> entities) throws SQLException {
        for (Entity e : entities) {
            insertEntity.setString(1, e.id());
            insertEntity.setString(2, e.type());
            insertEntity.setString(3, e.name());
            insertEntity.setString(4, e.wikidata());
            insertEntity.addBatch();
            for (Mention m : e.mentions()) {
                insertMention.setString(1, id);
                insertMention.setString(2, e.id());
                insertMention.setInt(3, m.begin());
                insertMention.setInt(4, m.end());
                insertMention.setString(5, m.text());
                insertMention.setString(6, m.how());
                insertMention.addBatch();
            }
        }
        insertEntity.executeBatch();
        insertMention.executeBatch();
    }

    private void insertClaims(String id, List<Event> events) throws SQLException {
        for (Event e : events) {
            PreparedStatement s = insertClaim;
            s.setString(1, id);
            s.setString(2, e.id());
            s.setString(3, e.type());
            s.setString(4, e.actor());
            s.setString(5, e.target());
            s.setString(6, e.item());
            if (e.quantity() == null) {
                s.setNull(7, Types.REAL);
                s.setNull(8, Types.VARCHAR);
                s.setNull(9, Types.VARCHAR);
            } else {
                s.setDouble(7, e.quantity().value());
                s.setString(8, e.quantity().unit());
                s.setString(9, e.quantity().qualifier());
            }
            s.setString(10, e.when() == null ? null : e.when().start());
            s.setString(11, e.when() == null ? null : e.when().end());
            s.setString(12, e.origin());
            s.setString(13, e.destination());
            s.setString(14, e.source());
            s.setString(15, e.modality());
            s.setString(16, e.evidence());
            s.setInt(17, e.begin());
            s.setInt(18, e.end());
            s.addBatch();
        }
        insertClaim.executeBatch();
    }

    private boolean insertProblem(Problem p, String document) throws SQLException {
        insertProblem.setString(1, p.doc());
        insertProblem.setString(2, p.stage().label());
        insertProblem.setString(3, p.code());
        insertProblem.setString(4, p.message());
        insertProblem.setString(5, document);
        insertProblem.setString(6, Instant.now().toString());
        return insertProblem.executeUpdate() > 0;
    }

    private long count(String table) {
        lock.lock();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
            ensureOpen();
            rs.next();
            long n = rs.getLong(1);
            connection.commit(); // ends the read transaction, so that other writers' work becomes visible
            return n;
        } catch (SQLException e) {
            throw new LedgerException("cannot count " + table + " in " + file + ": " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }

    private void rollbackQuietly(Exception cause) {
        try {
            connection.clearWarnings();
            insertEntity.clearBatch();
            insertMention.clearBatch();
            insertClaim.clearBatch();
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("the ledger " + file + " is closed");
        }
    }

    /** Bits {@code 16*band} to {@code 16*band+15}: two fingerprints within 3 bits agree on at least one band. */
    static long band(long fingerprint, int band) {
        return (fingerprint >>> (16 * band)) & 0xFFFF;
    }

    private static String sha256(String body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(body.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
