package org.epochlab.engine;

/**
 * Receives each epoch's record on the training thread, in order. Implementations must be quick
 * and must not block (hand the record to a queue).
 */
@FunctionalInterface
public interface TrainingListener {

    void onEpoch(EpochRecord record);

    /**
     * Whether to take a weight snapshot after {@code epoch} (epoch 0 = the initial weights). A
     * snapshot costs one copy of every parameter.
     */
    default boolean wantsWeights(int epoch) {
        return false;
    }

    /** The snapshot asked for by {@link #wantsWeights(int)}. */
    default void onWeights(int epoch, NetworkWeights weights) {
    }

    TrainingListener NONE = record -> { };
}
