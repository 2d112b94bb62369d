package org.epochlab.engine;

/**
 * Hidden-layer activation functions, each with its derivative written next to it.
 *
 * <p>Derivatives are expressed in terms of the pre-activation {@code z} and the activation
 * {@code a = f(z)}, whichever is cheaper: sigmoid' = a(1 - a), tanh' = 1 - a², ReLU' = [z > 0].
 */
public enum Activation {
    /** f(z) = 1 / (1 + e^-z); f'(z) = a(1 - a). Saturates, outputs 0.5 at z = 0. */
    SIGMOID,
    /** f(z) = tanh z; f'(z) = 1 - a². Outputs 0 at z = 0. */
    TANH,
    /** f(z) = max(0, z); f'(z) = 1 if z > 0 else 0 (0 at z = 0, as PyTorch). */
    RELU,
    /** f(z) = z if z > 0 else 0.01 z; f'(z) = 1 or 0.01. */
    LEAKY_RELU,
    /** f(z) = z; f'(z) = 1. */
    IDENTITY;

    /** Slope of {@link #LEAKY_RELU} for negative inputs. */
    public static final double LEAKY_SLOPE = 0.01;

    /** f(z). */
    public double apply(double z) {
        return switch (this) {
            case SIGMOID -> z >= 0 ? 1.0 / (1.0 + Math.exp(-z)) : Math.exp(z) / (1.0 + Math.exp(z));
            case TANH -> Math.tanh(z);
            case RELU -> z > 0 ? z : 0.0;
            case LEAKY_RELU -> z > 0 ? z : LEAKY_SLOPE * z;
            case IDENTITY -> z;
        };
    }

    /** f'(z), given both z and a = f(z). */
    public double derivative(double z, double a) {
        return switch (this) {
            case SIGMOID -> a * (1.0 - a);
            case TANH -> 1.0 - a * a;
            case RELU -> z > 0 ? 1.0 : 0.0;
            case LEAKY_RELU -> z > 0 ? 1.0 : LEAKY_SLOPE;
            case IDENTITY -> 1.0;
        };
    }
}
