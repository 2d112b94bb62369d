package org.epochlab.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class DebiasedEmaTest {

    @Test
    void smoothsAShortSequenceAsComputedByHand() {
        // w = 0.5: s1 = 0.5, s2 = 1.25, s3 = 2.125; debiased by 1 - 0.5^t = 0.5, 0.75, 0.875
        double[] smoothed = DebiasedEma.smooth(new double[] {1, 2, 3}, 0.5);

        assertThat(smoothed[0]).isCloseTo(1.0, within(1e-12));
        assertThat(smoothed[1]).isCloseTo(1.25 / 0.75, within(1e-12));
        assertThat(smoothed[2]).isCloseTo(2.125 / 0.875, within(1e-12));
    }

    @Test
    void startsAtTheFirstValueInsteadOfBeingPulledTowardsZero() {
        double[] smoothed = DebiasedEma.smooth(new double[] {0.7, 0.6}, 0.9);

        // s1 = 0.07 / 0.1 = 0.7; s2 = (0.063 + 0.06) / 0.19
        assertThat(smoothed[0]).isCloseTo(0.7, within(1e-12));
        assertThat(smoothed[1]).isCloseTo(0.123 / 0.19, within(1e-12));
    }

    @Test
    void passesNonFiniteValuesThroughWithoutCountingThem() {
        double[] smoothed = DebiasedEma.smooth(new double[] {1, Double.NaN, 3}, 0.5);

        assertThat(smoothed[0]).isEqualTo(1.0);
        assertThat(smoothed[1]).isNaN();
        // the NaN is skipped: s2 = 0.5 * 0.5 + 0.5 * 3 = 1.75, debiased by 1 - 0.5^2
        assertThat(smoothed[2]).isCloseTo(1.75 / 0.75, within(1e-12));
    }

    @Test
    void leavesValuesUnchangedAtWeightZero() {
        double[] values = {0.9, 0.1, 0.5};

        assertThat(DebiasedEma.smooth(values, 0)).containsExactly(values);
    }

    @Test
    void leavesAConstantSeriesExactlyAsItIs() {
        assertThat(DebiasedEma.smooth(new double[] {0.3, 0.3, 0.3}, 0.95)).containsExactly(0.3, 0.3, 0.3);
    }

    @Test
    void rejectsAWeightOfOneOrMore() {
        assertThatThrownBy(() -> DebiasedEma.smooth(new double[] {1}, 1.0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("got 1.0");
    }
}
