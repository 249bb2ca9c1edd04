package org.tally.store;

import java.util.Objects;

/**
 * What {@link Ledger#ingest} did with one document.
 *
 * @param status      new, an exact duplicate (nothing changed) or a near-duplicate (stored and linked)
 * @param document    the stored document's id (its content hash); for an exact duplicate, the one already stored
 * @param duplicateOf for a near-duplicate, the stored document it nearly duplicates; for an exact duplicate, the
 *                    file name it was first ingested from; otherwise {@code null}
 * @param distance    for a near-duplicate, the SimHash distance in bits (1 to 3); otherwise 0
 */
public record IngestResult(Status status, String document, String duplicateOf, int distance) {

    public enum Status { NEW, DUPLICATE, NEAR_DUPLICATE }

    public IngestResult {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(document, "document");
    }
}
