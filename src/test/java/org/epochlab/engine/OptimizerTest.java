package org.epochlab.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each update rule on f(θ) = θ², gradient g = 2θ, from θ₀ = 1 (one slot of one value), three steps;
 * the expected values are worked out by hand below, step by step.
 */
class OptimizerTest {

    private static final double TOLERANCE = 1e-12;

    /** Three steps of {@code optimizer} from θ = 1 with g = 2θ. */
    private static double[] threeSteps(Optimizer optimizer, double lr) {
        double[] theta = {1.0};
        double[] grad = new double[1];
        double[] trace = new double[3];
        for (int t = 0; t < 3; t++) {
            grad[0] = 2 * theta[0];
            optimizer.beginStep();
            optimizer.update(0, theta, grad, 1, lr);
            trace[t] = theta[0];
        }
        return trace;
    }

    private static OptimizerSpec spec(OptimizerKind kind, double lr) {
        return OptimizerSpec.of(kind, lr);
    }

    @Test
    void sgdStepsAgainstTheGradient() {
        double[] theta = threeSteps(Optimizer.create(spec(OptimizerKind.SGD, 0.1), new int[] {1}), 0.1);
        // θ₁ = 1 - 0.1·2 = 0.8;  θ₂ = 0.8 - 0.1·1.6 = 0.64;  θ₃ = 0.64 - 0.1·1.28 = 0.512
        assertThat(theta[0]).isCloseTo(0.8, within(TOLERANCE));
        assertThat(theta[1]).isCloseTo(0.64, within(TOLERANCE));
        assertThat(theta[2]).isCloseTo(0.512, within(TOLERANCE));
    }

    @Test
    void momentumAccumulatesVelocity() {
        double[] theta = threeSteps(Optimizer.create(spec(OptimizerKind.MOMENTUM, 0.1), new int[] {1}), 0.1);
        // g₁ = 2,    v₁ = 2                      θ₁ = 1 - 0.1·2 = 0.8
        // g₂ = 1.6,  v₂ = 0.9·2 + 1.6 = 3.4      θ₂ = 0.8 - 0.1·3.4 = 0.46
        // g₃ = 0.92, v₃ = 0.9·3.4 + 0.92 = 3.98  θ₃ = 0.46 - 0.1·3.98 = 0.062
        assertThat(theta[0]).isCloseTo(0.8, within(TOLERANCE));
        assertThat(theta[1]).isCloseTo(0.46, within(TOLERANCE));
        assertThat(theta[2]).isCloseTo(0.062, within(TOLERANCE));
    }

    @Test
    void nesterovStepsAlongGradientPlusVelocity() {
        double[] theta = threeSteps(Optimizer.create(spec(OptimizerKind.NESTEROV, 0.1), new int[] {1}), 0.1);
        // g₁ = 2,      v₁ = 2                          θ₁ = 1 - 0.1·(2 + 0.9·2) = 0.62
        // g₂ = 1.24,   v₂ = 0.9·2 + 1.24 = 3.04        θ₂ = 0.62 - 0.1·(1.24 + 0.9·3.04) = 0.2224
        // g₃ = 0.4448, v₃ = 0.9·3.04 + 0.4448 = 3.1808 θ₃ = 0.2224 - 0.1·(0.4448 + 0.9·3.1808) = -0.108352
        assertThat(theta[0]).isCloseTo(0.62, within(TOLERANCE));
        assertThat(theta[1]).isCloseTo(0.2224, within(TOLERANCE));
        assertThat(theta[2]).isCloseTo(-0.108352, within(TOLERANCE));
    }

    @Test
    void rmsPropDividesByTheRootMeanSquare() {
        double[] theta = threeSteps(Optimizer.create(spec(OptimizerKind.RMSPROP, 0.01), new int[] {1}), 0.01);
        // α = 0.99, ε = 1e-8
        // g₁ = 2:  s₁ = 0.01·4 = 0.04, √s₁ = 0.2        θ₁ = 1 - 0.01·2 / (0.2 + 1e-8)
        double t1 = 1 - 0.02 / (0.2 + 1e-8);
        // g₂ = 2θ₁ ≈ 1.8: s₂ = 0.99·0.04 + 0.01·g₂²    θ₂ = θ₁ - 0.01·g₂ / (√s₂ + 1e-8)
        double g2 = 2 * t1;
        double s2 = 0.0396 + 0.01 * g2 * g2;
        double t2 = t1 - 0.01 * g2 / (Math.sqrt(s2) + 1e-8);
        // g₃ = 2θ₂: s₃ = 0.99·s₂ + 0.01·g₃²             θ₃ = θ₂ - 0.01·g₃ / (√s₃ + 1e-8)
        double g3 = 2 * t2;
        double s3 = 0.99 * s2 + 0.01 * g3 * g3;
        double t3 = t2 - 0.01 * g3 / (Math.sqrt(s3) + 1e-8);
        assertThat(t1).isCloseTo(0.9, within(1e-7));
        // in round numbers: s₂ = 0.0396 + 0.01·1.8² = 0.072, √s₂ = 0.268328, θ₂ = 0.9 - 0.018 / 0.268328 = 0.832918
        assertThat(t2).isCloseTo(0.832918, within(1e-6));
        assertThat(theta[0]).isCloseTo(t1, within(TOLERANCE));
        assertThat(theta[1]).isCloseTo(t2, within(TOLERANCE));
        assertThat(theta[2]).isCloseTo(t3, within(TOLERANCE));
    }

    @Test
    void adamTakesBiasCorrectedSteps() {
        double[] theta = threeSteps(Optimizer.create(spec(OptimizerKind.ADAM, 0.1), new int[] {1}), 0.1);
        // β₁ = 0.9, β₂ = 0.999, ε = 1e-8
        // t = 1, g = 2: m = 0.2, v = 0.004; m̂ = 0.2/0.1 = 2, v̂ = 0.004/0.001 = 4; θ₁ = 1 - 0.1·2/(2 + 1e-8)
        double t1 = 1 - 0.2 / (2 + 1e-8);
        // t = 2, g = 2θ₁: m = 0.9·0.2 + 0.1·g, v = 0.999·0.004 + 0.001·g²; m̂ = m/0.19, v̂ = v/0.001999
        double g2 = 2 * t1;
        double m2 = 0.18 + 0.1 * g2;
        double v2 = 0.003996 + 0.001 * g2 * g2;
        double t2 = t1 - 0.1 * (m2 / 0.19) / (Math.sqrt(v2 / 0.001999) + 1e-8);
        // t = 3, g = 2θ₂: 1 - 0.9³ = 0.271, 1 - 0.999³ = 0.002997001
        double g3 = 2 * t2;
        double m3 = 0.9 * m2 + 0.1 * g3;
        double v3 = 0.999 * v2 + 0.001 * g3 * g3;
        double t3 = t2 - 0.1 * (m3 / 0.271) / (Math.sqrt(v3 / 0.002997001) + 1e-8);
        // Adam's first step is η in size whatever the gradient's scale
        assertThat(t1).isCloseTo(0.9, within(1e-8));
        assertThat(theta[0]).isCloseTo(t1, within(TOLERANCE));
        assertThat(theta[1]).isCloseTo(t2, within(TOLERANCE));
        assertThat(theta[2]).isCloseTo(t3, within(TOLERANCE));
    }

    @Test
    void optimizerStateIsKeptPerSlot() {
        Optimizer optimizer = Optimizer.create(spec(OptimizerKind.MOMENTUM, 0.1), new int[] {1, 1});
        double[] a = {1.0};
        double[] b = {1.0};
        optimizer.beginStep();
        optimizer.update(0, a, new double[] {2.0}, 1, 0.1);
        optimizer.update(1, b, new double[] {-2.0}, 1, 0.1);
        optimizer.beginStep();
        optimizer.update(0, a, new double[] {0.0}, 1, 0.1);
        optimizer.update(1, b, new double[] {0.0}, 1, 0.1);
        // slot 0: v = 2 then 1.8, θ = 1 - 0.2 - 0.18 = 0.62; slot 1 mirrors it: 1 + 0.2 + 0.18 = 1.38
        assertThat(a[0]).isCloseTo(0.62, within(TOLERANCE));
        assertThat(b[0]).isCloseTo(1.38, within(TOLERANCE));
    }

    @Test
    void oneSgdEpochOfALinearSquaredErrorModelMatchesHandArithmetic() {
        // One example x = (1, 2), class 0 of 2; no hidden layer; identity output, ½‖ŷ - y‖², y = (1, 0).
        // W = 0, b = 0 ⇒ ŷ = (0, 0), δ = ŷ - y = (-1, 0); ∂L/∂W = xᵀ δ = [[-1, 0], [-2, 0]]; ∂L/∂b = (-1, 0)
        // L2 = 0.5 adds λ W = 0. After one step with η = 0.1: W = [[0.1, 0], [0.2, 0]], b = (0.1, 0).
        // Loss after: ŷ = (1·0.1 + 2·0.2 + 0.1, 0) = (0.6, 0), ℓ = ½ (0.6 - 1)² = 0.08.
        Samples one = Samples.of(new double[][] {{1, 2}}, new int[] {0}, 2);
        TrainerConfig config = new TrainerConfig(List.of(), Activation.IDENTITY, OutputLoss.IDENTITY_MSE,
                Initializer.zeros(), Initializer.zeros(), OptimizerSpec.of(OptimizerKind.SGD, 0.1), 0, 0.5, 0, 0, 1,
                false, EarlyStopping.off(), 1, 1);

        TrainingResult result = Trainer.run(config, one, null, null, TrainingListener.NONE, new TrainingControl());

        LayerWeights layer = result.finalWeights().layer(0);
        assertThat(layer.weightsRowMajor()).containsExactly(new double[] {0.1, 0, 0.2, 0}, within(TOLERANCE));
        assertThat(layer.biases()).containsExactly(new double[] {0.1, 0}, within(TOLERANCE));
        assertThat(result.history().get(0).trainLoss()).isCloseTo(0.08, within(TOLERANCE));
    }
}
