package org.epochlab.ui.inspectpanel;

import java.util.List;
import java.util.Locale;

import org.epochlab.engine.EarlyStopping;
import org.epochlab.engine.EpochRecord;
import org.epochlab.engine.StopReason;
import org.epochlab.experiment.run.EarlyStoppingReplay;

/**
 * The early-stopping replay of a finished run: for a patience, a min delta and restore-best, where
 * early stopping would have stopped and which epoch's weights the run would have kept, found from the
 * recorded history by {@link EarlyStoppingReplay} (no training). Also the sentences that say so.
 */
public final class ReplayModel {

    private ReplayModel() {
    }

    /** The replay of {@code history} with these settings; {@code startFromEpoch} as the run had it. */
    public static EarlyStoppingReplay.Outcome replay(List<EpochRecord> history, int patience, double minDelta,
                                                     int startFromEpoch, boolean restoreBest) {
        return EarlyStoppingReplay.replay(history,
                new EarlyStopping(true, patience, minDelta, startFromEpoch, restoreBest));
    }

    /** The chart marker's label, e.g. "early stopping would stop at epoch 61"; "" when it would not stop. */
    public static String markerLabel(EarlyStoppingReplay.Outcome outcome) {
        return outcome.reason() == StopReason.EARLY_STOPPING
                ? "early stopping would stop at epoch " + outcome.stoppedEpoch()
                : "";
    }

    /** What the replay found, in two sentences for the panel. */
    public static String describe(EarlyStoppingReplay.Outcome outcome, int recorded) {
        String where = switch (outcome.reason()) {
            case EARLY_STOPPING -> "Early stopping would stop at epoch " + outcome.stoppedEpoch()
                    + (outcome.epochsSaved(recorded) == 0 ? ", the last one recorded."
                            : ", " + outcome.epochsSaved(recorded) + " of the " + recorded + " epochs sooner.");
            case DIVERGED -> "The run diverges at epoch " + outcome.stoppedEpoch() + " before early stopping stops it.";
            default -> "Early stopping would not stop within the " + recorded + " epochs recorded.";
        };
        if (outcome.keptEpoch() == 0) {
            return where;
        }
        String kept = outcome.restoredBest()
                ? "Restoring the best weights keeps epoch " + outcome.keptEpoch()
                : "Without restoring, the run keeps the weights of epoch " + outcome.keptEpoch();
        return where + "\n" + kept + ": validation loss " + number(outcome.valLoss()) + ", accuracy "
                + percent(outcome.valAccuracy()) + ".";
    }

    private static String number(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.4f", v) : "–";
    }

    private static String percent(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.1f %%", 100 * v) : "–";
    }
}
