package org.epochlab.engine;

/**
 * SGD with momentum μ, as PyTorch's {@code SGD(momentum=μ, dampening=0)}: the velocity
 * accumulates gradients, v ← μ v + g, starting from v = g at the first step (the same as v₀ = 0).
 * <ul>
 *   <li>classical: θ ← θ - η v</li>
 *   <li>Nesterov ({@code nesterov=True}): θ ← θ - η (g + μ v), a step that looks ahead along the velocity</li>
 * </ul>
 */
final class MomentumOptimizer extends Optimizer {

    private final double mu;
    private final boolean nesterov;
    private final double[][] velocity;

    MomentumOptimizer(double mu, int[] sizes, boolean nesterov) {
        this.mu = mu;
        this.nesterov = nesterov;
        this.velocity = zeroState(sizes);
    }

    @Override
    void update(int slot, double[] theta, double[] grad, int from, int to, double lr) {
        double[] v = velocity[slot];
        for (int i = from; i < to; i++) {
            double g = grad[i];
            // v ← μ v + g
            double vi = mu * v[i] + g;
            v[i] = vi;
            // θ ← θ - η v   or, Nesterov, θ ← θ - η (g + μ v)
            theta[i] -= lr * (nesterov ? g + mu * vi : vi);
        }
    }
}
