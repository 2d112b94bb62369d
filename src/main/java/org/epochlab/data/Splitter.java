package org.epochlab.data;

import org.epochlab.engine.Samples;

/** Stratified train/validation/test splits and standardization fitted on the training part only. */
public final class Splitter {

    private Splitter() {
    }

    /**
     * Splits each class separately in the given fractions (rounded so each class's counts add up),
     * order shuffled with {@code seed}.
     */
    public static Split stratified(Samples all, double validationFraction, double testFraction, long seed) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /**
     * z = (x - mean) / sd per feature, with mean and sd of {@code split.train()} only (a feature
     * with sd 0 is only centred), applied to all three parts.
     */
    public static Split standardized(Split split) {
        throw new UnsupportedOperationException("not yet implemented");
    }
}
