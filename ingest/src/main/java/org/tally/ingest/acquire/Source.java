package org.tally.ingest.acquire;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One input file to read.
 *
 * @param path   where it is
 * @param doc    the name its records carry (the file name)
 * @param format how to clean it
 * @param gzip   whether it must be decompressed first
 */
public record Source(Path path, String doc, Format format, boolean gzip) {
    public Source {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(doc, "doc");
        Objects.requireNonNull(format, "format");
    }

    public static Source of(Path path, Format format) {
        String name = path.getFileName().toString();
        return new Source(path, name, format, Format.isGzip(name));
    }
}
