package org.tally.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.tally.ingest.acquire.RawDocument;
import org.tally.ingest.acquire.Source;
import org.tally.ingest.acquire.SourceFinder;
import org.tally.ingest.acquire.SourceReader;
import org.tally.ingest.clean.Cleaner;
import org.tally.model.StageResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code tally bench extract PATH...}: throughput of the extract pipeline in one warm process, so that the figure
 * is the pipeline's and not the JVM's start-up. Reading files is done once, before timing.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measures the throughput of a stage over real inputs (results for BENCHMARKS.md).")
final class BenchCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "STAGE", description = "What to measure: extract, or language "
            + "(Lingua's configurations over a samples file such as bench/language-samples.tsv).")
    String stage;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "PATH", description = "Files or folders.")
    List<Path> paths;

    @Option(names = "--threads", description = "Worker threads (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--rounds", description = "Timed rounds over all inputs (default: ${DEFAULT-VALUE}).")
    int rounds = 5;

    @Option(names = "--accuracy", description = "For language: Lingua's mode, HIGH or LOW (one per process, since "
            + "Lingua caches its models for the whole process; default: both, in one process).")
    org.tally.ingest.clean.LanguageIdentifier.Accuracy accuracy;

    @Option(names = "--warmup", description = "Untimed rounds first (default: ${DEFAULT-VALUE}).")
    int warmup = 3;

    @Override
    public Integer call() throws Exception {
        if (stage.equals("language")) {
            return LanguageBench.run(paths, accuracy);
        }
        if (!stage.equals("extract")) {
            System.err.println("tally bench: unknown stage '" + stage + "'; known: extract, language");
            return 2;
        }
        SourceFinder.Found found = new SourceFinder().find(paths);
        SourceReader reader = new SourceReader();
        List<RawDocument> inputs = new ArrayList<>();
        for (Source s : found.sources()) {
            if (reader.read(s) instanceof StageResult.Ok<RawDocument> ok) {
                inputs.add(ok.value());
            }
        }
        long loadStart = System.nanoTime();
        Cleaner cleaner = new Cleaner();
        cleaner.clean(inputs.get(0));
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        System.out.printf(Locale.ROOT, "inputs %d, threads %d, models loaded and first document in %.2f s%n",
                inputs.size(), threads, loadSeconds);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (int round = -warmup; round < rounds; round++) {
                long start = System.nanoTime();
                AtomicInteger next = new AtomicInteger();
                List<Future<?>> workers = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    workers.add(pool.submit(() -> {
                        for (int i; (i = next.getAndIncrement()) < inputs.size(); ) {
                            cleaner.clean(inputs.get(i));
                        }
                    }));
                }
                for (Future<?> w : workers) {
                    w.get();
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                if (round >= 0) {
                    System.out.printf(Locale.ROOT, "round %d: %.3f s, %.1f docs/s%n", round + 1, seconds,
                            inputs.size() / seconds);
                }
            }
        } finally {
            pool.shutdown();
        }
        return 0;
    }
}
