package org.epochlab.ui.run;

/**
 * Holds the training thread at the end of an epoch, for Step: a stepped run stops after whole
 * epochs, and changes made while it waits apply from the next epoch. (Pause holds before the next
 * mini-batch instead, in the engine's {@link org.epochlab.engine.TrainingControl}.) Thread-safe.
 */
final class EpochGate {

    private boolean pauseRequested;
    private boolean stepGranted;
    private boolean released;
    private boolean waiting;

    /** Hold the run at the end of the epoch it is in (or the next one it reaches). */
    synchronized void holdAtEpochEnd() {
        pauseRequested = true;
    }

    /** Let the run go on. */
    synchronized void resume() {
        pauseRequested = false;
        notifyAll();
    }

    /** The run waits (or is about to wait) at an epoch end: let it through, then hold at the next one. */
    synchronized void step() {
        pauseRequested = true;
        stepGranted = true;
        notifyAll();
    }

    /** Opens the gate for good (the run is being stopped). */
    synchronized void release() {
        released = true;
        notifyAll();
    }

    /** Whether the training thread is waiting at the gate now. */
    synchronized boolean isHolding() {
        return waiting;
    }

    /**
     * Called by the training thread after each epoch: returns at once unless a pause was asked for,
     * else waits for {@link #resume()}, {@link #step()} or {@link #release()}.
     */
    synchronized void passEpochEnd() {
        waiting = true;
        try {
            while (pauseRequested && !released) {
                if (stepGranted) {
                    stepGranted = false;
                    return;
                }
                try {
                    wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        } finally {
            waiting = false;
        }
    }
}
