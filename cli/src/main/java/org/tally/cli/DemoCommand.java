package org.tally.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.tally.serve.ApiServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code tally demo [--port N]}: the main job of Tally as a newcomer meets it. Ingests the bundled sample corpus
 * into a temporary ledger (deleted on exit) and serves it, with the analyst's screen, at {@code http://HOST:PORT/}.
 *
 * <p>The corpus is the repository's {@code demo/corpus} when the command runs from a checkout (so an edited
 * corpus needs no rebuild), else the copy packaged in the jar, so that the jar and its {@code lib/} work alone.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Ingests the sample corpus (demo/corpus) into a temporary ledger and serves the analyst's "
                + "screen on it; Ctrl-C stops it and deletes the ledger.",
                "Exit status: 0 after a clean shutdown, 1 when the corpus cannot be ingested or the port is taken."})
final class DemoCommand implements Callable<Integer> {

    /** Where the corpus sits inside the jar (cli/pom.xml copies demo/corpus there). */
    static final String BUNDLED = "/org/tally/cli/demo/corpus";

    @Option(names = "--port", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port = 8080;

    @Option(names = "--host", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    String host = "127.0.0.1";

    @Option(names = "--corpus", paramLabel = "DIR", description = "Another folder of reports to ingest instead.")
    Path corpus;

    @Override
    public Integer call() {
        Path work;
        try {
            work = Files.createTempDirectory("tally-demo-");
        } catch (IOException e) {
            System.err.println("tally demo: cannot create a temporary directory: " + e.getMessage());
            return 1;
        }
        // One shutdown hook, in order: stop the server (it holds the index and the ledger open), then delete.
        AtomicReference<ApiServer> running = new AtomicReference<>();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            ApiServer s = running.getAndSet(null);
            if (s != null) {
                s.close();
            }
            deleteTree(work);
            stopped.countDown();
        }, "tally-demo-shutdown"));
        Path db = work.resolve("ledger");
        ApiServer server;
        try {
            Path reports = corpus != null ? corpus : locateCorpus(work.resolve("corpus"));
            System.err.println("tally demo: ingesting " + reports + " into a temporary ledger");
            int status = prepare(List.of(reports), db);
            if (status != 0) {
                return status;
            }
            server = ApiServer.start(new ApiServer.Options(db, host, port, Duration.ofSeconds(5)));
        } catch (RuntimeException e) {
            String why = e.getClass().getSimpleName().equals("JavalinBindException")
                    || String.valueOf(e.getMessage()).contains("Address already in use")
                    ? "port " + port + " on " + host + " is taken (choose another with --port)" : e.getMessage();
            System.err.println("tally demo: " + why);
            return 1;
        }
        running.set(server);
        System.out.printf("tally demo: the analyst's screen is at http://%s:%d/ (%d documents); Ctrl-C stops it%n",
                host, server.port(), server.indexedDocuments());
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    /**
     * Ingests {@code reports} into a new ledger in {@code db} with the real pipeline ({@code tally ingest}, which
     * also fuses the claims into events). Returns ingest's exit status. Shared with the browser tests, which serve
     * the result on a free port.
     */
    static int prepare(List<Path> reports, Path db) {
        List<String> args = new java.util.ArrayList<>(reports.stream().map(Path::toString).toList());
        args.addAll(List.of("--db", db.toString(), "--quiet"));
        return new CommandLine(new IngestCommand()).execute(args.toArray(String[]::new));
    }

    /**
     * The sample corpus: {@code demo/corpus} in the checkout the command runs from (beside {@code cli/target}, or
     * under the working directory), else the bundled copy, unpacked into {@code unpackTo}.
     */
    static Path locateCorpus(Path unpackTo) {
        for (Path candidate : checkoutCandidates()) {
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return unpackBundled(unpackTo);
    }

    private static List<Path> checkoutCandidates() {
        Path cwd = Path.of("demo", "corpus").toAbsolutePath();
        try {
            // cli/target/tally-cli.jar or cli/target/classes -> the repository root is three levels up
            Path code = Path.of(DemoCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path root = code.getParent() == null || code.getParent().getParent() == null ? null
                    : code.getParent().getParent().getParent();
            return root == null ? List.of(cwd) : List.of(root.resolve("demo").resolve("corpus"), cwd);
        } catch (URISyntaxException | RuntimeException e) {
            return List.of(cwd);
        }
    }

    private static Path unpackBundled(Path target) {
        URL url = DemoCommand.class.getResource(BUNDLED);
        if (url == null) {
            throw new IllegalStateException("no sample corpus: not in this jar, and no demo/corpus here "
                    + "(give one with --corpus)");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    copyTree(jar.getPath(BUNDLED), target);
                }
            } else {
                copyTree(Path.of(uri), target);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack the bundled corpus: " + e.getMessage(), e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, to.resolve(f.getFileName().toString()));
            }
        }
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | UncheckedIOException e) {
            System.err.println("tally demo: could not delete " + dir + ": " + e.getMessage());
        }
    }
}
