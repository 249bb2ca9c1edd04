package org.tally.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.tally.ingest.acquire.Source;
import org.tally.ingest.acquire.SourceFinder;
import org.tally.ingest.acquire.SourceReader;
import org.tally.ingest.clean.Cleaner;
import org.tally.kb.KbFormatException;
import org.tally.kb.KnowledgeBase;
import org.tally.link.EntityLinker;
import org.tally.nlp.CoreNlpAnalyzer;
import org.tally.extract.ClaimExtractor;
import org.tally.extract.Lexicon;
import org.tally.extract.ParsedQuantities;
import org.tally.extract.quantity.QuantityParser;
import org.tally.extract.NormalizedTimes;
import org.tally.extract.time.TimeNormalizer;
import org.tally.model.Problem;
import org.tally.model.Stage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tally extract PATH... [--out FILE]}: fact records as JSON Lines. */
@Command(name = "extract",
        mixinStandardHelpOptions = true,
        description = {
                "Reads .txt, .html and .htm files (and their .gz forms), or folders of them, and writes fact "
                        + "records as JSON Lines (../shared/eval/SCHEMA.md): a document record per input, or a "
                        + "problem record saying why there is none.",
                "Exit status: 0 when every input was processed or reported, 1 when the output cannot be "
                        + "written, 2 on usage errors."})
final class ExtractCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders (read recursively).")
    List<Path> paths;

    @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of standard output.")
    Path out;

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

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (threads < 1 || timeLimitSeconds <= 0 || maxBytes < 1) {
            System.err.println("tally extract: --threads, --time-limit and --max-bytes must be positive");
            return 2;
        }
        PrintStream err = System.err;
        Progress progress = new Progress("extract", quiet ? null : err);
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
                            new ParsedQuantities(QuantityParser.standard())), until);
        } catch (KbFormatException e) {
            err.println("tally extract: " + e.getMessage());
            return 2;
        }
        if (until != Pipeline.Until.CLEAN && !found.sources().isEmpty()) {
            // loaded before the batch, so that no document's time limit pays for it
            long start = System.nanoTime();
            if (!quiet) {
                err.println("tally extract: loading language models (German, English)...");
            }
            warmUp.run();
            if (!quiet) {
                err.printf(java.util.Locale.ROOT, "tally extract: models loaded in %.1f s%n", (System.nanoTime() - start) / 1e9);
            }
        }
        try (Writer writer = open(out)) {
            Sink sink = new Sink(writer, progress);
            progress.expect(found.problems().size() + found.sources().size());
            found.problems().forEach(p -> sink.accept(Pipeline.Output.of(p)));
            new BatchRunner<Source, Pipeline.Output>(threads,
                    Duration.ofMillis((long) (timeLimitSeconds * 1000)))
                    .run(found.sources(), pipeline::process,
                            (source, failure) -> Pipeline.Output.of(describe(source.doc(), failure)),
                            sink);
        } catch (UncheckedIOException e) {
            err.println("tally extract: cannot write output: " + e.getCause().getMessage());
            return 1;
        }
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

    private static Writer open(Path out) throws IOException {
        if (out == null) {
            return new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)) {
                @Override
                public void close() throws IOException {
                    flush(); // leave System.out open
                }
            };
        }
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        return Files.newBufferedWriter(out, StandardCharsets.UTF_8);
    }

    /** Writes each input's lines and tells progress; problems also go to standard error. */
    private record Sink(Writer writer, Progress progress) implements java.util.function.Consumer<Pipeline.Output> {
        @Override
        public void accept(Pipeline.Output output) {
            try {
                for (String line : output.lines()) {
                    writer.write(line);
                    writer.write('\n');
                }
                writer.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            progress.done(output.problem());
        }
    }
}
