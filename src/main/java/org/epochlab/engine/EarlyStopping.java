package org.epochlab.engine;

/**
 * Early stopping with Keras's {@code EarlyStopping(monitor="val_loss")} semantics.
 *
 * <p>An epoch improves when {@code val_loss < best - minDelta}. Epochs up to and including
 * {@code startFromEpoch} are not monitored (Keras's {@code start_from_epoch}, counted in 1-based
 * epochs here: 0 monitors from the first epoch). After {@code patience} consecutive epochs without
 * improvement the run stops; with {@code restoreBestWeights} the network goes back to the weights of
 * the best monitored epoch. Without a validation set early stopping is not possible.
 */
public record EarlyStopping(boolean enabled, int patience, double minDelta, int startFromEpoch,
                            boolean restoreBestWeights) {

    public EarlyStopping {
        if (patience < 0) {
            throw new IllegalArgumentException("patience must be ≥ 0, got " + patience);
        }
        if (!(minDelta >= 0) || !Double.isFinite(minDelta)) {
            throw new IllegalArgumentException("min delta must be ≥ 0, got " + minDelta);
        }
        if (startFromEpoch < 0) {
            throw new IllegalArgumentException("start-from epoch must be ≥ 0, got " + startFromEpoch);
        }
    }

    public static EarlyStopping off() {
        return new EarlyStopping(false, 10, 0.0, 0, true);
    }
}
