package org.tally.model;

/** The stages of the pipeline, in order. */
public enum Stage {
    ACQUIRE, CLEAN, ANALYSE, EXTRACT, FUSE, STORE;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
