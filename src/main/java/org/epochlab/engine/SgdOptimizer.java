package org.epochlab.engine;

/** Plain stochastic gradient descent: θ ← θ - η g. Stateless. */
final class SgdOptimizer extends Optimizer {

    @Override
    void update(int slot, double[] theta, double[] grad, int from, int to, double lr) {
        for (int i = from; i < to; i++) {
            // θ ← θ - η g
            theta[i] -= lr * grad[i];
        }
    }
}
