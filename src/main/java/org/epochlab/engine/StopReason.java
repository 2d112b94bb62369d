package org.epochlab.engine;

/** Why a run ended. */
public enum StopReason {
    /** Every requested epoch ran. */
    COMPLETED,
    /** Validation loss did not improve for {@code patience} epochs. */
    EARLY_STOPPING,
    /** The loss became NaN or infinite; the epoch where it happened is the last in the history. */
    DIVERGED,
    /** Stopped on request. */
    CANCELLED,
    /** An unexpected error inside the engine; the history up to it is kept. */
    FAILED;

    /** The lower-case name used in files: completed, early_stopping, diverged, cancelled, failed. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
