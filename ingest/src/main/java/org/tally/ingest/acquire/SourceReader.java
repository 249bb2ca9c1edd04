package org.tally.ingest.acquire;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.tally.model.Stage;
import org.tally.model.StageResult;

/**
 * Reads a source's bytes, decompressing gzip, and refuses inputs larger than a limit (measured after
 * decompression, so a small archive cannot expand without bound). No news article comes near the default limit.
 */
public final class SourceReader {

    public static final long DEFAULT_MAX_BYTES = 16L << 20;

    private final long maxBytes;

    public SourceReader(long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive, was " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    public SourceReader() {
        this(DEFAULT_MAX_BYTES);
    }

    public StageResult<RawDocument> read(Source source) {
        try {
            if (!source.gzip() && Files.size(source.path()) > maxBytes) {
                return tooLarge(source, Files.size(source.path()));
            }
            try (InputStream in = open(source)) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                byte[] buffer = new byte[64 << 10];
                long total = 0;
                for (int n; (n = in.read(buffer)) > 0; ) {
                    total += n;
                    if (total > maxBytes) {
                        return tooLarge(source, total);
                    }
                    out.write(buffer, 0, n);
                }
                return StageResult.ok(new RawDocument(source.doc(), source.format(), out.toByteArray()));
            }
        } catch (ZipException | java.io.EOFException e) {
            return StageResult.failed(source.doc(), Stage.ACQUIRE, "bad_gzip",
                    source.path() + ": not a valid gzip file (" + e.getMessage() + ")");
        } catch (IOException e) {
            return StageResult.failed(source.doc(), Stage.ACQUIRE, "unreadable",
                    source.path() + ": cannot read (" + e + ")");
        }
    }

    private InputStream open(Source source) throws IOException {
        InputStream in = Files.newInputStream(source.path());
        return source.gzip() ? new GZIPInputStream(in, 64 << 10) : in;
    }

    private StageResult<RawDocument> tooLarge(Source source, long size) {
        return StageResult.failed(source.doc(), Stage.ACQUIRE, "too_large",
                "%s: at least %,d bytes, more than the limit of %,d bytes (--max-bytes)".formatted(
                        source.path(), size, maxBytes));
    }
}
