package org.epochlab.ui.inspect;

import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.application.Platform;

/**
 * Draws off the FX thread, one job at a time, latest first. A job submitted while another is
 * computing replaces any job still waiting, so stale work is never done and never queued; each
 * result is handed to the FX thread. Jobs start at most once per {@code minIntervalMillis}, which
 * caps the cost of a view fed at frame rate during training to a few drawings a second, and a job
 * starts no sooner than twice its predecessor's run time after that one ended, so that drawing a
 * big network takes at most a third of a core from the training beside it.
 *
 * <p>One daemon thread, started on the first job; {@link #close()} ends it. An exception thrown by a
 * job goes to the thread's uncaught-exception handler and the worker carries on.
 */
final class LatestWinsWorker implements AutoCloseable {

    private record Job<T>(Supplier<T> work, Consumer<T> onFx) {
        void run() {
            T result = work.get();
            Platform.runLater(() -> onFx.accept(result));
        }
    }

    private final String name;
    private final long minIntervalNanos;
    private final Object lock = new Object();
    private Job<?> pending;
    private Thread thread;
    private boolean closed;
    private long lastStart;
    private long lastDuration;

    LatestWinsWorker(String name, long minIntervalMillis) {
        this.name = name;
        this.minIntervalNanos = minIntervalMillis * 1_000_000L;
        this.lastStart = System.nanoTime() - minIntervalNanos;
    }

    /**
     * Computes {@code work} on the worker thread, then runs {@code onFx} with its result on the FX
     * thread, unless a newer job arrives before this one starts.
     */
    <T> void submit(Supplier<T> work, Consumer<T> onFx) {
        synchronized (lock) {
            if (closed) {
                return;
            }
            pending = new Job<>(work, onFx);
            if (thread == null) {
                thread = new Thread(this::loop, name);
                thread.setDaemon(true);
                thread.start();
            }
            lock.notifyAll();
        }
    }

    private void loop() {
        while (true) {
            Job<?> job;
            synchronized (lock) {
                try {
                    long wait = waitNanos();
                    while (!closed && (pending == null || wait > 0)) {
                        if (pending == null) {
                            lock.wait();
                        } else {
                            lock.wait(Math.max(1, wait / 1_000_000L));
                        }
                        wait = waitNanos();
                    }
                } catch (InterruptedException e) {
                    return;
                }
                if (closed) {
                    return;
                }
                job = pending;
                pending = null;
                lastStart = System.nanoTime();
            }
            try {
                job.run();
            } catch (RuntimeException e) {
                Thread t = Thread.currentThread();
                t.getUncaughtExceptionHandler().uncaughtException(t, e);
            }
            synchronized (lock) {
                lastDuration = System.nanoTime() - lastStart;
            }
        }
    }

    /** Time left before the next job may start: min interval after the last start, and 2 × its run time after its end. */
    private long waitNanos() {
        long now = System.nanoTime();
        return Math.max(lastStart + minIntervalNanos - now, lastStart + 3 * lastDuration - now);
    }

    /** Drops any waiting job and ends the thread after the job it is computing, if any. */
    @Override
    public void close() {
        synchronized (lock) {
            closed = true;
            pending = null;
            lock.notifyAll();
        }
    }
}
