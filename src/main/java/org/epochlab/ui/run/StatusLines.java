package org.epochlab.ui.run;

import java.util.List;
import java.util.Locale;

import org.epochlab.engine.EpochRecord;
import org.epochlab.engine.StopReason;

/** Turns the facts of a run into the status line's words. Pure functions. */
public final class StatusLines {

    /**
     * What the status line is made from.
     *
     * @param targetEpochs  epochs the run is asked for (the config's, plus every Continue)
     * @param elapsedNanos  time spent training, pauses excluded
     * @param reason        why the run ended, null while it goes on or before it starts
     * @param overfitEpoch  the onset of overfitting, 0 if none seen yet
     * @param patience      early stopping's patience, 0 when early stopping is off
     * @param hiddenLayers  units per hidden layer of the run's network
     * @param formValid     whether the form's values can run
     * @param midEpoch      paused by Pause, so held before a mini-batch of the epoch after the last one received
     *                      (rather than at the end of the last one, as Step holds)
     * @param bestEpoch     the epoch of lowest validation loss in {@code history} (the first on ties; 0 when empty
     *                      or without validation), which the window keeps as epochs arrive instead of scanning
     *                      the history every frame
     */
    public record Facts(RunPhase phase, List<EpochRecord> history, int targetEpochs, long elapsedNanos,
                        StopReason reason, boolean restoredBest, int overfitEpoch, int patience,
                        List<Integer> hiddenLayers, boolean formValid, boolean midEpoch, int bestEpoch) {

        /** Facts with the best epoch found in the history. */
        public Facts(RunPhase phase, List<EpochRecord> history, int targetEpochs, long elapsedNanos,
                     StopReason reason, boolean restoredBest, int overfitEpoch, int patience,
                     List<Integer> hiddenLayers, boolean formValid, boolean midEpoch) {
            this(phase, history, targetEpochs, elapsedNanos, reason, restoredBest, overfitEpoch, patience,
                    hiddenLayers, formValid, midEpoch, StatusLines.bestEpoch(history));
        }

        /** Facts of a run not paused mid-epoch. */
        public Facts(RunPhase phase, List<EpochRecord> history, int targetEpochs, long elapsedNanos,
                     StopReason reason, boolean restoredBest, int overfitEpoch, int patience,
                     List<Integer> hiddenLayers, boolean formValid) {
            this(phase, history, targetEpochs, elapsedNanos, reason, restoredBest, overfitEpoch, patience,
                    hiddenLayers, formValid, false);
        }
    }

    private StatusLines() {
    }

    public static StatusLine of(Facts f) {
        List<EpochRecord> h = f.history();
        EpochRecord last = h.isEmpty() ? null : h.get(h.size() - 1);
        int epoch = last == null ? 0 : last.epoch();
        String updates = last == null ? "updates 0"
                : "updates " + grouped(last.updates()) + " (" + grouped(last.updates() / last.epoch()) + " per epoch)";
        double seconds = f.elapsedNanos() / 1e9;
        String speed = seconds > 0 && !h.isEmpty() ? perSecond(h.size() / seconds) + " epochs/s" : "– epochs/s";
        return new StatusLine("epoch " + epoch + " of " + f.targetEpochs(),
                "samples seen " + grouped(last == null ? 0 : last.samplesSeen()), updates, speed,
                clock(f.elapsedNanos()), sentence(f));
    }

    /** One plain sentence about what is happening now. */
    public static String sentence(Facts f) {
        List<EpochRecord> h = f.history();
        if (h.isEmpty()) {
            return switch (f.phase()) {
                case IDLE -> f.formValid() ? "Ready: pick a dataset and a network, then press Train (F5)."
                        : "A value on the left has a problem (marked in red): fix it to train.";
                case RUNNING -> "preparing the data and the network…";
            case PAUSED -> f.midEpoch() ? "paused during epoch 1" : "preparing the data and the network…";
                case STOPPED -> f.reason() == StopReason.FAILED ? "the run failed before its first epoch"
                        : "stopped before the first epoch ended";
            };
        }
        EpochRecord last = h.get(h.size() - 1);
        int best = f.bestEpoch();
        String sentence = switch (f.phase()) {
            case IDLE, RUNNING -> progress(f, last, best);
            case PAUSED -> (f.midEpoch() ? "paused during epoch " + (last.epoch() + 1)
                    : "paused after epoch " + last.epoch()) + ": " + progress(f, last, best);
            case STOPPED -> ending(f, last, best);
        };
        String symmetry = symmetryNote(last, f.hiddenLayers());
        return symmetry == null ? sentence : sentence + "; " + symmetry;
    }

    private static String progress(Facts f, EpochRecord last, int best) {
        if (!last.hasValidation()) {
            return "training: training loss " + loss(last.trainLoss())
                    + " (no validation split, so overfitting cannot show)";
        }
        int since = last.epoch() - best;
        String s = since == 0 ? "training: validation loss still falling"
                : "validation loss has not improved for " + epochs(since) + "; best was epoch " + best;
        if (f.overfitEpoch() > 0) {
            s += " (overfitting from epoch " + f.overfitEpoch() + ")";
        }
        if (since > 0 && f.patience() > 0) {
            s += "; early stopping after " + epochs(f.patience());
        }
        return s;
    }

    private static String ending(Facts f, EpochRecord last, int best) {
        String bestPart = best > 0 ? "; best was epoch " + best : "";
        String overfit = f.overfitEpoch() > 0 ? "; overfitting from epoch " + f.overfitEpoch() : "";
        if (f.reason() == null) {
            return "stopped at epoch " + last.epoch() + bestPart;
        }
        return switch (f.reason()) {
            case DIVERGED -> "diverged at epoch " + last.epoch() + ": try a smaller learning rate";
            case EARLY_STOPPING -> "stopped early at epoch " + last.epoch() + ": validation loss had not improved for "
                    + epochs(last.epoch() - best) + bestPart
                    + (f.restoredBest() ? " (its weights were restored)" : "") + overfit;
            case COMPLETED -> "finished all " + last.epoch() + " epochs"
                    + (best > 0 ? bestPart : "; final training loss " + loss(last.trainLoss())) + overfit;
            case CANCELLED -> "stopped at epoch " + last.epoch() + bestPart + "; Continue trains on from here";
            case FAILED -> "failed after epoch " + last.epoch() + "; the epochs so far are kept";
        };
    }

    /** Zero weights keep every neuron of a layer identical: worth saying when it shows. */
    private static String symmetryNote(EpochRecord last, List<Integer> hiddenLayers) {
        List<Integer> distinct = last.distinctNeurons();
        if (distinct.isEmpty() || hiddenLayers == null || distinct.size() != hiddenLayers.size()) {
            return null;
        }
        for (int i = 0; i < distinct.size(); i++) {
            if (distinct.get(i) != 1 || hiddenLayers.get(i) < 2) {
                return null;
            }
        }
        return "every hidden neuron in a layer is identical (the symmetry zero weights never break)";
    }

    /** The first epoch with the lowest validation loss; 0 without validation. */
    static int bestEpoch(List<EpochRecord> history) {
        int best = 0;
        double bestLoss = Double.POSITIVE_INFINITY;
        for (EpochRecord r : history) {
            if (r.valLoss() < bestLoss) {
                bestLoss = r.valLoss();
                best = r.epoch();
            }
        }
        return best;
    }

    private static String epochs(int n) {
        return n == 1 ? "1 epoch" : n + " epochs";
    }

    private static String loss(double v) {
        return String.format(Locale.ROOT, "%.4g", v);
    }

    private static String grouped(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static String perSecond(double rate) {
        return rate >= 10 ? String.format(Locale.ROOT, "%,.0f", rate) : String.format(Locale.ROOT, "%.1f", rate);
    }

    /** m:ss.t */
    static String clock(long nanos) {
        long tenths = nanos / 100_000_000L;
        return String.format(Locale.ROOT, "%d:%02d.%d", tenths / 600, (tenths / 10) % 60, tenths % 10);
    }
}
