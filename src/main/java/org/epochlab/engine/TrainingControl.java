package org.epochlab.engine;

/**
 * Lets another thread stop, pause, resume or single-step a run. The training thread calls
 * {@link #checkpoint()} before every mini-batch and {@link #endOfEpoch()} after every epoch.
 * Thread-safe.
 */
public final class TrainingControl {

    private boolean cancelled;
    private boolean paused;
    private boolean pauseAtEpochEnd;
    private boolean holding;
    private long passed;
    private final EpochProgress progress = new EpochProgress();

    /** Ends the run before the next mini-batch; a paused run ends too. */
    public synchronized void cancel() {
        cancelled = true;
        notifyAll();
    }

    /** Holds the run before the next mini-batch until {@link #resume()} or {@link #cancel()}. */
    public synchronized void pause() {
        paused = true;
    }

    public synchronized void resume() {
        paused = false;
        pauseAtEpochEnd = false;
        notifyAll();
    }

    /** Runs exactly one more epoch, then pauses again. */
    public synchronized void step() {
        paused = false;
        pauseAtEpochEnd = true;
        notifyAll();
    }

    /** How far the epoch in progress has got (the training thread updates it after every mini-batch). */
    public EpochProgress progress() {
        return progress;
    }

    public synchronized boolean isCancelled() {
        return cancelled;
    }

    public synchronized boolean isPaused() {
        return paused;
    }

    /** Whether the training thread is held in {@link #checkpoint()} now. */
    public synchronized boolean isHolding() {
        return holding;
    }

    /**
     * Checkpoints the training thread has passed so far: the mini-batches begun under this control.
     * Whatever the training thread wrote before its last checkpoint is visible to a caller of this method.
     */
    public synchronized long checkpointsPassed() {
        return passed;
    }

    /**
     * Called by the training thread before each mini-batch: blocks while paused.
     *
     * @return false when the run must end now
     */
    public synchronized boolean checkpoint() {
        holding = true;
        try {
            while (paused && !cancelled) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    cancelled = true;
                }
            }
        } finally {
            holding = false;
        }
        if (Thread.currentThread().isInterrupted()) {
            cancelled = true;
        }
        if (!cancelled) {
            passed++;
        }
        return !cancelled;
    }

    /** Called by the training thread after each epoch; turns a single step into a pause. */
    public synchronized void endOfEpoch() {
        if (pauseAtEpochEnd) {
            pauseAtEpochEnd = false;
            paused = true;
        }
    }
}
