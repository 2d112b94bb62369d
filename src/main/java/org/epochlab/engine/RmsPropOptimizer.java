package org.epochlab.engine;

/**
 * RMSProp as PyTorch's {@code RMSprop(alpha=α, eps=ε, centered=False, momentum=0)}: each weight's
 * step is divided by a running root-mean-square of its recent gradients, so steep and flat
 * directions move at similar speeds.
 * <pre>
 *   s ← α s + (1 - α) g²
 *   θ ← θ - η g / (√s + ε)
 * </pre>
 */
final class RmsPropOptimizer extends Optimizer {

    private final double alpha;
    private final double epsilon;
    private final double[][] meanSquare;

    RmsPropOptimizer(double alpha, double epsilon, int[] sizes) {
        this.alpha = alpha;
        this.epsilon = epsilon;
        this.meanSquare = zeroState(sizes);
    }

    @Override
    void update(int slot, double[] theta, double[] grad, int from, int to, double lr) {
        double[] s = meanSquare[slot];
        for (int i = from; i < to; i++) {
            double g = grad[i];
            // s ← α s + (1 - α) g²
            double si = alpha * s[i] + (1 - alpha) * g * g;
            s[i] = si;
            // θ ← θ - η g / (√s + ε)
            theta[i] -= lr * g / (Math.sqrt(si) + epsilon);
        }
    }
}
