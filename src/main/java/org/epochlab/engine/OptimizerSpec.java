package org.epochlab.engine;

/**
 * An optimizer and its hyper-parameters, with PyTorch's definitions (g = gradient including the
 * penalty terms, θ = parameter, η = learning rate, t = 1-based update count):
 * <ul>
 *   <li>SGD: θ ← θ - η g</li>
 *   <li>MOMENTUM (PyTorch SGD with momentum μ, dampening 0): v ← μ v + g (v₀ = g at t = 1); θ ← θ - η v</li>
 *   <li>NESTEROV (PyTorch SGD nesterov=True): v ← μ v + g (v₀ = g); θ ← θ - η (g + μ v)</li>
 *   <li>RMSPROP (PyTorch RMSprop, α = rho, centered=False): s ← α s + (1-α) g²; θ ← θ - η g / (√s + ε)</li>
 *   <li>ADAM: m ← β₁ m + (1-β₁) g; v ← β₂ v + (1-β₂) g²; m̂ = m / (1-β₁ᵗ); v̂ = v / (1-β₂ᵗ);
 *       θ ← θ - η m̂ / (√v̂ + ε)</li>
 * </ul>
 *
 * @param momentum μ for MOMENTUM and NESTEROV
 * @param rho      α, the decay of the squared-gradient average for RMSPROP (PyTorch's default 0.99)
 */
public record OptimizerSpec(OptimizerKind kind, double learningRate, double momentum, double rho,
                            double beta1, double beta2, double epsilon) {

    public OptimizerSpec {
        if (kind == null) {
            throw new IllegalArgumentException("optimizer is missing");
        }
        require(learningRate > 0 && Double.isFinite(learningRate), "learning rate must be > 0", learningRate);
        require(momentum >= 0 && momentum < 1, "momentum must be in [0, 1)", momentum);
        require(rho >= 0 && rho < 1, "rho must be in [0, 1)", rho);
        require(beta1 >= 0 && beta1 < 1, "beta1 must be in [0, 1)", beta1);
        require(beta2 >= 0 && beta2 < 1, "beta2 must be in [0, 1)", beta2);
        require(epsilon > 0 && Double.isFinite(epsilon), "epsilon must be > 0", epsilon);
    }

    /** PyTorch's defaults for the given kind and learning rate (μ 0.9, α 0.99, β 0.9/0.999, ε 1e-8). */
    public static OptimizerSpec of(OptimizerKind kind, double learningRate) {
        return new OptimizerSpec(kind, learningRate, 0.9, 0.99, 0.9, 0.999, 1e-8);
    }

    public OptimizerSpec withLearningRate(double lr) {
        return new OptimizerSpec(kind, lr, momentum, rho, beta1, beta2, epsilon);
    }

    private static void require(boolean ok, String what, double value) {
        if (!ok) {
            throw new IllegalArgumentException(what + ", got " + value);
        }
    }
}
