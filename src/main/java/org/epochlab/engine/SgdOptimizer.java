package org.epochlab.engine;

/** Plain stochastic gradient descent: θ ← θ - η g. Stateless. */
final class SgdOptimizer extends Optimizer {

    @Override
    void update(int slot, double[] theta, double[] grad, int length, double lr) {
        for (int i = 0; i < length; i++) {
            // θ ← θ - η g
            theta[i] -= lr * grad[i];
        }
    }
}
