package org.epochlab.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class MinMaxDownsamplerTest {

    @Test
    void keepsEveryPointWhenThereAreAtMostTwoPerColumn() {
        double[] x = {1, 2, 3, 4, 5};
        double[] y = {5, 4, 3, 2, 1};

        PlotPoints p = MinMaxDownsampler.downsample(x, y, 5, 0, 5, 3);

        assertThat(p.size()).isEqualTo(5);
        assertThat(p.y(4)).isEqualTo(1);
    }

    @Test
    void keepsTheMinimumAndMaximumOfEachColumnAndNoMoreThanTwoPointsPerColumn() {
        int n = 10_000;
        int columns = 100;
        double[] x = new double[n];
        double[] y = new double[n];
        Random random = new Random(3);
        for (int i = 0; i < n; i++) {
            x[i] = i + 1;
            y[i] = random.nextDouble();
        }

        PlotPoints p = MinMaxDownsampler.downsample(x, y, n, 0, n, columns);

        assertThat(p.size()).isLessThanOrEqualTo(2 * columns);
        List<Double> kept = new ArrayList<>();
        for (int i = 0; i < p.size(); i++) {
            kept.add(p.y(i));
            if (i > 0) {
                assertThat(p.x(i)).isGreaterThan(p.x(i - 1));
            }
        }
        for (int c = 0; c < columns; c++) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                int column = Math.min(columns - 1, (int) (x[i] * columns / n));
                if (column == c) {
                    min = Math.min(min, y[i]);
                    max = Math.max(max, y[i]);
                }
            }
            assertThat(kept).contains(min, max);
        }
    }

    @Test
    void keepsASpikeThatFallsBetweenOtherPoints() {
        int n = 5_000;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i + 1;
            y[i] = 1.0;
        }
        y[2_345] = 40;

        PlotPoints p = MinMaxDownsampler.downsample(x, y, n, 0, n, 50);

        boolean spike = false;
        for (int i = 0; i < p.size(); i++) {
            spike |= p.y(i) == 40 && p.x(i) == 2_346;
        }
        assertThat(spike).isTrue();
    }

    @Test
    void leavesOutValuesThatCannotBeDrawn() {
        double[] x = {1, 2, 3, 4};
        double[] y = {1, Double.NaN, Double.NEGATIVE_INFINITY, 2};

        PlotPoints p = MinMaxDownsampler.downsample(x, y, 4, 0, 4, 100);

        assertThat(p.size()).isEqualTo(2);
        assertThat(p.x(1)).isEqualTo(4);
    }
}
