package org.epochlab.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.epochlab.engine.Samples;
import org.junit.jupiter.api.Test;

class BenchWorkloadTest {

    @Test
    void theDigitsWorkloadSplitsTheBundledDigitsEightyTwentyWithPixelsScaledToOne() {
        Samples[] split = BenchWorkload.named("digits-64x64").data();

        // 1797 rows: int(1797 × 0.8) = 1437 train, 360 validation
        assertThat(split[0].rows()).isEqualTo(1437);
        assertThat(split[1].rows()).isEqualTo(360);
        assertThat(split[0].cols()).isEqualTo(64);
        assertThat(split[0].classes()).isEqualTo(10);
        double max = 0;
        for (int r = 0; r < split[0].rows(); r++) {
            for (int c = 0; c < 64; c++) {
                max = Math.max(max, split[0].feature(r, c));
            }
        }
        assertThat(max).isEqualTo(1.0);
    }

    @Test
    void theSpiralHasTwoThousandPointsPerArmWithRadiiEvenlySpacedFromZeroToOne() {
        Samples spiral = BenchWorkload.spiral(6000, 3, 0.2, 1);

        assertThat(spiral.rows()).isEqualTo(6000);
        assertThat(spiral.labels()).containsOnly(0, 1, 2);
        // the first point of each arm has r = 0, the last r = 1
        assertThat(spiral.feature(0, 0)).isZero();
        assertThat(spiral.feature(2000, 1)).isZero();
        double r = Math.hypot(spiral.feature(1999, 0), spiral.feature(1999, 1));
        assertThat(r).isCloseTo(1.0, within(1e-12));
        double middle = Math.hypot(spiral.feature(1000, 0), spiral.feature(1000, 1));
        assertThat(middle).isCloseTo(1000.0 / 1999, within(1e-12));
    }

    @Test
    void theGaussianLabelIsTheArgMaxOfTheFeaturesTimesAHiddenMatrix() {
        Samples gaussian = BenchWorkload.gaussian(300, 20, 4, 2);

        assertThat(gaussian.rows()).isEqualTo(300);
        assertThat(gaussian.cols()).isEqualTo(20);
        assertThat(gaussian.classes()).isEqualTo(4);
        // with a random W every class wins for some rows
        assertThat(gaussian.labels()).contains(0, 1, 2, 3);
    }

    @Test
    void theSplitIsAPermutationOfTheRows() {
        Samples all = BenchWorkload.gaussian(50, 3, 2, 5);
        Samples[] split = BenchWorkload.splitEightyTwenty(all);

        assertThat(split[0].rows()).isEqualTo(40);
        assertThat(split[1].rows()).isEqualTo(10);
        double total = 0;
        double splitTotal = 0;
        for (int r = 0; r < 50; r++) {
            total += all.feature(r, 0);
        }
        for (Samples part : split) {
            for (int r = 0; r < part.rows(); r++) {
                splitTotal += part.feature(r, 0);
            }
        }
        assertThat(splitTotal).isCloseTo(total, within(1e-9));
        assertThat(split[0].feature(0, 0)).isNotEqualTo(all.feature(0, 0));
    }

    @Test
    void anUnknownWorkloadNamesTheKnownOnes() {
        assertThatThrownBy(() -> BenchWorkload.named("mnist"))
                .hasMessage("no workload named 'mnist'; the workloads are digits-64x64, spiral-256x256, wide-784x256");
    }

    @Test
    void theWideWorkloadCountsItsMatrixProductFlops() {
        Samples train = BenchWorkload.gaussian(8, 784, 10, 1);
        Samples validation = BenchWorkload.gaussian(2, 784, 10, 1);

        // s = 784·256 + 256·10 = 203,264; s' = 2,560; 8 (2 s + s') + 10 s multiply-adds, 2 flops each
        double expected = 2.0 * (8 * (2 * 203_264 + 2_560) + 10 * 203_264) / 1e9;
        assertThat(EngineBenchmark.gflopPerEpoch(BenchWorkload.named("wide-784x256"), train, validation))
                .isCloseTo(expected, within(1e-15));
    }
}
