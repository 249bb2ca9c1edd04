package org.tally.cli;

import java.io.PrintStream;
import java.util.Locale;
import org.tally.model.Problem;

/**
 * Progress of a long job on standard error: each problem as it happens, a status line every two seconds once the
 * job has run that long, and a summary at the end. Silent when given no stream.
 */
final class Progress {

    private static final long EVERY_NANOS = 2_000_000_000L;

    private final String job;
    private final PrintStream err;
    private final long startNanos = System.nanoTime();
    private long lastReportNanos = startNanos;
    private int expected;
    private int done;
    private int problems;

    Progress(String job, PrintStream err) {
        this.job = job;
        this.err = err;
    }

    synchronized void expect(int count) {
        expected += count;
    }

    synchronized void done(Problem problem) {
        done++;
        if (problem != null) {
            problems++;
            if (err != null) {
                err.println("tally " + job + ": " + problem.code() + ": " + problem.message());
            }
        }
        long now = System.nanoTime();
        if (err != null && now - lastReportNanos >= EVERY_NANOS) {
            lastReportNanos = now;
            err.println(status(now));
        }
    }

    synchronized void finish() {
        if (err != null) {
            err.println(status(System.nanoTime()));
        }
    }

    private String status(long now) {
        double seconds = (now - startNanos) / 1e9;
        return String.format(Locale.ROOT, "tally %s: %d/%d inputs, %d problems, %.1f s, %.1f inputs/s",
                job, done, expected, problems, seconds, done / Math.max(seconds, 1e-9));
    }
}
