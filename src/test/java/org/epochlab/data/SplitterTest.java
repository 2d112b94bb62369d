package org.epochlab.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;

import org.epochlab.engine.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SplitterTest {

    /** 3 classes of 50, 30 and 20 rows; feature 0 is the row number, so rows can be traced. */
    private static Samples unbalanced() {
        int n = 100;
        double[][] x = new double[n][2];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            x[i][0] = i;
            x[i][1] = i % 7;
            labels[i] = i < 50 ? 0 : i < 80 ? 1 : 2;
        }
        return Samples.of(x, labels, 3);
    }

    private static int[] counts(Samples s) {
        int[] counts = new int[s.classes()];
        for (int i = 0; i < s.rows(); i++) {
            counts[s.label(i)]++;
        }
        return counts;
    }

    @Test
    void eachClassIsDividedInTheGivenFractions() {
        Split split = Splitter.stratified(unbalanced(), 0.2, 0.1, 42L);

        // per class: test round(n·0.1), validation round(n·0.2), train the rest
        assertThat(counts(split.test())).containsExactly(5, 3, 2);
        assertThat(counts(split.validation())).containsExactly(10, 6, 4);
        assertThat(counts(split.train())).containsExactly(35, 21, 14);
    }

    @ParameterizedTest(name = "validation {0}, test {1}: every part within one example of each class's share")
    @CsvSource({"0.2, 0.2", "0.15, 0.15", "0.33, 0.1", "0.05, 0.45", "0.1, 0.0", "0.0, 0.3"})
    void everyPartKeepsTheClassProportionsWithinOneExample(double validation, double test) {
        Samples all = unbalanced();
        int[] total = counts(all);
        Split split = Splitter.stratified(all, validation, test, 3L);

        for (int c = 0; c < total.length; c++) {
            assertThat((double) counts(split.validation())[c]).isCloseTo(total[c] * validation, within(1.0));
            assertThat((double) counts(split.test())[c]).isCloseTo(total[c] * test, within(1.0));
            assertThat((double) counts(split.train())[c]).isCloseTo(total[c] * (1 - validation - test), within(1.0));
        }
    }

    @Test
    void everyRowLandsInExactlyOnePart() {
        Split split = Splitter.stratified(unbalanced(), 0.25, 0.25, 9L);

        double[] ids = concat(column0(split.train()), column0(split.validation()), column0(split.test()));
        Arrays.sort(ids);
        double[] expected = new double[100];
        Arrays.setAll(expected, i -> i);
        assertThat(ids).containsExactly(expected);
    }

    @Test
    void rowsKeepTheirLabels() {
        Split split = Splitter.stratified(unbalanced(), 0.2, 0.2, 5L);

        for (Samples part : new Samples[] {split.train(), split.validation(), split.test()}) {
            for (int i = 0; i < part.rows(); i++) {
                int row = (int) part.feature(i, 0);
                assertThat(part.label(i)).isEqualTo(row < 50 ? 0 : row < 80 ? 1 : 2);
                assertThat(part.feature(i, 1)).isEqualTo(row % 7);
            }
        }
    }

    @Test
    void theSameSeedGivesTheSameSplitAndAnotherSeedADifferentOne() {
        Samples all = unbalanced();

        Split a = Splitter.stratified(all, 0.2, 0.2, 11L);
        Split b = Splitter.stratified(all, 0.2, 0.2, 11L);
        Split c = Splitter.stratified(all, 0.2, 0.2, 12L);

        assertThat(a).isEqualTo(b);
        assertThat(column0(c.train())).isNotEqualTo(column0(a.train()));
    }

    @Test
    void partsAreNotOrderedByClass() {
        Split split = Splitter.stratified(unbalanced(), 0.2, 0.2, 1L);

        int[] labels = split.train().labels();
        int[] sorted = labels.clone();
        Arrays.sort(sorted);
        assertThat(labels).isNotEqualTo(sorted);
    }

    @Test
    void aZeroFractionGivesAnEmptyPart() {
        Split split = Splitter.stratified(unbalanced(), 0.0, 0.0, 1L);

        assertThat(split.train().rows()).isEqualTo(100);
        assertThat(split.validation().isEmpty()).isTrue();
        assertThat(split.test().isEmpty()).isTrue();
        assertThat(split.validation().cols()).isEqualTo(2);
    }

    @Test
    void theTrainingPartKeepsARowOfEveryClassEvenWhenRoundingWouldTakeIt() {
        // class 1 has 2 rows; 0.3 + 0.3 would round to one validation and one test row
        Samples small = Samples.of(new double[][] {{0}, {1}, {2}, {3}, {4}, {5}, {6}, {7}},
                new int[] {0, 0, 0, 0, 0, 0, 1, 1}, 2);

        Split split = Splitter.stratified(small, 0.3, 0.3, 1L);

        assertThat(counts(split.train())[1]).isEqualTo(1);
        assertThat(split.train().rows() + split.validation().rows() + split.test().rows()).isEqualTo(8);
    }

    @ParameterizedTest(name = "validation {0}, test {1} is refused: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            -0.1 | 0.2 | validation fraction must be in [0, 1), got -0.1
            1.0  | 0.0 | validation fraction must be in [0, 1), got 1.0
            0.2  | NaN | test fraction must be in [0, 1), got NaN
            0.6  | 0.4 | validation + test fractions must be below 1, got 0.6 + 0.4
            """)
    void refusesFractionsOutsideTheirRange(double validation, double test, String message) {
        assertThatThrownBy(() -> Splitter.stratified(unbalanced(), validation, test, 1L))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    private static double[] column0(Samples s) {
        double[] column = new double[s.rows()];
        Arrays.setAll(column, i -> s.feature(i, 0));
        return column;
    }

    private static double[] concat(double[]... parts) {
        return Arrays.stream(parts).flatMapToDouble(Arrays::stream).toArray();
    }
}
