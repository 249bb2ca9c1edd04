package org.tally.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tally.model.Document;
import org.tally.model.Entity;
import org.tally.model.Event;
import org.tally.model.Mention;
import org.tally.model.Problem;
import org.tally.model.Stage;

/** The ledger on a temporary directory, with records built here (our own sentences). */
class LedgerTest {

    @TempDir
    Path dir;

    private static final String BODY = "Ruritania delivered forty crates of shells to Freedonia in March. "
            + "The harbour master of Port Ostrava confirmed the shipment.";

    static Document document(String file, String body, String hash, long fingerprint) {
        return new Document(file, "en", "2024-03-15", "Crates at the harbour", body, "A. Writer", null,
                "example.org", "text", hash, HexFormat.of().toHexDigits(fingerprint));
    }

    static List<Entity> entities(String file) {
        return List.of(
                new Entity(file, "new:country:ruritania", "country", "Ruritania", null,
                        List.of(new Mention(0, 9, "Ruritania", "ner"))),
                new Entity(file, "new:country:freedonia", "country", "Freedonia", null,
                        List.of(new Mention(46, 55, "Freedonia", "ner"))),
                new Entity(file, "new:place:port_ostrava", "place", "Port Ostrava", "Q1",
                        List.of(new Mention(87, 99, "Port Ostrava", "ner"))));
    }

    static List<Event> events(String file, String... ids) {
        return java.util.Arrays.stream(ids).map(id -> new Event(file, id, "transfer", "Ruritania", "Freedonia",
                "artillery_shells", new Event.Amount(40, "crate", "exact"), new Event.Period("2024-03", null),
                null, "Port Ostrava", "harbour master", "reported", BODY.substring(0, 66), 0, 66)).toList();
    }

    @Test
    void storesADocumentWithItsEntitiesMentionsAndClaims() {
        try (Ledger ledger = Ledger.open(dir.resolve("ledger"))) {
            IngestResult result = ledger.ingest(document("a.txt", BODY, "h1", 0x0123_4567_89AB_CDEFL),
                    entities("a.txt"), events("a.txt", "e1", "e2"));
            assertThat(result.status()).isEqualTo(IngestResult.Status.NEW);
            assertThat(result.document()).isEqualTo("h1");
            assertThat(ledger.documents()).isEqualTo(1);
            assertThat(ledger.entities()).isEqualTo(3);
            assertThat(ledger.mentions()).isEqualTo(3);
            assertThat(ledger.claims()).isEqualTo(2);
            assertThat(ledger.events()).as("one document's claims never share an event").isEqualTo(2);
            assertThat(ledger.nearDuplicates()).isZero();
        }
        assertThat(dir.resolve("ledger/tally.db")).exists();
    }

    @Test
    void ingestingTheSameContentTwiceChangesNothing() {
        try (Ledger ledger = Ledger.open(dir)) {
            ledger.ingest(document("a.txt", BODY, "h1", 1L), entities("a.txt"), events("a.txt", "e1"));
            IngestResult again = ledger.ingest(document("copy-of-a.txt", BODY, "h1", 1L), entities("copy-of-a.txt"),
                    events("copy-of-a.txt", "e1", "e2"));
            assertThat(again.status()).isEqualTo(IngestResult.Status.DUPLICATE);
            assertThat(again.duplicateOf()).isEqualTo("a.txt");
            assertThat(List.of(ledger.documents(), ledger.entities(), ledger.mentions(), ledger.claims(),
                    ledger.events())).containsExactly(1L, 3L, 3L, 1L, 1L);
        }
        // and across processes' lifetimes: reopened, the same ingest is still a duplicate
        try (Ledger ledger = Ledger.open(dir)) {
            assertThat(ledger.holds(document("renamed.txt", BODY, "h1", 1L))).isTrue();
            assertThat(ledger.holds(document("a.txt", BODY + " More.", "h2", 1L))).isFalse();
            assertThat(ledger.ingest(document("a.txt", BODY, "h1", 1L), entities("a.txt"), events("a.txt", "e1"))
                    .status()).isEqualTo(IngestResult.Status.DUPLICATE);
            assertThat(ledger.documents()).isEqualTo(1);
        }
    }

    @Test
    void linksNearDuplicatesToTheNearestStoredDocument() {
        long base = 0xF0F0_0000_1234_5678L;
        try (Ledger ledger = Ledger.open(dir)) {
            assertThat(ledger.ingest(document("a.txt", BODY, "h1", base), List.of(), List.of()).status())
                    .isEqualTo(IngestResult.Status.NEW);
            // three bits off, one in each of three bands: still near
            IngestResult near = ledger.ingest(document("b.txt", BODY + " Updated.", "h2",
                    base ^ (1L | 1L << 20 | 1L << 40)), List.of(), List.of());
            assertThat(near.status()).isEqualTo(IngestResult.Status.NEAR_DUPLICATE);
            assertThat(near.duplicateOf()).isEqualTo("h1");
            assertThat(near.distance()).isEqualTo(3);
            // one bit off b (four off a): linked to b, the nearer
            IngestResult nearer = ledger.ingest(document("c.txt", BODY + " Updated again.", "h3",
                    base ^ (1L | 1L << 20 | 1L << 40 | 1L << 60)), List.of(), List.of());
            assertThat(nearer.status()).isEqualTo(IngestResult.Status.NEAR_DUPLICATE);
            assertThat(nearer.duplicateOf()).isEqualTo("h2");
            assertThat(nearer.distance()).isEqualTo(1);
            // four bits off everything stored: a new document
            IngestResult far = ledger.ingest(document("d.txt", "Something else entirely.", "h4",
                    base ^ 0xF000_0000_0000_000FL), List.of(), List.of());
            assertThat(far.status()).isEqualTo(IngestResult.Status.NEW);
            assertThat(ledger.documents()).isEqualTo(4);
            assertThat(ledger.nearDuplicates()).isEqualTo(2);
        }
    }

    @Test
    void aTransactionThatFailsMidwayLeavesNothing() {
        try (Ledger ledger = Ledger.open(dir)) {
            // two claims with the same id: the document, entities and first claim are written, the second fails
            assertThatThrownBy(() -> ledger.ingest(document("a.txt", BODY, "h1", 1L), entities("a.txt"),
                    events("a.txt", "e1", "e1"), new Problem("a.txt", Stage.EXTRACT, "x", "partly extracted")))
                    .isInstanceOf(LedgerException.class)
                    .hasMessageContaining("a.txt");
            assertThat(List.of(ledger.documents(), ledger.entities(), ledger.mentions(), ledger.claims(),
                    ledger.problems(), ledger.events())).containsOnly(0L);
            // the ledger is still usable, and the same document goes in whole once it is right
            assertThat(ledger.ingest(document("a.txt", BODY, "h1", 1L), entities("a.txt"), events("a.txt", "e1"))
                    .status()).isEqualTo(IngestResult.Status.NEW);
            assertThat(List.of(ledger.documents(), ledger.entities(), ledger.claims())).containsExactly(1L, 3L, 1L);
        }
    }

    @Test
    void problemsAreRecordedOnce() {
        try (Ledger ledger = Ledger.open(dir)) {
            Problem missing = new Problem("gone.txt", Stage.ACQUIRE, "not_found", "gone.txt: no such file");
            assertThat(ledger.recordProblem(missing)).isTrue();
            assertThat(ledger.recordProblem(missing)).isFalse();
            ledger.ingest(document("a.txt", BODY, "h1", 1L), List.of(), List.of(),
                    new Problem("a.txt", Stage.EXTRACT, "extraction_failed", "kept without events"));
            assertThat(ledger.problems()).isEqualTo(2);
        }
    }

    @Test
    void entitiesAreSharedAcrossDocuments() {
        try (Ledger ledger = Ledger.open(dir)) {
            ledger.ingest(document("a.txt", BODY, "h1", 1L), entities("a.txt"), List.of());
            ledger.ingest(document("b.txt", "Freedonia denied it.", "h2", -1L), List.of(
                    new Entity("b.txt", "new:country:freedonia", "country", "Freedonia", null,
                            List.of(new Mention(0, 9, "Freedonia", "ner")))), List.of());
            assertThat(ledger.entities()).isEqualTo(3);
            assertThat(ledger.mentions()).isEqualTo(4);
        }
    }

    @Test
    void oneWriterManyThreads() throws Exception {
        try (Ledger ledger = Ledger.open(dir)) {
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<IngestResult>> futures = new java.util.ArrayList<>();
                for (int i = 0; i < 200; i++) {
                    int n = i;
                    // fingerprints far apart (a different bit pattern in every band), so no near-duplicates
                    long fp = n * 0x0001_0001_0001_0001L * 37;
                    futures.add(pool.submit(() -> ledger.ingest(
                            document("d" + n + ".txt", BODY + " Number " + n + ".", "h" + n, fp),
                            entities("d" + n + ".txt"), events("d" + n + ".txt", "e1"))));
                }
                for (Future<IngestResult> f : futures) {
                    f.get();
                }
            } finally {
                pool.shutdown();
            }
            assertThat(ledger.documents()).isEqualTo(200);
            assertThat(ledger.claims()).isEqualTo(200);
            assertThat(ledger.mentions()).isEqualTo(600);
            // the same claim in 200 documents: one event, 200 documents, one source (the harbour master)
            assertThat(ledger.events()).isEqualTo(1);
        }
    }

    @Test
    void aSecondLedgerOnTheSameDirectorySeesTheFirstOnesWork() {
        try (Ledger first = Ledger.open(dir); Ledger second = Ledger.open(dir)) {
            first.ingest(document("a.txt", BODY, "h1", 1L), entities("a.txt"), List.of());
            assertThat(second.documents()).isEqualTo(1);
            assertThat(second.ingest(document("a.txt", BODY, "h1", 1L), List.of(), List.of()).status())
                    .isEqualTo(IngestResult.Status.DUPLICATE);
        }
        assertThat(Files.exists(dir.resolve("tally.db"))).isTrue();
    }
}
