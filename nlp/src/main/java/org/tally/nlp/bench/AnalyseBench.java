package org.tally.nlp.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;
import org.tally.nlp.Analysis;
import org.tally.nlp.CoreNlpAnalyzer;
import org.tally.nlp.Sentence;

/**
 * Throughput of {@link CoreNlpAnalyzer} over real texts in one warm process: load time per language, heap after
 * loading, then tokens/s and docs/s over timed rounds with N threads sharing one analyser. It also prints tokens
 * per CPU-second of the worker threads, which other load on a shared machine disturbs less than wall time.
 *
 * <pre>
 * java -cp ... org.tally.nlp.bench.AnalyseBench [options] LANG:PATH...
 *   LANG:PATH          a .txt file, a folder of .txt files, or a .json file whose objects hold "articleBody"
 *                      (such as shared/bench/article-extraction/ground-truth.json), analysed as LANG; from a
 *                      .json file only the texts that look like LANG are kept (see {@link #looksLike}), since
 *                      that set mixes in Russian, Korean, German, ... pages, and a tagger is 10-30 times slower on
 *                      a language it does not know
 *   --threads N        worker threads (default 1)
 *   --warmup N         untimed rounds first (default 2)
 *   --rounds N         timed rounds (default 3)
 *   --repeat N         each round goes N times over the texts, for small corpora (default 1)
 *   --limit N          only the first N texts of each language
 *   --no-pos           no POS tags and lemmas
 *   --no-ner           no names
 *   --set KEY=VALUE    a CoreNLP property over Tally's own (for example ner.model=...)
 *   --parse N          also time the dependency parse of the first N sentences of each language
 * </pre>
 */
public final class AnalyseBench {

    private record Doc(String language, String text) {
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private AnalyseBench() {
    }

    public static void main(String[] args) throws Exception {
        int threads = 1;
        int warmup = 2;
        int rounds = 3;
        int repeat = 1;
        int parse = 0;
        int limit = Integer.MAX_VALUE;
        boolean pos = true;
        boolean ner = true;
        Map<String, String> props = new LinkedHashMap<>();
        List<Doc> docs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--repeat" -> repeat = Integer.parseInt(args[++i]);
                case "--parse" -> parse = Integer.parseInt(args[++i]);
                case "--limit" -> limit = Integer.parseInt(args[++i]);
                case "--no-pos" -> pos = false;
                case "--no-ner" -> ner = false;
                case "--set" -> {
                    String[] kv = args[++i].split("=", 2);
                    props.put(kv[0], kv[1]);
                }
                default -> {
                    int colon = args[i].indexOf(':');
                    if (colon <= 0 || args[i].startsWith("-")) {
                        System.err.println("AnalyseBench: expected LANG:PATH or an option, got '" + args[i] + "'");
                        System.exit(2);
                    }
                    read(args[i].substring(0, colon), Path.of(args[i].substring(colon + 1)), docs);
                }
            }
        }
        if (docs.isEmpty()) {
            System.err.println("AnalyseBench: no texts; give LANG:PATH (for example de:../shared/seeds)");
            System.exit(2);
        }
        CoreNlpAnalyzer.Options options = new CoreNlpAnalyzer.Options(pos, ner, props);
        System.out.printf(Locale.ROOT, "config: pos=%s ner=%s set=%s threads=%d warmup=%d rounds=%d repeat=%d"
                        + " limit=%d java=%s maxHeap=%dMiB cores=%d%n", pos, ner, props, threads, warmup, rounds,
                repeat, limit, Runtime.version(), Runtime.getRuntime().maxMemory() >> 20,
                Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "heap before loading: %d MiB%n", heapAfterGc());

        CoreNlpAnalyzer nlp = new CoreNlpAnalyzer(options);
        Map<String, List<Doc>> byLanguage = new LinkedHashMap<>();
        for (Doc d : docs) {
            List<Doc> some = byLanguage.computeIfAbsent(d.language(), k -> new ArrayList<>());
            if (some.size() < limit) {
                some.add(d);
            }
        }
        for (String language : byLanguage.keySet()) {
            if (CoreNlpAnalyzer.LANGUAGES.contains(language)) {
                long t0 = System.nanoTime();
                nlp.load(language);
                System.out.printf(Locale.ROOT, "load %s: %.1f s, heap after GC %d MiB (%s)%n", language,
                        (System.nanoTime() - t0) / 1e9, heapAfterGc(), nlp.engine(language));
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (Map.Entry<String, List<Doc>> e : byLanguage.entrySet()) {
                run(nlp, pool, e.getKey(), e.getValue(), threads, warmup, rounds, repeat);
                if (parse > 0) {
                    parse(nlp, e.getKey(), e.getValue(), parse);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.printf(Locale.ROOT, "heap at the end, after GC: %d MiB%n", heapAfterGc());
    }

    private static void run(CoreNlpAnalyzer nlp, ExecutorService pool, String language, List<Doc> docs,
                            int threads, int warmup, int rounds, int repeat) throws Exception {
        long chars = docs.stream().mapToLong(d -> d.text().length()).sum();
        System.out.printf(Locale.ROOT, "%s: %d texts, %d chars%n", language, docs.size(), chars);
        double[] tokensPerSecond = new double[rounds];
        double[] tokensPerCpuSecond = new double[rounds];
        for (int r = -warmup; r < rounds; r++) {
            long t0 = System.nanoTime();
            LongAdder cpuNanos = new LongAdder();
            List<Future<Analysis>> futures = new ArrayList<>();
            for (int k = 0; k < repeat; k++) {
                for (Doc d : docs) {
                    futures.add(pool.submit(() -> {
                        long c0 = THREADS.getCurrentThreadCpuTime();
                        Analysis a = nlp.analyse(d.text(), d.language());
                        cpuNanos.add(THREADS.getCurrentThreadCpuTime() - c0);
                        return a;
                    }));
                }
            }
            long tokens = 0;
            long sentences = 0;
            for (Future<Analysis> f : futures) {
                Analysis a = f.get();
                tokens += a.tokenCount();
                sentences += a.sentences().size();
            }
            double s = (System.nanoTime() - t0) / 1e9;
            double cpu = cpuNanos.sum() / 1e9;
            String what = r < 0 ? "warmup " + (r + warmup + 1) : "round " + (r + 1);
            System.out.printf(Locale.ROOT, "  %-9s %.2f s  %d tokens  %d sentences  %.0f tokens/s  %.1f docs/s"
                    + "  (%.0f tokens per CPU-second of the workers)%n",
                    what, s, tokens, sentences, tokens / s, futures.size() / s, tokens / cpu);
            if (r >= 0) {
                tokensPerSecond[r] = tokens / s;
                tokensPerCpuSecond[r] = tokens / cpu;
            }
        }
        double[] sorted = tokensPerSecond.clone();
        Arrays.sort(sorted);
        double median = sorted[sorted.length / 2];
        double meanTokens = docs.stream().mapToLong(d -> nlp.analyse(d.text(), d.language()).tokenCount())
                .average().orElse(0);
        double[] cpuSorted = tokensPerCpuSecond.clone();
        Arrays.sort(cpuSorted);
        System.out.printf(Locale.ROOT, "RESULT %s threads=%d: median %.0f tokens/s (min %.0f, max %.0f),"
                        + " %.1f docs/s at %.0f tokens/doc; %.0f tokens per worker CPU-second%n", language, threads,
                median, sorted[0], sorted[sorted.length - 1], median / meanTokens, meanTokens,
                cpuSorted[cpuSorted.length / 2]);
    }

    private static void parse(CoreNlpAnalyzer nlp, String language, List<Doc> docs, int limit) {
        List<Analysis> analyses = docs.stream().map(d -> nlp.analyse(d.text(), d.language())).toList();
        long t0 = System.nanoTime();
        nlp.parse(analyses.getFirst(), analyses.getFirst().sentences().getFirst());
        System.out.printf(Locale.ROOT, "  parser load + first sentence %s: %.1f s%n", language,
                (System.nanoTime() - t0) / 1e9);
        for (int round = 0; round < 3; round++) {
            int n = 0;
            long tokens = 0;
            t0 = System.nanoTime();
            long c0 = THREADS.getCurrentThreadCpuTime();
            outer:
            for (Analysis a : analyses) {
                for (Sentence s : a.sentences()) {
                    if (n++ >= limit) {
                        break outer;
                    }
                    nlp.parse(a, s);
                    tokens += s.tokens().size();
                }
            }
            double s = (System.nanoTime() - t0) / 1e9;
            double cpu = (THREADS.getCurrentThreadCpuTime() - c0) / 1e9;
            int parsed = Math.min(n, limit);
            System.out.printf(Locale.ROOT, "  parse %s round %d: %d sentences, %.0f sentences/s, %.0f tokens/s"
                            + " (%.0f sentences per CPU-second)%n", language, round + 1, parsed, parsed / s,
                    tokens / s, parsed / cpu);
        }
    }

    private static void read(String language, Path path, List<Doc> docs) throws IOException {
        if (Files.isDirectory(path)) {
            try (Stream<Path> files = Files.walk(path)) {
                for (Path p : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                    docs.add(new Doc(language, Files.readString(p, StandardCharsets.UTF_8)));
                }
            }
        } else if (path.toString().endsWith(".json")) {
            JsonNode root = new ObjectMapper().readTree(path.toFile());
            int kept = 0;
            int dropped = 0;
            for (JsonNode page : root) {
                JsonNode body = page.get("articleBody");
                if (body != null && !body.asText().isBlank()) {
                    if (looksLike(language, body.asText())) {
                        docs.add(new Doc(language, body.asText()));
                        kept++;
                    } else {
                        dropped++;
                    }
                }
            }
            System.out.printf(Locale.ROOT, "%s: kept %d texts that look like '%s', dropped %d%n", path, kept,
                    language, dropped);
        } else {
            docs.add(new Doc(language, Files.readString(path, StandardCharsets.UTF_8)));
        }
    }

    private static final Map<String, java.util.Set<String>> FUNCTION_WORDS = Map.of(
            "en", java.util.Set.of("the", "of", "and", "to", "a", "in", "is", "that", "for", "it", "on", "was",
                    "with", "as", "are", "be", "this", "by", "at", "from"),
            "de", java.util.Set.of("der", "die", "und", "in", "den", "von", "zu", "das", "mit", "sich", "des",
                    "auf", "für", "ist", "im", "dem", "nicht", "ein", "eine", "als"));

    /**
     * Whether at least 15 % of the words of {@code text} are among the 20 commonest words of {@code language}
     * (true for a language this does not know). Crude, but enough to keep pages in other languages out of a
     * measurement; in the pipeline, ingest identifies the language.
     */
    static boolean looksLike(String language, String text) {
        java.util.Set<String> common = FUNCTION_WORDS.get(language);
        if (common == null) {
            return true;
        }
        String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
        long hits = Arrays.stream(words).filter(common::contains).count();
        return words.length > 0 && hits >= 0.15 * words.length;
    }

    private static long heapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
    }
}
