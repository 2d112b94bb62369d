package org.epochlab.engine;

import java.util.SplittableRandom;

/**
 * Fused element-wise loops for hidden layers: bias, activation, derivative and dropout in one pass
 * over a rows × units block (row-major), with the activation chosen once per block rather than per
 * element.
 */
final class ActivationKernels {

    private ActivationKernels() {
    }

    /**
     * Inference: A = f(Z + b), with b added to every row.
     *
     * @param z pre-activations without bias. Not modified.
     * @param a activations. Modified.
     */
    static void forward(Activation f, double[] z, double[] b, double[] a, int rows, int units) {
        apply(f, z, b, a, null, rows, units);
    }

    /**
     * Training pass: A = f(Z + b) ⊙ M and, in place of Z, D = f'(Z + b) ⊙ M, where M is the inverted
     * dropout mask (each unit kept with probability 1 - p and then scaled by 1 / (1 - p), so that
     * E[A] matches inference; all ones when p = 0). Backprop then needs only dZ = dA ⊙ D.
     *
     * @param z pre-activations without bias in, D out. Modified.
     * @param a activations. Modified.
     */
    static void forwardTraining(Activation f, double[] z, double[] b, double[] a, int rows, int units,
                                double dropout, SplittableRandom rng) {
        apply(f, z, b, a, z, rows, units);
        if (dropout > 0) {
            double scale = 1.0 / (1.0 - dropout);
            int n = rows * units;
            for (int i = 0; i < n; i++) {
                if (rng.nextDouble() < dropout) {
                    a[i] = 0.0;
                    z[i] = 0.0;
                } else {
                    a[i] *= scale;
                    z[i] *= scale;
                }
            }
        }
    }

    /** a = f(z + b); if {@code d} is not null, also d = f'(z + b) (d may be z itself). */
    private static void apply(Activation f, double[] z, double[] b, double[] a, double[] d, int rows, int units) {
        int done = 0;
        if (MatrixKernels.VECTORIZED && VectorActivations.handles(f)) {
            done = VectorActivations.apply(f, z, b, a, d, rows, units);
        }
        if (done == units) {
            return;
        }
        for (int r = 0; r < rows; r++) {
            for (int j = done, i = r * units + done; j < units; j++, i++) {
                double x = z[i] + b[j];
                double y;
                double dy;
                switch (f) {
                    case SIGMOID -> {
                        double e = Math.exp(-Math.abs(x));
                        y = x >= 0 ? 1.0 / (1.0 + e) : e / (1.0 + e);
                        dy = y * (1.0 - y);
                    }
                    case TANH -> {
                        y = Math.tanh(x);
                        dy = 1.0 - y * y;
                    }
                    case RELU -> {
                        y = x > 0 ? x : 0.0;
                        dy = x > 0 ? 1.0 : 0.0;
                    }
                    case LEAKY_RELU -> {
                        y = x > 0 ? x : Activation.LEAKY_SLOPE * x;
                        dy = x > 0 ? 1.0 : Activation.LEAKY_SLOPE;
                    }
                    default -> {
                        y = x;
                        dy = 1.0;
                    }
                }
                a[i] = y;
                if (d != null) {
                    d[i] = dy;
                }
            }
        }
    }
}
