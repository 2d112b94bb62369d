package org.epochlab.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ActivationKernelsTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(Activation.class)
    void fusedLoopsAgreeWithTheActivationAndItsDerivative(Activation f) {
        double[] z = {-3.0, -0.5, 0.25, 2.0, 40.0, -40.0};
        double[] b = {0.1, -0.1, 0.0};
        double[] a = new double[6];
        double[] d = z.clone();

        ActivationKernels.forwardTraining(f, d, b, a, 2, 3, 0.0, null);

        for (int i = 0; i < 6; i++) {
            double x = z[i] + b[i % 3];
            assertThat(a[i]).isEqualTo(f.apply(x));
            assertThat(d[i]).isEqualTo(f.derivative(x, f.apply(x)));
        }
    }

    @Test
    void invertedDropoutZeroesAboutPAndScalesTheRestSoTheMeanIsKept() {
        int n = 100_000;
        double[] z = new double[n];
        double[] a = new double[n];
        java.util.Arrays.fill(z, 1.0);

        ActivationKernels.forwardTraining(Activation.IDENTITY, z, new double[n], a, 1, n, 0.25,
                new SplittableRandom(3));

        int dropped = 0;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            // kept units are scaled by 1 / (1 - 0.25); f' carries the same mask
            assertThat(a[i]).isIn(0.0, 1.0 / 0.75);
            assertThat(z[i]).isEqualTo(a[i]);
            dropped += a[i] == 0 ? 1 : 0;
            sum += a[i];
        }
        assertThat(dropped / (double) n).isCloseTo(0.25, within(0.01));
        assertThat(sum / n).isCloseTo(1.0, within(0.015));
    }

    @Test
    void inferenceHasNoDropout() {
        double[] z = {1.0, 2.0};
        double[] a = new double[2];
        ActivationKernels.forward(Activation.RELU, z, new double[2], a, 1, 2);
        assertThat(a).containsExactly(1.0, 2.0);
    }
}
