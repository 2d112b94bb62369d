package org.epochlab.engine;

/**
 * The output layer and its loss, which always come as a matched pair so that the gradient of the
 * loss with respect to the output pre-activation is simply {@code (ŷ - y) / batch}.
 */
public enum OutputLoss {
    /** Softmax over k ≥ 2 outputs, loss = -mean(log ŷ[label]). Targets: class index. */
    SOFTMAX_CROSS_ENTROPY,
    /**
     * Sigmoid on each output, loss = -mean over samples of Σ_j [y log ŷ + (1-y) log(1-ŷ)]. With two
     * classes the network has a single output unit and y = label; with k > 2, one unit per class
     * and one-hot targets.
     */
    SIGMOID_BINARY_CROSS_ENTROPY,
    /**
     * Identity outputs, loss = mean over samples of ½ Σ_j (ŷ_j - y_j)² against one-hot targets (the
     * ½ makes the gradient ŷ - y).
     */
    IDENTITY_MSE;

    /** Number of output units for a classification task with {@code classes} classes. */
    public int outputUnits(int classes) {
        return this == SIGMOID_BINARY_CROSS_ENTROPY && classes == 2 ? 1 : classes;
    }
}
