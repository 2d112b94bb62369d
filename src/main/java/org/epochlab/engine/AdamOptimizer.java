package org.epochlab.engine;

/**
 * Adam (Kingma &amp; Ba 2015, PyTorch's {@code Adam} without weight decay): running averages of the
 * gradient (first moment m) and of its square (second moment v), both corrected for their start at
 * zero.
 * <pre>
 *   m ← β₁ m + (1 - β₁) g
 *   v ← β₂ v + (1 - β₂) g²
 *   m̂ = m / (1 - β₁ᵗ),  v̂ = v / (1 - β₂ᵗ)
 *   θ ← θ - η m̂ / (√v̂ + ε)
 * </pre>
 */
final class AdamOptimizer extends Optimizer {

    private final double beta1;
    private final double beta2;
    private final double epsilon;
    private final double[][] m;
    private final double[][] v;

    AdamOptimizer(double beta1, double beta2, double epsilon, int[] sizes) {
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.epsilon = epsilon;
        this.m = zeroState(sizes);
        this.v = zeroState(sizes);
    }

    @Override
    void update(int slot, double[] theta, double[] grad, int from, int to, double lr) {
        double[] ms = m[slot];
        double[] vs = v[slot];
        // bias corrections 1 - βᵗ for this step
        double c1 = 1 - Math.pow(beta1, step);
        double c2 = 1 - Math.pow(beta2, step);
        for (int i = from; i < to; i++) {
            double g = grad[i];
            // m ← β₁ m + (1 - β₁) g
            double mi = beta1 * ms[i] + (1 - beta1) * g;
            // v ← β₂ v + (1 - β₂) g²
            double vi = beta2 * vs[i] + (1 - beta2) * g * g;
            ms[i] = mi;
            vs[i] = vi;
            // θ ← θ - η m̂ / (√v̂ + ε)
            theta[i] -= lr * (mi / c1) / (Math.sqrt(vi / c2) + epsilon);
        }
    }
}
