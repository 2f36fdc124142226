package org.attune.cli;

import java.io.PrintStream;
import java.util.function.LongSupplier;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * The CLI's progress line: an {@link IProgressMonitor} that prints "task: 42% (subtask)" on
 * a terminal (redrawn in place, at most ten times a second) or, when the output is a file or a
 * pipe, one line per ten percent. Cancelled by Ctrl-C through {@link #setCanceled(boolean)}.
 */
public final class ProgressLine implements IProgressMonitor {

    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintStream err;
    private final boolean terminal;
    private final LongSupplier clock;
    private volatile boolean canceled;
    private String task = "";
    private String subTask = "";
    private double total = UNKNOWN;
    private double worked;
    private long lastDraw = Long.MIN_VALUE;
    private int lastDecile = -1;
    private boolean drawnInPlace;

    public ProgressLine(PrintStream err, boolean terminal) {
        this(err, terminal, System::nanoTime);
    }

    ProgressLine(PrintStream err, boolean terminal, LongSupplier clock) {
        this.err = err;
        this.terminal = terminal;
        this.clock = clock;
    }

    @Override
    public synchronized void beginTask(String name, int totalWork) {
        task = name == null ? "" : name;
        total = totalWork;
        worked = 0;
        lastDecile = -1;
        draw(true);
    }

    @Override
    public synchronized void done() {
        if (total > 0 && !canceled) {
            worked = total;
        }
        draw(true);
        if (terminal && drawnInPlace) {
            err.println();
            drawnInPlace = false;
        }
    }

    @Override
    public void internalWorked(double work) {
        synchronized (this) {
            if (canceled) {
                return; // monitors being unwound after a cancel report their rest as done: not true
            }
            worked += work;
            draw(false);
        }
    }

    @Override
    public boolean isCanceled() {
        return canceled;
    }

    @Override
    public void setCanceled(boolean value) {
        canceled = value;
    }

    @Override
    public synchronized void setTaskName(String name) {
        task = name == null ? "" : name;
        draw(false);
    }

    @Override
    public synchronized void subTask(String name) {
        subTask = name == null ? "" : name;
        draw(false);
    }

    @Override
    public void worked(int work) {
        internalWorked(work);
    }

    /** The line as it would be drawn now, e.g. {@code "Indexing: 42% (case 12)"}. */
    public synchronized String line() {
        StringBuilder line = new StringBuilder(task);
        if (total > 0) {
            line.append(task.isEmpty() ? "" : ": ").append(percent()).append('%');
        }
        if (!subTask.isEmpty()) {
            line.append(" (").append(subTask).append(')');
        }
        return line.toString();
    }

    private int percent() {
        return (int) Math.min(100, Math.floor(worked * 100 / total));
    }

    private void draw(boolean force) {
        if (terminal) {
            long now = clock.getAsLong();
            if (!force && now - lastDraw < REDRAW_NANOS) {
                return;
            }
            lastDraw = now;
            err.print("\r\033[2K" + line());
            err.flush();
            drawnInPlace = true;
        } else {
            int decile = total > 0 ? percent() / 10 : 0;
            if (decile != lastDecile) {
                lastDecile = decile;
                err.println(line());
            }
        }
    }
}
