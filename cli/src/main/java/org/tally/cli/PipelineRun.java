package org.tally.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.tally.extract.ClaimExtractor;
import org.tally.extract.Lexicon;
import org.tally.extract.NormalizedTimes;
import org.tally.extract.ParsedQuantities;
import org.tally.extract.quantity.QuantityParser;
import org.tally.extract.time.TimeNormalizer;
import org.tally.ingest.acquire.Source;
import org.tally.ingest.acquire.SourceFinder;
import org.tally.ingest.acquire.SourceReader;
import org.tally.ingest.clean.Cleaner;
import org.tally.kb.KbFormatException;
import org.tally.kb.KnowledgeBase;
import org.tally.link.EntityLinker;
import org.tally.model.Document;
import org.tally.model.Problem;
import org.tally.model.Stage;
import org.tally.nlp.CoreNlpAnalyzer;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The inputs and options of the verbs that run the per-document pipeline ({@code extract}, {@code ingest}), and the
 * batch itself: find the inputs, build the pipeline, load the models, run it on N threads and hand each input's
 * records to a sink in input order, with progress on standard error.
 */
final class PipelineRun {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders (read recursively).")
    List<Path> paths;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--time-limit", paramLabel = "SECONDS", description = "Per-document time limit (default: ${DEFAULT-VALUE}).")
    double timeLimitSeconds = 60;

    @Option(names = "--max-bytes", paramLabel = "N",
            description = "Refuse inputs larger than this, after decompression (default: ${DEFAULT-VALUE}).")
    long maxBytes = SourceReader.DEFAULT_MAX_BYTES;

    @Option(names = "--until", paramLabel = "STAGE",
            description = "Stop after this stage: CLEAN (documents), ANALYSE (and entities) or EXTRACT (and events; default).")
    Pipeline.Until until = Pipeline.Until.EXTRACT;

    @Option(names = "--kb", paramLabel = "FILE",
            description = "Extra knowledge-base files (TSV, in the format of the bundled ones), added to the bundled knowledge base.")
    List<Path> kbFiles = List.of();

    @Option(names = "--quiet", description = "No progress or problems on standard error.")
    boolean quiet;

    /**
     * Runs the batch, giving each input's records to {@code sink} in input order on the calling thread. Returns 0,
     * or 2 on usage errors (after saying so); exceptions of the sink end the batch and reach the caller.
     */
    int run(String verb, Consumer<Pipeline.Output> sink) throws InterruptedException {
        return run(verb, document -> false, sink);
    }

    /**
     * The same, with documents that {@code stored} says the destination holds already cleaned but not analysed
     * (see {@link Pipeline}).
     */
    int run(String verb, Predicate<Document> stored, Consumer<Pipeline.Output> sink) throws InterruptedException {
        PrintStream err = System.err;
        if (threads < 1 || timeLimitSeconds <= 0 || maxBytes < 1) {
            err.println("tally " + verb + ": --threads, --time-limit and --max-bytes must be positive");
            return 2;
        }
        Progress progress = new Progress(verb, quiet ? null : err);
        SourceFinder.Found found = new SourceFinder().find(paths);
        Pipeline pipeline;
        Runnable warmUp;
        try {
            KnowledgeBase kb = kbFiles.isEmpty() ? KnowledgeBase.bundled() : KnowledgeBase.load(kbFiles);
            CoreNlpAnalyzer analyzer = new CoreNlpAnalyzer();
            warmUp = () -> {
                for (String language : CoreNlpAnalyzer.LANGUAGES) {
                    org.tally.nlp.Analysis a = analyzer.analyse("Ein kurzer Satz.", language);
                    if (until == Pipeline.Until.EXTRACT) {
                        analyzer.parse(a, a.sentences().get(0));
                    }
                }
            };
            pipeline = new Pipeline(new SourceReader(maxBytes), new Cleaner(), analyzer, new EntityLinker(kb),
                    new ClaimExtractor(analyzer, kb, Lexicon.bundled(), new NormalizedTimes(TimeNormalizer.shared()),
                            new ParsedQuantities(QuantityParser.standard())), until, stored);
        } catch (KbFormatException e) {
            err.println("tally " + verb + ": " + e.getMessage());
            return 2;
        }
        if (until != Pipeline.Until.CLEAN && !found.sources().isEmpty()) {
            // loaded before the batch, so that no document's time limit pays for it
            long start = System.nanoTime();
            if (!quiet) {
                err.println("tally " + verb + ": loading language models (German, English)...");
            }
            warmUp.run();
            if (!quiet) {
                err.printf(Locale.ROOT, "tally %s: models loaded in %.1f s%n", verb, (System.nanoTime() - start) / 1e9);
            }
        }
        Consumer<Pipeline.Output> reporting = output -> {
            sink.accept(output);
            progress.done(output.problem());
        };
        progress.expect(found.problems().size() + found.sources().size());
        found.problems().forEach(p -> reporting.accept(Pipeline.Output.of(p)));
        new BatchRunner<Source, Pipeline.Output>(threads, Duration.ofMillis((long) (timeLimitSeconds * 1000)))
                .run(found.sources(), pipeline::process,
                        (source, failure) -> Pipeline.Output.of(describe(source.doc(), failure)),
                        reporting);
        progress.finish();
        return 0;
    }

    private static Problem describe(String doc, BatchRunner.Failure failure) {
        return switch (failure) {
            case BatchRunner.Failure.TimedOut t -> new Problem(doc, Stage.CLEAN, "time_limit",
                    doc + ": not finished within the per-document time limit of " + t.limit().toMillis() + " ms");
            case BatchRunner.Failure.Threw t -> new Problem(doc, Stage.CLEAN, "internal_error",
                    doc + ": " + t.error());
        };
    }
}
