package org.epochlab.ui.chart;

import org.epochlab.engine.StopReason;

/** The sentence beside the stop marker: where a run stopped and why. */
public final class StopLabels {

    private StopLabels() {
    }

    /**
     * "early stopping at epoch 61 (patience 20)", "diverged at epoch 12", "stopped by you at epoch 80",
     * "failed at epoch 3", "completed 200 epochs".
     *
     * @param patience the early-stopping patience, or ≤ 0 to leave it out
     */
    public static String describe(StopReason reason, int epoch, int patience) {
        return switch (reason) {
            case EARLY_STOPPING -> "early stopping at epoch " + epoch + (patience > 0 ? " (patience " + patience + ")" : "");
            case DIVERGED -> "diverged at epoch " + epoch;
            case CANCELLED -> "stopped by you at epoch " + epoch;
            case FAILED -> "failed at epoch " + epoch;
            case COMPLETED -> "completed " + epoch + (epoch == 1 ? " epoch" : " epochs");
        };
    }

    /** Whether the charts mark this stop with a line: every reason except running to the end. */
    public static boolean isMarked(StopReason reason) {
        return reason != null && reason != StopReason.COMPLETED;
    }
}
