package org.attune.index.internal;

import java.io.IOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.core.runtime.OperationCanceledException;

/**
 * Runs two pieces of one search at once: the second on a shared helper thread, the first on the
 * caller. A sequence query is a few milliseconds of CPU that splits cleanly (the two operands; the
 * two halves of the cases), so on a machine with a spare core its latency nearly halves. If the
 * helper is still busy with another search when the caller is done, the caller runs the second piece
 * itself: a query never waits behind another.
 */
final class Parallel {

    /** A piece of work that may throw {@link IOException}. */
    interface Piece<T> {
        T run() throws IOException;
    }

    private static final boolean ENABLED = Runtime.getRuntime().availableProcessors() > 1
            && !Boolean.getBoolean("attune.search.serial");

    private static final ExecutorService HELPERS = Executors.newFixedThreadPool(
            Math.max(1, Math.min(3, Runtime.getRuntime().availableProcessors() - 1)), r -> {
                Thread t = new Thread(r, "Attune search helper");
                t.setDaemon(true);
                return t;
            });

    private Parallel() {
    }

    /** Both results: {@code [first, second]}. */
    static <A, B> Pair<A, B> both(Piece<A> first, Piece<B> second) throws IOException {
        if (!ENABLED) {
            return new Pair<>(first.run(), second.run());
        }
        // whoever claims the second piece runs it (FutureTask.cancel would also "succeed" while it runs)
        AtomicBoolean claimed = new AtomicBoolean();
        FutureTask<B> task = new FutureTask<>(() -> claimed.compareAndSet(false, true) ? second.run() : null);
        HELPERS.execute(task);
        A a;
        try {
            a = first.run();
        } catch (IOException | RuntimeException | Error e) {
            claimed.set(true);
            throw e;
        }
        if (claimed.compareAndSet(false, true)) { // not started yet: no point waiting for the helper
            return new Pair<>(a, second.run());
        }
        try {
            return new Pair<>(a, task.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OperationCanceledException();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IOException(cause);
        }
    }

    record Pair<A, B>(A first, B second) {
    }
}
