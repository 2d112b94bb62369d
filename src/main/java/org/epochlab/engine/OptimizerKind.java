package org.epochlab.engine;

/** The update rules; {@link OptimizerSpec} gives each one's formula. */
public enum OptimizerKind {
    SGD, MOMENTUM, NESTEROV, RMSPROP, ADAM
}
