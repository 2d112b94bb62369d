package org.epochlab.engine;

/**
 * An update rule applied to every parameter tensor of a network. The network calls
 * {@link #beginStep()} once per mini-batch, then {@link #update} once per tensor (slot) with the
 * gradient of that batch, penalty included.
 *
 * <p>Life cycle: all state (velocities, squared-gradient averages, moments) is allocated once in the
 * constructor, one array per slot, sized like the tensor; {@link #update} allocates nothing. The
 * learning rate is passed to every update so that it may change between epochs without touching
 * the state.
 */
abstract class Optimizer {

    /** 1-based count of steps taken so far (t in the formulas); 0 before the first step. */
    protected long step;

    /** Starts the next update: t ← t + 1. */
    final void beginStep() {
        step++;
    }

    /** Number of steps taken. */
    final long steps() {
        return step;
    }

    /**
     * Updates {@code theta} in place from {@code grad}.
     *
     * @param slot  the tensor's index (fixed per tensor: 2 l for layer l's weights, 2 l + 1 for its bias)
     * @param theta the parameters. Modified.
     * @param grad  the gradient of the loss (penalty included). Not modified.
     * @param lr    η, the learning rate in force
     */
    final void update(int slot, double[] theta, double[] grad, int length, double lr) {
        update(slot, theta, grad, 0, length, lr);
    }

    /**
     * Updates elements [from, to) of {@code theta} as {@link #update(int, double[], double[], int, double)}
     * does. Each element's update reads only that element's gradient and state, so disjoint ranges of
     * one step may run on different threads with the same result.
     */
    abstract void update(int slot, double[] theta, double[] grad, int from, int to, double lr);

    /**
     * Builds the optimizer for {@code spec}, with state for tensors of the given sizes.
     *
     * @param sizes number of values in each slot's tensor
     */
    static Optimizer create(OptimizerSpec spec, int[] sizes) {
        return switch (spec.kind()) {
            case SGD -> new SgdOptimizer();
            case MOMENTUM -> new MomentumOptimizer(spec.momentum(), sizes, false);
            case NESTEROV -> new MomentumOptimizer(spec.momentum(), sizes, true);
            case RMSPROP -> new RmsPropOptimizer(spec.rho(), spec.epsilon(), sizes);
            case ADAM -> new AdamOptimizer(spec.beta1(), spec.beta2(), spec.epsilon(), sizes);
        };
    }

    static double[][] zeroState(int[] sizes) {
        double[][] state = new double[sizes.length][];
        for (int i = 0; i < sizes.length; i++) {
            state[i] = new double[sizes[i]];
        }
        return state;
    }
}
