package org.epochlab.engine;

/**
 * A network being trained, one epoch at a time. Owns every mutable matrix (weights, optimizer
 * state, workspaces allocated once); confined to the thread that trains it. The window keeps a
 * session to Continue a stopped run and to change the learning rate, L2 and dropout between epochs.
 *
 * <p>Stub: to be implemented.
 */
public final class TrainingSession {

    /** Builds the network and draws its initial weights from {@code config.initSeed()}. */
    public TrainingSession(TrainerConfig config, Samples train, Samples validation) {
        throw new UnsupportedOperationException("not yet implemented");
    }
}
