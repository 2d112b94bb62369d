package org.epochlab.engine;

import java.util.SplittableRandom;

/**
 * Draws a layer's initial weights or biases from an {@link Initializer}. The spread of the
 * variance-scaling schemes depends on the layer's fan-in (inputs) and fan-out (outputs), so that
 * signals keep roughly the same variance from layer to layer:
 * <ul>
 *   <li>Glorot: Var = 2 / (fan_in + fan_out), balanced for forward and backward passes (tanh, sigmoid)</li>
 *   <li>He: Var = 2 / fan_in, compensating ReLU's zeroed half</li>
 *   <li>LeCun: Var = 1 / fan_in</li>
 * </ul>
 * A uniform U(-a, a) has variance a² / 3, hence a = √(3 Var).
 */
final class WeightInitializer {

    private WeightInitializer() {
    }

    /**
     * Fills {@code target[0..length)} in order, drawing from {@code rng}.
     *
     * @param target the values to set. Modified.
     */
    static void fill(Initializer init, double[] target, int length, int fanIn, int fanOut, SplittableRandom rng) {
        double p = init.parameter();
        switch (init.scheme()) {
            case ZEROS -> constant(target, length, 0.0);
            case CONSTANT -> constant(target, length, p);
            case UNIFORM -> uniform(target, length, p, rng);
            case NORMAL -> normal(target, length, p, rng);
            case GLOROT_UNIFORM -> uniform(target, length, Math.sqrt(6.0 / (fanIn + fanOut)), rng);
            case GLOROT_NORMAL -> normal(target, length, Math.sqrt(2.0 / (fanIn + fanOut)), rng);
            case HE_UNIFORM -> uniform(target, length, Math.sqrt(6.0 / fanIn), rng);
            case HE_NORMAL -> normal(target, length, Math.sqrt(2.0 / fanIn), rng);
            case LECUN_NORMAL -> normal(target, length, Math.sqrt(1.0 / fanIn), rng);
        }
    }

    private static void constant(double[] target, int length, double c) {
        for (int i = 0; i < length; i++) {
            target[i] = c;
        }
    }

    /** U(-a, a). */
    private static void uniform(double[] target, int length, double a, SplittableRandom rng) {
        for (int i = 0; i < length; i++) {
            target[i] = a * (2 * rng.nextDouble() - 1);
        }
    }

    /** N(0, σ²). */
    private static void normal(double[] target, int length, double sigma, SplittableRandom rng) {
        for (int i = 0; i < length; i++) {
            target[i] = sigma * rng.nextGaussian();
        }
    }
}
