package org.tally.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

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

    @Mixin
    PipelineRun run;

    @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of standard output.")
    Path out;

    @Override
    public Integer call() throws IOException, InterruptedException {
        try (Writer writer = open(out)) {
            return run.run("extract", output -> {
                try {
                    for (String line : output.lines()) {
                        writer.write(line);
                        writer.write('\n');
                    }
                    writer.flush();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            System.err.println("tally extract: cannot write output: " + e.getCause().getMessage());
            return 1;
        }
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
}
