package org.tally.store;

/** The ledger cannot be opened or written; the transaction in progress was rolled back. */
public final class LedgerException extends RuntimeException {
    public LedgerException(String message, Throwable cause) {
        super(message, cause);
    }
}
