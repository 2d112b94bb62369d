package org.epochlab.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.epochlab.data.DataFormatException;
import org.epochlab.data.Dataset;
import org.epochlab.engine.Samples;
import org.junit.jupiter.api.Test;

class ValidationFileTest {

    private static final Dataset MAIN = new Dataset("train.csv", List.of("x", "y"), List.of("cat", "dog", "owl"),
            Samples.of(new double[][] {{0, 0}, {1, 1}, {2, 2}}, new int[] {0, 1, 2}, 3));

    @Test
    void labelsAreRenumberedToTheMainDatasetsClasses() throws Exception {
        Dataset validation = new Dataset("val.csv", List.of("x", "y"), List.of("dog", "owl"),
                Samples.of(new double[][] {{5, 6}, {7, 8}, {9, 10}}, new int[] {0, 1, 0}, 2));

        Samples relabelled = ValidationFile.relabel(validation, MAIN);

        assertThat(relabelled.classes()).isEqualTo(3);
        assertThat(relabelled.labels()).containsExactly(1, 2, 1);
        assertThat(relabelled.feature(2, 1)).isEqualTo(10.0);
    }

    @Test
    void aLabelTheDatasetDoesNotHaveIsNamed() {
        Dataset validation = new Dataset("val.csv", List.of("x", "y"), List.of("cat", "emu"),
                Samples.of(new double[][] {{5, 6}, {7, 8}}, new int[] {0, 1}, 2));

        assertThatThrownBy(() -> ValidationFile.relabel(validation, MAIN))
                .isInstanceOf(DataFormatException.class)
                .hasMessage("validationCsv val.csv has the label 'emu', which dataset train.csv does not have"
                        + " (its labels: cat, dog, owl)");
    }

    @Test
    void aDifferentNumberOfColumnsIsNamed() {
        Dataset validation = new Dataset("val.csv", List.of("x"), List.of("cat", "dog"),
                Samples.of(new double[][] {{5}, {7}}, new int[] {0, 1}, 2));

        assertThatThrownBy(() -> ValidationFile.relabel(validation, MAIN))
                .isInstanceOf(DataFormatException.class)
                .hasMessage("validationCsv val.csv has 1 feature columns, but dataset train.csv has 2");
    }
}
