package org.epochlab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Backpropagation against central finite differences, ∂L/∂θ ≈ (L(θ + h) - L(θ - h)) / 2h, on a
 * 3 → 4 → 3 → k network over five examples, for every parameter of every layer.
 */
class GradientCheckTest {

    /** Step of the central difference: truncation error O(h²) ≈ 1e-10, rounding ≈ 1e-16 / h ≈ 1e-11. */
    private static final double H = 1e-5;
    /**
     * Denominator floor of the relative error |a - n| / max(|a|, |n|, floor): gradients smaller than
     * this are compared absolutely, since no difference quotient resolves them relatively.
     */
    private static final double FLOOR = 1e-4;

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (Activation activation : Activation.values()) {
            for (OutputLoss loss : OutputLoss.values()) {
                for (int classes : loss == OutputLoss.SIGMOID_BINARY_CROSS_ENTROPY ? new int[] {2, 3} : new int[] {3}) {
                    cases.add(Arguments.of(activation, loss, classes, 0.0, 0.0));
                    cases.add(Arguments.of(activation, loss, classes, 0.01, 0.0));
                    cases.add(Arguments.of(activation, loss, classes, 0.0, 0.05));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} hidden, {1} with {2} classes, L1 {3}, L2 {4}")
    @MethodSource("cases")
    void backpropagatedGradientsMatchCentralDifferences(Activation activation, OutputLoss loss, int classes,
                                                        double l1, double l2) {
        double worst = maxRelativeError(activation, loss, classes, l1, l2);

        assertThat(worst).as("max relative error").isLessThan(1e-6);
    }

    /** The largest relative error over every weight and bias of the network. */
    static double maxRelativeError(Activation activation, OutputLoss loss, int classes, double l1, double l2) {
        Samples samples = samples(classes);
        Network network = networkAwayFromKinks(activation, loss, samples);
        network.load(samples, null, 0, samples.rows());
        network.computeGradients(0, null, l1, l2);
        double worst = 0;
        for (int l = 0; l < network.layerCount(); l++) {
            worst = Math.max(worst, worstError(network, samples, network.weights[l],
                    network.weightGradients[l].copy(), l1, l2));
            worst = Math.max(worst, worstError(network, samples, network.biases[l],
                    network.biasGradients[l].copy(), l1, l2));
        }
        return worst;
    }

    private static double worstError(Network network, Samples samples, DMatrixRMaj parameter, DMatrixRMaj analytic,
                                     double l1, double l2) {
        double worst = 0;
        for (int i = 0; i < parameter.getNumElements(); i++) {
            double saved = parameter.data[i];
            parameter.data[i] = saved + H;
            double plus = totalLoss(network, samples, l1, l2);
            parameter.data[i] = saved - H;
            double minus = totalLoss(network, samples, l1, l2);
            parameter.data[i] = saved;
            double numeric = (plus - minus) / (2 * H);
            double a = analytic.data[i];
            double error = Math.abs(a - numeric) / Math.max(FLOOR, Math.max(Math.abs(a), Math.abs(numeric)));
            worst = Math.max(worst, error);
        }
        return worst;
    }

    /** L = mean ℓ + λ₁ Σ|W| + ½ λ₂ Σ W². */
    private static double totalLoss(Network network, Samples samples, double l1, double l2) {
        network.load(samples, null, 0, samples.rows());
        return network.score(null) / samples.rows() + network.penalty(l1, l2);
    }

    private static Samples samples(int classes) {
        double[][] x = {
            {0.5, -1.2, 0.3}, {-0.7, 0.4, 1.1}, {1.5, 0.2, -0.6}, {-0.3, -0.9, -1.4}, {0.8, 1.3, 0.1}};
        int[] labels = new int[x.length];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = i % classes;
        }
        return Samples.of(x, labels, classes);
    }

    /**
     * Weights drawn U(±0.8) with every |w| ≥ 0.05 (so L1's kink at 0 is out of reach of ±h), from the
     * first seed for which every hidden pre-activation is at least 1e-3 away from 0 (ReLU's kink).
     */
    private static Network networkAwayFromKinks(Activation activation, OutputLoss loss, Samples samples) {
        int[] widths = {3, 4, 3, loss.outputUnits(samples.classes())};
        for (long seed = 1; ; seed++) {
            Network network = new Network(widths, activation, loss, samples.rows());
            Initializer init = new Initializer(InitScheme.UNIFORM, 0.8);
            network.initialize(init, init, new SplittableRandom(seed));
            for (DMatrixRMaj w : network.weights) {
                for (int i = 0; i < w.getNumElements(); i++) {
                    if (Math.abs(w.data[i]) < 0.05) {
                        w.data[i] = w.data[i] < 0 ? -0.05 : 0.05;
                    }
                }
            }
            if (hiddenPreActivationsClearOfZero(network, activation, samples, 1e-3)) {
                return network;
            }
        }
    }

    /** A plain forward pass, written out independently, to look at every hidden z. */
    private static boolean hiddenPreActivationsClearOfZero(Network network, Activation activation, Samples samples,
                                                           double margin) {
        for (int r = 0; r < samples.rows(); r++) {
            double[] a = new double[samples.cols()];
            for (int c = 0; c < a.length; c++) {
                a[c] = samples.feature(r, c);
            }
            for (int l = 0; l < network.layerCount() - 1; l++) {
                DMatrixRMaj w = network.weights[l];
                double[] next = new double[w.numCols];
                for (int j = 0; j < w.numCols; j++) {
                    double z = network.biases[l].data[j];
                    for (int i = 0; i < w.numRows; i++) {
                        z += a[i] * w.get(i, j);
                    }
                    if (Math.abs(z) < margin) {
                        return false;
                    }
                    next[j] = activation.apply(z);
                }
                a = next;
            }
        }
        return true;
    }
}
