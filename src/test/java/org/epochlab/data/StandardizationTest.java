package org.epochlab.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.epochlab.engine.Samples;
import org.junit.jupiter.api.Test;

class StandardizationTest {

    private static final double EPS = 1e-12;

    @Test
    void fitsThePopulationMeanAndStandardDeviationOfEachColumn() {
        // column 0: 1, 2, 3, 6 → mean 3, variance (4 + 1 + 0 + 9) / 4 = 3.5
        // column 1: 10, 10, 10, 10 → constant
        Samples train = Samples.of(new double[][] {{1, 10}, {2, 10}, {3, 10}, {6, 10}}, new int[] {0, 1, 0, 1}, 2);

        Standardization fitted = Standardization.fit(train);

        assertThat(fitted.means()).containsExactly(new double[] {3, 10}, within(EPS));
        assertThat(fitted.standardDeviations()).containsExactly(new double[] {Math.sqrt(3.5), 0}, within(EPS));
        assertThat(fitted.isConstant(0)).isFalse();
        assertThat(fitted.isConstant(1)).isTrue();
    }

    @Test
    void aConstantColumnIsOnlyCentred() {
        Samples train = Samples.of(new double[][] {{1, 0.1}, {3, 0.1}}, new int[] {0, 1}, 2);
        Samples other = Samples.of(new double[][] {{5, 2.1}}, new int[] {1}, 2);

        Samples scaled = Standardization.fit(train).apply(other);

        // column 0: mean 2, sd 1 → (5 − 2) / 1; column 1: 0.1 constant → 2.1 − 0.1
        assertThat(scaled.feature(0, 0)).isCloseTo(3.0, within(EPS));
        assertThat(scaled.feature(0, 1)).isCloseTo(2.0, within(EPS));
    }

    @Test
    void theTrainingPartComesOutWithMeanZeroAndStandardDeviationOne() {
        Split split = Splitter.stratified(Generators.blobs(300, 0.4, 3, 5L).samples(), 0.2, 0.2, 5L);

        Samples train = Splitter.standardized(split).train();

        Standardization refit = Standardization.fit(train);
        assertThat(refit.means()).containsExactly(new double[] {0, 0}, within(1e-12));
        assertThat(refit.standardDeviations()).containsExactly(new double[] {1, 1}, within(1e-12));
    }

    @Test
    void validationAndTestAreScaledWithTheTrainingStatisticsOnly() {
        // training rows around 0 with sd 1; validation rows far away at 100 and test rows at −50
        Samples train = Samples.of(new double[][] {{-1}, {1}, {-1}, {1}}, new int[] {0, 0, 1, 1}, 2);
        Samples validation = Samples.of(new double[][] {{100}, {102}}, new int[] {0, 1}, 2);
        Samples test = Samples.of(new double[][] {{-50}}, new int[] {1}, 2);

        Split scaled = Splitter.standardized(new Split(train, validation, test));

        // fitted on validation itself these would be −1 and 1; with the training mean 0 and sd 1 they stay far
        assertThat(scaled.validation().feature(0, 0)).isCloseTo(100.0, within(EPS));
        assertThat(scaled.validation().feature(1, 0)).isCloseTo(102.0, within(EPS));
        assertThat(scaled.test().feature(0, 0)).isCloseTo(-50.0, within(EPS));
        assertThat(scaled.validation().labels()).containsExactly(0, 1);
    }

    @Test
    void scalingLeavesTheInputUntouched() {
        Samples train = Samples.of(new double[][] {{1, 2}, {3, 8}}, new int[] {0, 1}, 2);
        Samples copy = Samples.of(new double[][] {{1, 2}, {3, 8}}, new int[] {0, 1}, 2);

        Standardization.fit(train).apply(train);

        assertThat(train).isEqualTo(copy);
    }

    @Test
    void anEmptyPartStaysEmpty() {
        Samples train = Samples.of(new double[][] {{1}, {3}}, new int[] {0, 1}, 2);
        Samples empty = new Samples(new double[0], 0, 1, new int[0], 2);

        Split scaled = Splitter.standardized(new Split(train, empty, empty));

        assertThat(scaled.validation().isEmpty()).isTrue();
        assertThat(scaled.test().cols()).isEqualTo(1);
    }

    @Test
    void fittingOnAnEmptyTrainingPartIsRefused() {
        Samples empty = new Samples(new double[0], 0, 3, new int[0], 2);

        assertThatThrownBy(() -> Standardization.fit(empty))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot fit a standardization on an empty training part");
    }

    @Test
    void theFittedValuesCannotBeChangedFromOutside() {
        Samples train = Samples.of(new double[][] {{1}, {3}}, new int[] {0, 1}, 2);
        Standardization fitted = Standardization.fit(train);

        fitted.means()[0] = 99;

        assertThat(fitted.means()).containsExactly(2.0);
    }
}
