package org.attune.model.store;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Writes unsaved changes of a corpus to {@code <file>.autosave} copies at a fixed interval,
 * so that a crash loses at most one interval of coding. The model is serialised on the model
 * thread (EMF objects are not thread-safe); the bytes are written atomically on the
 * autosave's own thread. Started by {@link CorpusStore#startAutosave}.
 */
public final class Autosave implements AutoCloseable {

    /** The interval the workbench uses: a crash loses at most this much coding. */
    public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(30);

    private final CorpusStore store;
    private final Executor modelThread;
    private final ScheduledExecutorService timer;
    private volatile Consumer<Exception> errorHandler = e -> System.err.println("attune autosave: " + e.getMessage());
    private volatile long lastWrittenFiles;
    private volatile java.util.function.IntConsumer writtenHandler = files -> { };

    Autosave(CorpusStore store, Duration interval, Executor modelThread) {
        this.store = store;
        this.modelThread = modelThread;
        this.timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "attune-autosave");
            thread.setDaemon(true);
            return thread;
        });
        long ms = Math.max(1, interval.toMillis());
        timer.scheduleWithFixedDelay(this::tick, ms, ms, TimeUnit.MILLISECONDS);
    }

    /** Where autosave failures go (default: standard error). */
    public void onError(Consumer<Exception> handler) {
        this.errorHandler = handler;
    }

    /**
     * Hears each autosave that wrote files (with their number), on the thread that wrote them
     * (the autosave thread, or the caller of {@link #runNow()}); e.g. for a status line.
     */
    public void onWritten(java.util.function.IntConsumer handler) {
        this.writtenHandler = handler;
    }

    /** Number of files the last autosave wrote. */
    public long lastWrittenFiles() {
        return lastWrittenFiles;
    }

    private void tick() {
        try {
            List<CorpusStore.Snapshot> snapshots = CompletableFuture.supplyAsync(() -> {
                try {
                    return store.snapshotChanges();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }, modelThread).get();
            write(snapshots);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            errorHandler.accept(e);
        }
    }

    /**
     * Autosaves now, on the calling thread, which must be the model thread.
     *
     * @return the number of autosave files written
     */
    public int runNow() throws IOException {
        List<CorpusStore.Snapshot> snapshots = store.snapshotChanges();
        write(snapshots);
        return (int) lastWrittenFiles;
    }

    private void write(List<CorpusStore.Snapshot> snapshots) throws IOException {
        int written = 0;
        for (CorpusStore.Snapshot snapshot : snapshots) {
            synchronized (store.autosaveLock) {
                if (store.isCurrent(snapshot)) { // a save since the snapshot makes it stale
                    AtomicFiles.write(snapshot.autosaveFile(), out -> out.write(snapshot.bytes()), false);
                    written++;
                }
            }
        }
        lastWrittenFiles = written;
        if (written > 0) {
            writtenHandler.accept(written);
        }
    }

    /** Stops autosaving (does not delete the autosave copies). */
    @Override
    public void close() {
        timer.shutdownNow();
    }
}
