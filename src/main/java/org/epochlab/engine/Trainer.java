package org.epochlab.engine;

/**
 * Trains a network for the configured epochs with early stopping, divergence detection and
 * cancellation, reporting each epoch to a listener.
 *
 * <p>Stub: to be implemented.
 */
public final class Trainer {

    private Trainer() {
    }
}
