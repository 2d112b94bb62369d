package org.epochlab.engine;

/**
 * A network being trained, one epoch at a time. Owns every mutable matrix (weights, optimizer
 * state, workspaces allocated once); confined to the thread that trains it. Between epochs the
 * learning rate, L2 and dropout may change; they apply from the next epoch.
 */
public final class TrainingSession {

    /**
     * Builds the network (inputs = train.cols(), outputs = config.outputLoss().outputUnits(train.classes()))
     * and draws its initial weights from {@code config.initSeed()}.
     *
     * @param validation may be null (no validation split)
     */
    public TrainingSession(TrainerConfig config, Samples train, Samples validation) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /** Epochs completed so far. */
    public int epoch() {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /**
     * Runs one epoch (shuffle if configured, one update per mini-batch, then the epoch's metrics),
     * calling {@code control.checkpoint()} before every mini-batch.
     *
     * @return the epoch's record, or null if the control cancelled it part-way (the partial epoch
     *         is not counted)
     */
    public EpochRecord runEpoch(TrainingControl control) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    public void setLearningRate(double learningRate) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    public void setL2(double l2) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    public void setDropout(double dropout) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /** A copy of the current parameters. */
    public NetworkWeights weights() {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /** Replaces the current parameters (e.g. to restore the best epoch's). Optimizer state is kept. */
    public void restore(NetworkWeights weights) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /** Loss (without penalty), accuracy and confusion of the current weights on {@code samples}, no dropout. */
    public Evaluation evaluate(Samples samples) {
        throw new UnsupportedOperationException("not yet implemented");
    }
}
