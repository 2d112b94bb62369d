package org.epochlab.engine;

/**
 * An initialization scheme with its parameter (c for constant, a for uniform, σ for normal; ignored
 * by the others).
 */
public record Initializer(InitScheme scheme, double parameter) {

    public Initializer {
        if (scheme == null) {
            throw new IllegalArgumentException("initializer scheme is missing");
        }
        if (!Double.isFinite(parameter)) {
            throw new IllegalArgumentException("initializer parameter must be a finite number, got " + parameter);
        }
        if ((scheme == InitScheme.UNIFORM || scheme == InitScheme.NORMAL) && parameter < 0) {
            throw new IllegalArgumentException(scheme + " needs a parameter ≥ 0, got " + parameter);
        }
    }

    public static Initializer zeros() {
        return new Initializer(InitScheme.ZEROS, 0);
    }

    public static Initializer of(InitScheme scheme) {
        return new Initializer(scheme, defaultParameter(scheme));
    }

    /** The parameter a scheme gets when none is given: c = 0.5, a = 0.05, σ = 0.05. */
    public static double defaultParameter(InitScheme scheme) {
        return switch (scheme) {
            case CONSTANT -> 0.5;
            case UNIFORM, NORMAL -> 0.05;
            default -> 0.0;
        };
    }
}
