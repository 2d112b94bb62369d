package org.epochlab.ui.runs;

import java.util.Locale;

import org.epochlab.engine.EpochRecord;
import org.epochlab.experiment.run.RunRecord;

/** The texts of the run history's columns. */
final class RunColumns {

    private RunColumns() {
    }

    static String bestEpoch(RunRecord run) {
        return run.bestEpoch() > 0 ? Integer.toString(run.bestEpoch()) : "–";
    }

    static String bestValidationLoss(RunRecord run) {
        return run.best().map(r -> number(r.valLoss())).orElse("–");
    }

    /** Validation minus training loss at the last epoch: how far the run ended up overfitting. */
    static String finalGap(RunRecord run) {
        if (run.epochs() == 0) {
            return "–";
        }
        EpochRecord last = run.epoch(run.epochs());
        double gap = last.valLoss() - last.trainLoss();
        if (!Double.isFinite(gap)) {
            return "–";
        }
        String text = String.format(Locale.ROOT, "%.4f", gap);
        return text.equals("-0.0000") ? "0.0000" : text; // a gap below 0.00005 is no gap worth a sign
    }

    /** A word or two: the whole sentence is the cell's tooltip. */
    static String stopReason(RunRecord run) {
        if (run.interrupted()) {
            return "interrupted";
        }
        return switch (run.stopReason()) {
            case COMPLETED -> "completed";
            case EARLY_STOPPING -> "early stopping";
            case DIVERGED -> "diverged";
            case CANCELLED -> "stopped";
            case FAILED -> "failed";
        };
    }

    /** Training time as m:ss.s. */
    static String time(RunRecord run) {
        double s = run.elapsedSeconds();
        int minutes = (int) (s / 60);
        return String.format(Locale.ROOT, "%d:%04.1f", minutes, s - 60 * minutes);
    }

    static String number(double v) {
        return String.format(Locale.ROOT, "%.4g", v);
    }
}
