package org.tally.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.tally.kb.KbFormatException;
import org.tally.kb.KnowledgeBase;
import org.tally.model.Problem;
import org.tally.model.Stage;
import org.tally.store.IngestResult;
import org.tally.store.Ledger;
import org.tally.store.LedgerException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code tally ingest PATH... [--db DIR]}: the pipeline of {@code tally extract}, into the ledger. */
@Command(name = "ingest",
        mixinStandardHelpOptions = true,
        description = {
                "Runs the pipeline of `tally extract` over .txt, .html and .htm files (and their .gz forms), or "
                        + "folders of them, and stores each document with its entities, mentions, claims and "
                        + "problems in the ledger (SQLite, DIR/tally.db), one transaction per document, in input "
                        + "order. Content already stored changes nothing, so a rerun after a crash completes the "
                        + "rest; near-duplicates are stored and linked. Claims of different documents about the "
                        + "same real-world event are fused into one event (docs/fusion.md).",
                "Exit status: 0 when every input was stored or reported, 1 when the ledger cannot be opened or "
                        + "written, 2 on usage errors."})
final class IngestCommand implements Callable<Integer> {

    @Mixin
    PipelineRun run;

    @Option(names = "--db", paramLabel = "DIR", description = "The ledger's directory (default: ~/.tally).")
    Path db = Path.of(System.getProperty("user.home"), ".tally");

    @Override
    public Integer call() throws InterruptedException {
        int[] counts = new int[4]; // new, duplicates, near-duplicates, problems
        KnowledgeBase kb;
        try {
            kb = run.kbFiles.isEmpty() ? KnowledgeBase.bundled() : KnowledgeBase.load(run.kbFiles);
        } catch (KbFormatException | java.io.UncheckedIOException e) {
            System.err.println("tally ingest: " + e.getMessage());
            return 2;
        }
        try (Ledger ledger = Ledger.open(db, new KbParties(kb))) {
            // a document already in the ledger (a rerun) is not analysed again: the ledger would change nothing
            int status = run.run("ingest", ledger::holds, output -> store(ledger, output, counts));
            if (status != 0) {
                return status;
            }
            if (!run.quiet) {
                System.err.printf(Locale.ROOT, "tally ingest: %d new, %d duplicates, %d near-duplicates, "
                                + "%d problems; the ledger %s holds %d documents, %d entities, %d claims in %d "
                                + "events%n",
                        counts[0], counts[1], counts[2], counts[3], ledger.file(), ledger.documents(),
                        ledger.entities(), ledger.claims(), ledger.events());
            }
            return 0;
        } catch (LedgerException e) {
            System.err.println("tally ingest: " + e.getMessage());
            return 1;
        }
    }

    /** One transaction per document; a document the ledger refuses becomes a problem, a broken ledger ends the run. */
    private static void store(Ledger ledger, Pipeline.Output output, int[] counts) {
        if (output.problem() != null) {
            counts[3]++;
        }
        if (output.document() == null) {
            ledger.recordProblem(output.problem());
            return;
        }
        IngestResult result;
        try {
            result = ledger.ingest(output.document(), output.entities(), output.events(), output.problem());
        } catch (LedgerException e) {
            Problem problem = new Problem(output.doc(), Stage.STORE, "store_failed", e.getMessage());
            ledger.recordProblem(problem); // throws on, and ends the run, when the ledger cannot take even this
            System.err.println("tally ingest: store_failed: " + e.getMessage());
            counts[3]++;
            return;
        }
        switch (result.status()) {
            case NEW -> counts[0]++;
            case DUPLICATE -> counts[1]++;
            case NEAR_DUPLICATE -> counts[2]++;
        }
    }
}
