package org.epochlab.engine;

import java.util.List;

/**
 * Trains one network for the configured epochs with early stopping, divergence detection and
 * cancellation, reporting each epoch to a listener. Keeps its {@link TrainingSession}, so a run
 * that stopped can be continued. Confined to one thread at a time.
 */
public final class Trainer {

    /** @param validation may be null (then early stopping is not possible and val metrics are NaN) */
    public Trainer(TrainerConfig config, Samples train, Samples validation) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /** One call does it all: build, train for config.epochs(), score the test split (may be null). */
    public static TrainingResult run(TrainerConfig config, Samples train, Samples validation, Samples test,
                                     TrainingListener listener, TrainingControl control) {
        return new Trainer(config, train, validation).train(listener, control, test);
    }

    /**
     * Trains until epoch {@code config.epochs()}, early stopping, divergence or cancellation, then
     * restores the best weights if early stopping asks for it, and scores the test split once.
     */
    public TrainingResult train(TrainingListener listener, TrainingControl control, Samples test) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /**
     * Trains up to {@code extraEpochs} more epochs from where the last call stopped (early stopping's
     * patience count starts afresh; a diverged run cannot continue).
     */
    public TrainingResult continueTraining(int extraEpochs, TrainingListener listener, TrainingControl control,
                                           Samples test) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /** The session, for changing the learning rate, L2 and dropout between epochs. */
    public TrainingSession session() {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /** Every epoch so far. */
    public List<EpochRecord> history() {
        throw new UnsupportedOperationException("not yet implemented");
    }
}
