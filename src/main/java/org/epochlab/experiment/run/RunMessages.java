package org.epochlab.experiment.run;

import java.util.Locale;

import org.epochlab.engine.EpochRecord;

/** One plain sentence on how a run ended, for the run history, the status line and dialogs. */
public final class RunMessages {

    private RunMessages() {
    }

    /**
     * How the run ended, e.g. "diverged at epoch 12 (the training loss became NaN): try a smaller learningRate
     * than 10", "early stopping at epoch 57: validation loss stopped improving; the weights of the best epoch
     * were restored", "interrupted after epoch 40: Epoch Lab ended during the run; 40 epochs recovered".
     */
    public static String outcome(RunRecord run) {
        int epochs = run.epochs();
        String count = epochs == 1 ? "1 epoch" : epochs + " epochs";
        if (run.interrupted()) {
            return "interrupted after epoch " + epochs + ": Epoch Lab ended during the run; " + count + " recovered";
        }
        switch (run.stopReason()) {
            case COMPLETED:
                return "completed " + count;
            case EARLY_STOPPING:
                return "early stopping at epoch " + run.stoppedEpoch() + ": validation loss stopped improving"
                        + (run.restoredBest() ? "; the weights of the best epoch were restored" : "");
            case DIVERGED:
                return diverged(run);
            case CANCELLED:
                return "stopped at epoch " + run.stoppedEpoch() + "; " + count + " kept";
            case FAILED:
            default:
                return "failed during epoch " + (run.stoppedEpoch() + 1) + " with an internal error; the " + count
                        + " before it are kept";
        }
    }

    private static String diverged(RunRecord run) {
        EpochRecord last = run.history().isEmpty() ? null : run.history().get(run.epochs() - 1);
        String what = "";
        if (last != null) {
            boolean trainBad = !Double.isFinite(last.trainLoss());
            double bad = trainBad ? last.trainLoss() : last.valLoss();
            what = " (the " + (trainBad ? "training" : "validation") + " loss became "
                    + (Double.isNaN(bad) ? "NaN" : "infinite") + ")";
        }
        return String.format(Locale.ROOT, "diverged at epoch %d%s: try a smaller learningRate than %s",
                run.stoppedEpoch(), what, number(run.config().learningRate()));
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : Double.toString(value);
    }
}
