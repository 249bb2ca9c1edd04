package org.tally.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class BatchRunnerTest {

    private static final AtomicBoolean STOP = new AtomicBoolean();

    /** Work that never ends and ignores interrupts, as a runaway regular expression would. */
    private static String spinForever() {
        long x = 0;
        while (!STOP.get()) {
            x++;
        }
        return "never " + x;
    }

    @Test
    @Timeout(30)
    void stuckInputsTimeOutInOrderAndTheBatchGoesOn() throws InterruptedException {
        List<String> results = new ArrayList<>();
        try {
            new BatchRunner<Integer, String>(2, Duration.ofMillis(300)).run(
                    List.of(1, 2, 3, 4, 5, 6),
                    i -> i == 2 || i == 3 ? spinForever() : "ok " + i,
                    (i, failure) -> failure instanceof BatchRunner.Failure.TimedOut ? "timeout " + i : "other " + i,
                    results::add);
        } finally {
            STOP.set(true);
        }
        // two stuck workers on two threads must not stall inputs 4 to 6
        assertThat(results).containsExactly("ok 1", "timeout 2", "timeout 3", "ok 4", "ok 5", "ok 6");
    }

    @Test
    void anExceptionBecomesAFailureForThatInputOnly() throws InterruptedException {
        List<String> results = new ArrayList<>();
        new BatchRunner<Integer, String>(2, Duration.ofSeconds(5)).run(
                List.of(1, 2, 3),
                i -> {
                    if (i == 2) {
                        throw new IllegalStateException("bad input");
                    }
                    return "ok " + i;
                },
                (i, failure) -> failure instanceof BatchRunner.Failure.Threw t ? "threw " + t.error().getMessage() : "?",
                results::add);
        assertThat(results).containsExactly("ok 1", "threw bad input", "ok 3");
    }
}
