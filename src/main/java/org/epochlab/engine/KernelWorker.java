package org.epochlab.engine;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * The second thread of the two-thread products: one daemon thread, shared by every network, that
 * runs one {@link Runnable} at a time for whichever caller holds it. Between tasks it spins before
 * parking, because a training pass issues its products back to back and waking a parked thread costs
 * tens of microseconds, as much as half of a 64-row product. It spins for as long as its last task ran,
 * at most {@value #SPIN_NANOS} ns: waiting then never costs more processor time than the work it took
 * over, so after short tasks (an optimizer step just over the split threshold, a few microseconds a half)
 * the worker leaves the core soon to the window's threads beside the training, while large products keep
 * it ready.
 *
 * <p>A caller that finds the worker held by another (two networks training at once) is told so and
 * computes the whole product itself; the split never changes a result, so neither does that.
 */
final class KernelWorker {

    private static final long SPIN_NANOS = 100_000;
    /** How long a caller spins for the worker's half before it yields its processor between checks. */
    private static final long WAIT_SPIN_NANOS = 20_000;

    private static final int IDLE = 0;
    private static final int SUBMITTED = 1;
    private static final int RUNNING = 2;
    private static final int DONE = 3;

    private static final KernelWorker INSTANCE = new KernelWorker();

    private final AtomicBoolean held = new AtomicBoolean();
    private final AtomicInteger state = new AtomicInteger(IDLE);
    private final Thread thread;
    /** Written by the holder before SUBMITTED, read by the worker after it. */
    private Runnable task;
    private Throwable failure;

    private KernelWorker() {
        thread = new Thread(this::serve, "epoch-lab-kernels");
        thread.setDaemon(true);
        thread.start();
    }

    static KernelWorker instance() {
        return INSTANCE;
    }

    /** Takes the worker for one task; false if another caller holds it. */
    boolean tryHold() {
        return held.compareAndSet(false, true);
    }

    /** Starts {@code work} on the worker; only while held, at most one task at a time. */
    void start(Runnable work) {
        task = work;
        state.set(SUBMITTED);
        LockSupport.unpark(thread);
    }

    /**
     * Waits for the task started last, then lets the worker go; rethrows what the task threw. A task
     * the worker has not picked up yet (its thread not scheduled, on a busy machine) is taken back and
     * run here.
     */
    void finishAndRelease() {
        try {
            if (state.compareAndSet(SUBMITTED, RUNNING)) {
                runTask();
            }
            long spinUntil = System.nanoTime() + WAIT_SPIN_NANOS;
            while (state.get() != DONE) {
                if (System.nanoTime() < spinUntil) {
                    Thread.onSpinWait();
                } else {
                    // the worker's thread is not running: let it have this processor
                    Thread.yield();
                }
            }
            Throwable thrown = failure;
            failure = null;
            task = null;
            state.set(IDLE);
            if (thrown instanceof RuntimeException e) {
                throw e;
            }
            if (thrown instanceof Error e) {
                throw e;
            }
        } finally {
            held.set(false);
        }
    }

    private void serve() {
        long spinNanos = SPIN_NANOS;
        while (true) {
            long spinUntil = System.nanoTime() + spinNanos;
            while (!state.compareAndSet(SUBMITTED, RUNNING)) {
                if (System.nanoTime() < spinUntil) {
                    Thread.onSpinWait();
                } else {
                    LockSupport.park(this);
                }
            }
            long started = System.nanoTime();
            runTask();
            spinNanos = Math.min(SPIN_NANOS, System.nanoTime() - started);
        }
    }

    /** Runs the task by whichever thread moved it to RUNNING, then marks it DONE. */
    private void runTask() {
        try {
            task.run();
        } catch (Throwable t) {
            failure = t;
        }
        state.set(DONE);
    }
}
