package org.tally.cli;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToLongFunction;
import org.tally.ingest.acquire.RawDocument;
import org.tally.ingest.acquire.Source;
import org.tally.ingest.acquire.SourceFinder;
import org.tally.ingest.acquire.SourceReader;
import org.tally.ingest.clean.Cleaner;
import org.tally.ingest.clean.LanguageIdentifier;
import org.tally.kb.KnowledgeBase;
import org.tally.link.EntityLinker;
import org.tally.model.Document;
import org.tally.model.StageResult;
import org.tally.nlp.Analysis;
import org.tally.nlp.CoreNlpAnalyzer;
import org.tally.extract.ClaimExtractor;
import org.tally.extract.Lexicon;
import org.tally.extract.NormalizedTimes;
import org.tally.extract.ParsedQuantities;
import org.tally.extract.quantity.QuantityParser;
import org.tally.extract.time.TimeNormalizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code tally bench STAGE PATH...}: throughput of a stage in one warm process, so that the figure is the stage's
 * and not the JVM's start-up. What comes before the stage is done once, untimed.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measures the throughput of a stage over real inputs (results for BENCHMARKS.md).")
final class BenchCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "STAGE", description = "What to measure: extract (acquire+clean: "
            + "documents), analyse (sentences, tokens, names and entity linking of cleaned documents), nlp (a bare "
            + "CoreNLP pass for comparison), claims (the whole extract per document, from the file), or language "
            + "(Lingua's configurations over a samples file such as bench/language-samples.tsv); generate (a synthetic "
            + "ledger of --documents documents in --db) or api (latency of the REST API on the ledger in --db).")
    String stage;

    @Parameters(index = "1..*", arity = "0..*", paramLabel = "PATH", description = "Files or folders.")
    List<Path> paths = List.of();

    @Option(names = "--db", paramLabel = "DIR", description = "For generate and api: the ledger's directory.")
    Path db;

    @Option(names = "--documents", description = "For generate: how many documents (default: ${DEFAULT-VALUE}).")
    int documents = 100_000;

    @Option(names = "--requests", description = "For api: requests per endpoint (default: ${DEFAULT-VALUE}).")
    int requests = 1_000;

    @Option(names = "--seed", description = "For generate and api: the random seed (default: ${DEFAULT-VALUE}).")
    long seed = 42;

    @Option(names = "--threads", description = "Worker threads (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--rounds", description = "Timed rounds over all inputs (default: ${DEFAULT-VALUE}).")
    int rounds = 5;

    @Option(names = "--warmup", description = "Untimed rounds first (default: ${DEFAULT-VALUE}).")
    int warmup = 3;

    @Option(names = "--accuracy", description = "For language: Lingua's mode, HIGH or LOW (one per process, since "
            + "Lingua caches its models for the whole process; default: both, in one process).")
    LanguageIdentifier.Accuracy accuracy;

    @Override
    public Integer call() throws Exception {
        if ((stage.equals("generate") || stage.equals("api")) && db == null) {
            System.err.println("tally bench " + stage + ": needs --db DIR");
            return 2;
        }
        if (!stage.equals("generate") && !stage.equals("api") && paths.isEmpty()) {
            System.err.println("tally bench " + stage + ": needs at least one PATH");
            return 2;
        }
        switch (stage) {
            case "generate": {
                double seconds = org.tally.serve.bench.SyntheticLedger.generate(db, documents, seed, System.out);
                System.out.printf(Locale.ROOT, "%,d documents in %.1f s%n", documents, seconds);
                return 0;
            }
            case "api":
                org.tally.serve.bench.ApiBench.run(db, requests, seed, System.out);
                return 0;
            case "language":
                return LanguageBench.run(paths, accuracy);
            case "extract": {
                List<RawDocument> inputs = read();
                Cleaner cleaner = timedLoad("language models", () -> {
                    Cleaner c = new Cleaner();
                    c.clean(inputs.get(0));
                    return c;
                });
                measure(inputs, raw -> {
                    cleaner.clean(raw);
                    return 0;
                }, "docs");
                return 0;
            }
            case "analyse": {
                Cleaner cleaner = new Cleaner();
                List<Document> documents = new ArrayList<>();
                for (RawDocument raw : read()) {
                    if (cleaner.clean(raw) instanceof StageResult.Ok<Document> ok) {
                        documents.add(ok.value());
                    }
                }
                CoreNlpAnalyzer analyzer = new CoreNlpAnalyzer();
                EntityLinker linker = new EntityLinker(KnowledgeBase.bundled());
                timedLoad("NLP models and knowledge base", () -> {
                    documents.stream().map(Document::language).distinct().forEach(l -> {
                        Document first = documents.stream().filter(d -> l == null ? d.language() == null : l.equals(d.language()))
                                .findFirst().orElseThrow();
                        linker.link(first, analyzer.analyse(first.body(), first.language()));
                    });
                    return null;
                });
                measure(documents, d -> {
                    Analysis analysis = analyzer.analyse(d.body(), d.language());
                    linker.link(d, analysis);
                    return analysis.sentences().stream().mapToLong(s -> s.tokens().size()).sum();
                }, "tokens");
                return 0;
            }
            case "nlp", "claims": {
                Cleaner cleaner = new Cleaner();
                List<RawDocument> raws = read();
                List<Document> documents = new ArrayList<>();
                for (RawDocument raw : raws) {
                    if (cleaner.clean(raw) instanceof StageResult.Ok<Document> ok) {
                        documents.add(ok.value());
                    }
                }
                CoreNlpAnalyzer analyzer = new CoreNlpAnalyzer();
                KnowledgeBase kb = KnowledgeBase.bundled();
                Pipeline pipeline = new Pipeline(new SourceReader(), cleaner, analyzer, new EntityLinker(kb),
                        new ClaimExtractor(analyzer, kb, Lexicon.bundled(), new NormalizedTimes(TimeNormalizer.shared()),
                                new ParsedQuantities(QuantityParser.standard())), Pipeline.Until.EXTRACT, document -> false);
                timedLoad("models (German and English, with the parser)", () -> {
                    for (String language : CoreNlpAnalyzer.LANGUAGES) {
                        org.tally.nlp.Analysis a = analyzer.analyse("Ein kurzer Satz.", language);
                        analyzer.parse(a, a.sentences().get(0));
                    }
                    return null;
                });
                if (stage.equals("nlp")) {
                    System.out.println("bare CoreNLP: tokenize, ssplit, pos, lemma, ner (no parse, no linking, no claims)");
                    measure(documents, d -> analyzer.analyse(d.body(), d.language()).sentences().stream()
                            .mapToLong(x -> x.tokens().size()).sum(), "tokens");
                } else {
                    System.out.println("whole extract per document: read, clean, analyse, link, claims (parse of trigger sentences)");
                    measure(raws, raw -> {
                        pipeline.process(rawSource(raw));
                        return 0;
                    }, "docs");
                }
                return 0;
            }
            default:
                System.err.println("tally bench: unknown stage '" + stage + "'; known: extract, analyse, nlp, claims, language, generate, api");
                return 2;
        }
    }

    /** The sources, kept by document name, so that the whole pipeline can read each again. */
    private final java.util.Map<String, Source> sources = new java.util.HashMap<>();

    private Source rawSource(RawDocument raw) {
        return sources.get(raw.doc());
    }

    private List<RawDocument> read() {
        SourceFinder.Found found = new SourceFinder().find(paths);
        SourceReader reader = new SourceReader();
        List<RawDocument> inputs = new ArrayList<>();
        for (Source s : found.sources()) {
            sources.put(s.doc(), s);
            if (reader.read(s) instanceof StageResult.Ok<RawDocument> ok) {
                inputs.add(ok.value());
            }
        }
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("no readable inputs in " + paths);
        }
        return inputs;
    }

    private static final java.lang.management.ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    /**
     * CPU time of this process's threads by kind (Linux only, from /proc/self/task; empty elsewhere), in clock
     * ticks of 10 ms: the workers, Lingua's helpers in the common fork-join pool, the JIT compilers, the garbage
     * collector's threads, and the rest.
     */
    private static java.util.Map<String, Long> cpuByThreadKind() {
        java.util.Map<String, Long> out = new java.util.TreeMap<>();
        java.io.File[] tasks = new java.io.File("/proc/self/task").listFiles();
        if (tasks == null) {
            return out;
        }
        for (java.io.File task : tasks) {
            try {
                String stat = java.nio.file.Files.readString(task.toPath().resolve("stat"));
                int open = stat.indexOf('(');
                int close = stat.lastIndexOf(')');
                String name = stat.substring(open + 1, close);
                String[] f = stat.substring(close + 2).split(" ");
                long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime
                String kind = name.startsWith("pool-") ? "workers" : name.startsWith("ForkJoinPool") ? "fork-join"
                        : name.startsWith("C1 ") ? "JIT C1" : name.startsWith("C2 ") ? "JIT C2"
                        : name.contains("GC") || name.startsWith("G1 ") ? "GC" : "other";
                out.merge(kind, ticks, Long::sum);
            } catch (java.io.IOException | RuntimeException e) {
                // a thread that ended meanwhile
            }
        }
        return out;
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(java.lang.management.GarbageCollectorMXBean::getCollectionTime).sum();
    }

    private static <T> T timedLoad(String what, Callable<T> load) throws Exception {
        long start = System.nanoTime();
        T value = load.call();
        System.out.printf(Locale.ROOT, "%s loaded (and first input done) in %.2f s%n", what,
                (System.nanoTime() - start) / 1e9);
        return value;
    }

    /** Runs {@code work} over all inputs on the threads, rounds times; work returns a count of units (tokens). */
    private <T> void measure(List<T> inputs, ToLongFunction<T> work, String unit) throws Exception {
        System.out.printf(Locale.ROOT, "inputs %d, threads %d%n", inputs.size(), threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        double best = 0;
        try {
            for (int round = -warmup; round < rounds; round++) {
                long start = System.nanoTime();
                long cpuStart = processCpuNanos();
                long gcStart = gcMillis();
                java.util.Map<String, Long> byThreadStart = cpuByThreadKind();
                AtomicInteger next = new AtomicInteger();
                AtomicLong units = new AtomicLong();
                AtomicLong workerCpu = new AtomicLong();
                List<Future<?>> workers = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    workers.add(pool.submit(() -> {
                        long own = THREADS.getCurrentThreadCpuTime();
                        for (int i; (i = next.getAndIncrement()) < inputs.size(); ) {
                            units.addAndGet(work.applyAsLong(inputs.get(i)));
                        }
                        workerCpu.addAndGet(THREADS.getCurrentThreadCpuTime() - own);
                    }));
                }
                for (Future<?> w : workers) {
                    w.get();
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                double cpu = (processCpuNanos() - cpuStart) / 1e9;
                best = Math.max(best, inputs.size() / seconds);
                if (round >= 0) {
                    // CPU time is what the other load on the machine disturbs least: the workers' CPU seconds
                    // against threads x wall seconds say how busy the workers kept their cores.
                    System.out.printf(Locale.ROOT, "round %d: %.3f s, %.1f docs/s%s; CPU %.2f s (workers %.2f s, "
                                    + "%.0f %% of %d x wall; %.1f ms per doc), GC %d ms%n", round + 1, seconds,
                            inputs.size() / seconds, units.get() > 0
                                    ? String.format(Locale.ROOT, ", %.0f %s/s", units.get() / seconds, unit) : "",
                            cpu, workerCpu.get() / 1e9, 100 * workerCpu.get() / 1e9 / (threads * seconds), threads,
                            1000 * cpu / inputs.size(), gcMillis() - gcStart);
                    java.util.Map<String, Long> byThread = cpuByThreadKind();
                    if (!byThread.isEmpty()) {
                        StringBuilder sb = new StringBuilder("  CPU by thread:");
                        byThread.forEach((kind, ticks) -> sb.append(String.format(Locale.ROOT, " %s %.2f s,", kind,
                                (ticks - byThreadStart.getOrDefault(kind, 0L)) / 100.0)));
                        System.out.println(sb.substring(0, sb.length() - 1));
                    }
                }
            }
        } finally {
            pool.shutdown();
        }
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        System.out.printf(Locale.ROOT, "best %.1f docs/s; heap in use after GC %d MiB%n", best,
                ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20);
    }
}
