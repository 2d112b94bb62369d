package org.epochlab.ui.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.epochlab.data.Dataset;
import org.epochlab.engine.Samples;
import org.junit.jupiter.api.Test;

class DatasetSummaryTest {

    private static Dataset dataset(double[][] x, int[] labels, int classes, List<String> features) {
        List<String> classNames = java.util.stream.IntStream.range(0, classes).mapToObj(i -> "c" + i).toList();
        return new Dataset("test", features, classNames, Samples.of(x, labels, classes));
    }

    @Test
    void theFactsLineCountsRowsFeaturesAndClasses() {
        double[][] x = new double[1500][4];
        int[] labels = new int[1500];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = i % 3;
        }

        assertThat(DatasetSummary.facts(dataset(x, labels, 3, List.of("a", "b", "c", "d"))))
                .isEqualTo("1,500 rows × 4 features, 3 classes");
    }

    @Test
    void aTwoDimensionalSetGetsAScatterPlotAndOthersDoNot() {
        Dataset flat = dataset(new double[][] {{0, 0}, {1, 1}}, new int[] {0, 1}, 2, List.of("x", "y"));
        Dataset wide = dataset(new double[][] {{0, 0, 0}, {1, 1, 1}}, new int[] {0, 1}, 2, List.of("x", "y", "z"));

        assertThat(DatasetSummary.of("flat", flat, 40).scatter()).isNotNull();
        assertThat(DatasetSummary.of("wide", wide, 40).scatter()).isNull();
    }

    @Test
    void eachPointIsDrawnInItsClassColourAtItsCornerOfThePlot() {
        Samples two = Samples.of(new double[][] {{0, 0}, {1, 1}}, new int[] {0, 1}, 2);
        int size = 40;

        int[] px = ScatterImage.pixels(two, size);

        // (0, 0) is the bottom-left corner, (1, 1) the top-right, each 3 pixels in from the frame
        assertThat(px[(size - 1 - 3) * size + 3]).isEqualTo(ScatterImage.CLASS_COLOURS[0]);
        assertThat(px[3 * size + size - 1 - 3]).isEqualTo(ScatterImage.CLASS_COLOURS[1]);
        assertThat(px[size / 2 * size + size / 2]).isEqualTo(0xFFFFFFFF);
    }
}
