package org.epochlab.engine;

/**
 * The decision logic of early stopping, free of any network: feed it each epoch's validation loss and
 * it says whether to keep a copy of the weights and whether to stop. It reproduces Keras 3's
 * {@code EarlyStopping(monitor="val_loss", mode="min", baseline=None)} step for step:
 * <ul>
 *   <li>Epochs {@code e ≤ startFromEpoch} (1-based) are ignored entirely.</li>
 *   <li>At the first monitored epoch of a training call the weights are kept as the best so far,
 *       even if the loss is no better than an earlier call's best.</li>
 *   <li>Every monitored epoch adds one to the wait; an improvement, {@code loss + minDelta < best},
 *       records the new best (and its weights) and sets the wait back to 0.</li>
 *   <li>Otherwise, once {@code wait ≥ patience}, the run stops (never at epoch 1).</li>
 *   <li>The best value survives between training calls; the wait, the kept weights and the best
 *       epoch start afresh ({@link #beginTraining()}, Keras's {@code on_train_begin}).</li>
 * </ul>
 * Restoring is the caller's job: at the end of a training call, if {@code restoreBestWeights} is
 * set and weights were kept, they go back into the network, whether the run stopped early or not.
 */
public final class EarlyStoppingMonitor {

    /** What the trainer must do after an epoch. */
    public record Decision(boolean keepWeights, boolean stop) {
        static final Decision CONTINUE = new Decision(false, false);
    }

    private final EarlyStopping rule;
    private double best = Double.POSITIVE_INFINITY;
    private int bestEpoch;
    private int wait;
    private int stoppedEpoch;
    private boolean weightsKept;

    public EarlyStoppingMonitor(EarlyStopping rule) {
        this.rule = rule;
    }

    /** Starts a training call: the wait, the kept weights and the stopped epoch are reset; the best value is not. */
    public void beginTraining() {
        wait = 0;
        stoppedEpoch = 0;
        bestEpoch = 0;
        weightsKept = false;
    }

    /**
     * @param epoch   the 1-based epoch that just ended
     * @param valLoss its validation loss
     */
    public Decision onEpochEnd(int epoch, double valLoss) {
        if (epoch <= rule.startFromEpoch()) {
            return Decision.CONTINUE;
        }
        boolean keep = false;
        if (rule.restoreBestWeights() && !weightsKept) {
            keep = true;
            weightsKept = true;
            bestEpoch = epoch;
        }
        wait++;
        // Keras: monitor_op(current - min_delta, best) with min_delta negated for "min" mode
        if (valLoss + rule.minDelta() < best) {
            best = valLoss;
            bestEpoch = epoch;
            wait = 0;
            return new Decision(rule.restoreBestWeights(), false);
        }
        if (wait >= rule.patience() && epoch > 1) {
            stoppedEpoch = epoch;
            return new Decision(keep, true);
        }
        return new Decision(keep, false);
    }

    /** The lowest monitored validation loss that counted as an improvement (+∞ before any). */
    public double best() {
        return best;
    }

    /** The epoch whose weights are kept (the last improvement, or the first monitored epoch of this call); 0 if none. */
    public int bestEpoch() {
        return bestEpoch;
    }

    /** Monitored epochs since the last improvement. */
    public int waited() {
        return wait;
    }

    /** The epoch at which this call stopped, 0 if it has not. */
    public int stoppedEpoch() {
        return stoppedEpoch;
    }

    /** Whether weights were kept during this call, so that restoring is possible. */
    public boolean hasKeptWeights() {
        return weightsKept;
    }
}
