package org.tally.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tally.store.Ledger;

/**
 * `tally ingest` as a child JVM, killed with SIGKILL at a random moment and run again: the ledger opens, holds no
 * more than a clean run would, and after the rerun holds exactly what a clean run holds. The store path is the real
 * one; {@code --until CLEAN} keeps each run to a second or two. Set {@code -Dtally.crash.seed=N} to replay a run.
 */
class IngestCrashTest {

    @TempDir
    static Path dir;
    static Path inputs;

    private static final String[] WORDS = ("harbour convoy crates ministry inspectors freighter border railway depot "
            + "shipment customs officials reported delivered observers counted trucks warehouse spokesman denied "
            + "rumours tanker cargo night morning bridge checkpoint").split(" ");

    @BeforeAll
    static void writeInputs() throws IOException {
        inputs = Files.createDirectories(dir.resolve("inputs"));
        Random random = new Random(11);
        for (int i = 0; i < 40; i++) {
            StringBuilder body = new StringBuilder();
            for (int s = 0; s < 8; s++) {
                for (int w = 0; w < 12; w++) {
                    body.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
                }
                body.append(". ");
            }
            Files.writeString(inputs.resolve(String.format("doc%02d.txt", i)),
                    "date 2024-03-" + String.format("%02d", 1 + i % 28) + " Report number " + i + "\n\n" + body + "\n");
        }
        // exact copies under other names, and one text with one word changed at its end
        Files.copy(inputs.resolve("doc03.txt"), inputs.resolve("doc40-copy.txt"));
        Files.copy(inputs.resolve("doc17.txt"), inputs.resolve("doc41-copy.txt"));
        Files.writeString(inputs.resolve("doc42-edited.txt"),
                Files.readString(inputs.resolve("doc09.txt")).strip() + " Updated.\n");
    }

    @Test
    void aKilledIngestLosesNothingAndARerunCompletesIt() throws Exception {
        long seed = Long.getLong("tally.crash.seed", System.nanoTime());
        String replay = "seed " + seed + " (replay with -Dtally.crash.seed=" + seed + ")";
        Random random = new Random(seed);

        Path cleanDb = dir.resolve("clean");
        long start = System.nanoTime();
        Process first = ingest(cleanDb, "clean");
        long opened = waitForLedger(first, cleanDb);
        assertThat(first.waitFor()).as("clean run, " + replay).isZero();
        long cleanMillis = (System.nanoTime() - start) / 1_000_000;
        long openMillis = (opened - start) / 1_000_000; // the ledger exists from here to the end
        List<Long> clean = counts(cleanDb);
        System.out.println("IngestCrashTest: clean run in " + cleanMillis + " ms: documents, near-duplicates, problems, entities, claims " + clean);
        assertThat(clean.get(0)).as("documents of the clean run").isEqualTo(41); // 43 files, two of them exact copies

        for (int round = 0; round < 5; round++) {
            Path db = dir.resolve("killed" + round);
            Process child = ingest(db, "killed" + round);
            long delay;
            if (round == 0) { // anywhere, start-up included
                delay = (long) (random.nextDouble() * cleanMillis);
                Thread.sleep(delay);
            } else { // while the ledger is open, where the kills that matter land
                long window = Math.max(1, cleanMillis - openMillis);
                delay = (long) (random.nextDouble() * window);
                waitForLedger(child, db);
                Thread.sleep(delay);
            }
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            if (Files.exists(db.resolve(Ledger.FILE_NAME))) {
                List<Long> afterKill = counts(db);
                System.out.printf("IngestCrashTest: %s, round %d: killed %d ms after %s (clean run %d ms) with %d documents "
                        + "stored%n", replay, round, delay, round == 0 ? "the start" : "the ledger appeared",
                        cleanMillis, afterKill.get(0));
                for (int i = 0; i < clean.size(); i++) {
                    assertThat(afterKill.get(i)).as("after the kill, " + replay).isLessThanOrEqualTo(clean.get(i));
                }
            }
            Process rerun = ingest(db, "rerun" + round);
            assertThat(rerun.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(rerun.exitValue()).as("rerun, " + replay + ", log " + dir.resolve("rerun" + round + ".log"))
                    .isZero();
            assertThat(counts(db)).as("after the rerun, against a clean run, " + replay).isEqualTo(clean);
        }
        // and once more over a complete ledger: nothing changes
        assertThat(ingest(cleanDb, "again").waitFor()).isZero();
        assertThat(counts(cleanDb)).isEqualTo(clean);
    }

    /** Waits until the child has created the ledger (or ended), and returns that moment in nanoseconds. */
    private static long waitForLedger(Process child, Path db) throws InterruptedException {
        while (!Files.exists(db.resolve(Ledger.FILE_NAME)) && child.isAlive()) {
            Thread.sleep(5);
        }
        return System.nanoTime();
    }

    private static Process ingest(Path db, String name) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), TallyCommand.class.getName(),
                "ingest", inputs.toString(), "--db", db.toString(), "--until", "CLEAN", "--threads", "1"));
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve(name + ".log").toFile())
                .start();
    }

    /** Documents, near-duplicate links, problems, entities, claims. */
    private static List<Long> counts(Path db) {
        try (Ledger ledger = Ledger.open(db)) {
            return List.of(ledger.documents(), ledger.nearDuplicates(), ledger.problems(), ledger.entities(),
                    ledger.claims());
        }
    }
}
