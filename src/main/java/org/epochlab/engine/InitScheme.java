package org.epochlab.engine;

/**
 * Weight or bias initialization schemes. fan_in and fan_out are a layer's input and output widths.
 * Each scheme's distribution follows PyTorch's {@code torch.nn.init} / Keras definitions.
 */
public enum InitScheme {
    /** Every value 0: makes all hidden neurons of a layer identical (the symmetry lesson). */
    ZEROS(false),
    /** Every value c (the parameter). Symmetric like zeros, but non-zero. */
    CONSTANT(true),
    /** U(-a, a), a = the parameter. */
    UNIFORM(true),
    /** N(0, σ²), σ = the parameter. */
    NORMAL(true),
    /** Glorot/Xavier uniform: U(-a, a), a = sqrt(6 / (fan_in + fan_out)). */
    GLOROT_UNIFORM(false),
    /** Glorot/Xavier normal: N(0, 2 / (fan_in + fan_out)). */
    GLOROT_NORMAL(false),
    /** He/Kaiming uniform: U(-a, a), a = sqrt(6 / fan_in). */
    HE_UNIFORM(false),
    /** He/Kaiming normal: N(0, 2 / fan_in). */
    HE_NORMAL(false),
    /** LeCun normal: N(0, 1 / fan_in). */
    LECUN_NORMAL(false);

    private final boolean takesParameter;

    InitScheme(boolean takesParameter) {
        this.takesParameter = takesParameter;
    }

    /** Whether the scheme reads {@link Initializer#parameter()}. */
    public boolean takesParameter() {
        return takesParameter;
    }
}
