package org.tally.ingest.acquire;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.tally.model.Problem;
import org.tally.model.Stage;

/**
 * Expands the paths a user names into the files Tally reads: files as given, folders recursively in name order.
 * Paths that do not exist become problems; files of other types inside folders are passed over silently, while a
 * file of another type named explicitly is a problem.
 */
public final class SourceFinder {

    /** What a list of paths expands to. */
    public record Found(List<Source> sources, List<Problem> problems) {
        public Found {
            sources = List.copyOf(sources);
            problems = List.copyOf(problems);
        }
    }

    public Found find(List<Path> paths) {
        List<Source> sources = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile)
                            .sorted(Comparator.comparing(Path::toString))
                            .forEach(p -> Format.ofFileName(p.getFileName().toString())
                                    .ifPresent(f -> sources.add(Source.of(p, f))));
                } catch (IOException | UncheckedIOException e) {
                    problems.add(new Problem(path.toString(), Stage.ACQUIRE, "unreadable",
                            "cannot list folder " + path + ": " + e.getMessage()));
                }
            } else if (Files.isRegularFile(path)) {
                String name = path.getFileName().toString();
                Format.ofFileName(name).ifPresentOrElse(
                        f -> sources.add(Source.of(path, f)),
                        () -> problems.add(new Problem(name, Stage.ACQUIRE, "unsupported_type",
                                path + ": not a .txt, .html or .htm file (optionally .gz)")));
            } else if (Files.exists(path)) {
                problems.add(new Problem(path.toString(), Stage.ACQUIRE, "not_a_file",
                        path + ": neither a regular file nor a folder"));
            } else {
                problems.add(new Problem(path.toString(), Stage.ACQUIRE, "not_found",
                        path + ": no such file or folder"));
            }
        }
        return new Found(sources, problems);
    }
}
