package org.tally.ingest.acquire;

import java.util.Objects;

/** The bytes of one input, decompressed, before any decoding. */
public record RawDocument(String doc, Format format, byte[] bytes) {
    public RawDocument {
        Objects.requireNonNull(doc, "doc");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(bytes, "bytes");
    }
}
