package org.epochlab.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CsvImporterRealFilesTest {

    private static final Path ASSETS = Path.of("assets", "datasets");

    static Stream<Arguments> realFiles() {
        return Stream.of(
                Arguments.of("iris.csv", 150, 4, List.of("setosa", "versicolor", "virginica"), new int[] {50, 50, 50}),
                Arguments.of("wine.csv", 178, 13, List.of("class_0", "class_1", "class_2"), new int[] {59, 71, 48}),
                Arguments.of("breast-cancer.csv", 569, 30, List.of("malignant", "benign"), new int[] {212, 357}),
                Arguments.of("digits-8x8.csv.gz", 1797, 64, List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"),
                        new int[] {178, 182, 177, 183, 181, 182, 181, 179, 174, 180}));
    }

    @ParameterizedTest(name = "{0} has {1} rows, {2} features and its classes in order")
    @MethodSource("realFiles")
    void readsEachBundledFileWithItsRowsFeaturesAndClasses(String file, int rows, int features, List<String> classes,
                                                           int[] counts) throws DataFormatException {
        Dataset data = CsvImporter.read(ASSETS.resolve(file), null);

        assertThat(data.name()).isEqualTo(file);
        assertThat(data.size()).isEqualTo(rows);
        assertThat(data.features()).isEqualTo(features);
        assertThat(data.classNames()).containsExactlyElementsOf(classes);
        assertThat(data.classCounts()).containsExactly(counts);
        assertThat(Arrays.stream(data.classCounts()).sum()).isEqualTo(rows);
    }

    @Test
    void irisFirstRowAndFeatureNamesAreReadAsWritten() throws DataFormatException {
        Dataset iris = CsvImporter.read(ASSETS.resolve("iris.csv"), null);

        assertThat(iris.featureNames()).containsExactly("sepal_length_cm", "sepal_width_cm", "petal_length_cm",
                "petal_width_cm");
        double[] first = new double[4];
        iris.samples().copyRow(0, first, 0);
        assertThat(first).containsExactly(5.1, 3.5, 1.4, 0.2);
        assertThat(iris.samples().label(0)).isZero();
        assertThat(iris.samples().label(149)).isEqualTo(2);
    }

    @Test
    void digitsPixelsStayWithinZeroToSixteen() throws DataFormatException {
        Dataset digits = CsvImporter.read(ASSETS.resolve("digits-8x8.csv.gz"), "label");

        assertThat(digits.featureNames()).startsWith("px0_0", "px0_1").endsWith("px7_7");
        for (int i = 0; i < digits.size(); i++) {
            for (int j = 0; j < digits.features(); j++) {
                assertThat(digits.samples().feature(i, j)).isBetween(0.0, 16.0);
            }
        }
    }
}
