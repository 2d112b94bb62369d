package org.epochlab.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WeightInitializerTest {

    private static final int N = 40_000;
    private static final int FAN_IN = 30;
    private static final int FAN_OUT = 20;

    private static double[] draw(InitScheme scheme, double parameter) {
        double[] values = new double[N];
        WeightInitializer.fill(new Initializer(scheme, parameter), values, N, FAN_IN, FAN_OUT, new SplittableRandom(5));
        return values;
    }

    private static double standardDeviation(double[] v) {
        double mean = 0;
        for (double x : v) {
            mean += x / v.length;
        }
        double var = 0;
        for (double x : v) {
            var += (x - mean) * (x - mean) / v.length;
        }
        return Math.sqrt(var);
    }

    /**
     * Expected σ per scheme for fan_in 30, fan_out 20: Glorot 2/(30+20) = 0.04, He 2/30, LeCun 1/30;
     * uniform U(-a, a) has σ = a/√3.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            UNIFORM,        0.3, 0.17320508, 0.3
            NORMAL,         0.2, 0.2,        0
            GLOROT_UNIFORM, 0,   0.2,        0.34641016
            GLOROT_NORMAL,  0,   0.2,        0
            HE_UNIFORM,     0,   0.25819889, 0.44721360
            HE_NORMAL,      0,   0.25819889, 0
            LECUN_NORMAL,   0,   0.18257419, 0
            """)
    void drawsHaveTheSchemesSpreadAndBound(InitScheme scheme, double parameter, double sigma, double bound) {
        double[] values = draw(scheme, parameter);

        // the sample σ of 40 000 draws is within 2 % of σ with overwhelming probability
        assertThat(standardDeviation(values)).isCloseTo(sigma, within(0.02 * sigma));
        if (bound > 0) {
            for (double v : values) {
                assertThat(Math.abs(v)).isLessThanOrEqualTo(bound);
            }
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"ZEROS, 0, 0", "CONSTANT, 0.7, 0.7"})
    void symmetricSchemesFillOneValue(InitScheme scheme, double parameter, double value) {
        assertThat(draw(scheme, parameter)).containsOnly(value);
    }
}
