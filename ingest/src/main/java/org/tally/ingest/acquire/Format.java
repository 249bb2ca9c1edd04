package org.tally.ingest.acquire;

import java.util.Locale;
import java.util.Optional;

/** The input formats `tally extract` reads, recognised by file name (a trailing {@code .gz} is gzip). */
public enum Format {
    TEXT, HTML;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The format a file name announces, or empty when Tally does not read such files. */
    public static Optional<Format> ofFileName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".gz")) {
            n = n.substring(0, n.length() - 3);
        }
        if (n.endsWith(".txt")) {
            return Optional.of(TEXT);
        }
        if (n.endsWith(".html") || n.endsWith(".htm")) {
            return Optional.of(HTML);
        }
        return Optional.empty();
    }

    public static boolean isGzip(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".gz");
    }
}
