package org.tally.cli;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs one function over many inputs on a few threads and hands the results on in input order. Each input gets a
 * time limit: one that runs over it, or throws, is replaced by what {@code onFailure} makes of it, and the batch
 * goes on. A worker stuck in code that ignores interrupts keeps its thread but gives up its place, so it cannot
 * stall the batch.
 */
final class BatchRunner<I, O> {

    private final int threads;
    private final Duration timeLimit;

    BatchRunner(int threads, Duration timeLimit) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        if (timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("the time limit must be positive, was " + timeLimit);
        }
        this.threads = threads;
        this.timeLimit = timeLimit;
    }

    /** Why an input has no result: it threw, or it ran out of time. */
    sealed interface Failure {
        record Threw(Throwable error) implements Failure {
        }

        record TimedOut(Duration limit) implements Failure {
        }
    }

    private final class Running {
        final I input;
        final long startedNanos = System.nanoTime();
        final AtomicBoolean released = new AtomicBoolean();
        Future<O> future;
        boolean timedOut;

        Running(I input) {
            this.input = input;
        }
    }

    void run(List<I> inputs, Function<I, O> work, BiFunction<I, Failure, O> onFailure, Consumer<O> sink)
            throws InterruptedException {
        Objects.requireNonNull(work);
        Semaphore places = new Semaphore(threads);
        Deque<Running> window = new ArrayDeque<>();
        ExecutorService pool = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "tally-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            for (I input : inputs) {
                while (!places.tryAcquire(50, TimeUnit.MILLISECONDS)) {
                    expire(window, places);
                    deliver(window, onFailure, sink, false);
                }
                Running running = new Running(input);
                running.future = pool.submit(() -> {
                    try {
                        return work.apply(input);
                    } finally {
                        release(running, places);
                    }
                });
                window.addLast(running);
                deliver(window, onFailure, sink, false);
            }
            while (!window.isEmpty()) {
                expire(window, places);
                deliver(window, onFailure, sink, true);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private void expire(Deque<Running> window, Semaphore places) {
        long now = System.nanoTime();
        for (Running r : window) {
            if (!r.future.isDone() && now - r.startedNanos > timeLimit.toNanos()) {
                r.timedOut = true;
                r.future.cancel(true);
                release(r, places);
            }
        }
    }

    private void release(Running r, Semaphore places) {
        if (r.released.compareAndSet(false, true)) {
            places.release();
        }
    }

    /** Hands on finished results from the head of the window; with {@code block}, waits a little for the head. */
    private void deliver(Deque<Running> window, BiFunction<I, Failure, O> onFailure, Consumer<O> sink, boolean block)
            throws InterruptedException {
        while (!window.isEmpty()) {
            Running head = window.peekFirst();
            if (!head.future.isDone()) {
                if (!block) {
                    return;
                }
                try {
                    head.future.get(50, TimeUnit.MILLISECONDS);
                } catch (java.util.concurrent.TimeoutException | ExecutionException
                         | java.util.concurrent.CancellationException e) {
                    // handled below, once the future is done
                }
                if (!head.future.isDone()) {
                    return;
                }
            }
            window.removeFirst();
            sink.accept(outcome(head, onFailure));
        }
    }

    private O outcome(Running r, BiFunction<I, Failure, O> onFailure) throws InterruptedException {
        if (r.timedOut || r.future.isCancelled()) {
            return onFailure.apply(r.input, new Failure.TimedOut(timeLimit));
        }
        try {
            return r.future.get();
        } catch (ExecutionException e) {
            return onFailure.apply(r.input, new Failure.Threw(e.getCause()));
        }
    }
}
