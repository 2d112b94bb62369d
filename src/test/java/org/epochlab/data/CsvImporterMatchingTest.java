package org.epochlab.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvImporterMatchingTest {

    @TempDir
    Path dir;

    private Dataset training() throws IOException, DataFormatException {
        Path file = Files.writeString(dir.resolve("train.csv"), "a,b,label\n1,2,cat\n3,4,dog\n5,6,bird\n7,8,cat\n"
                + "1,1,dog\n2,2,bird\n");
        return CsvImporter.read(file, null);
    }

    private Path validation(String text) throws IOException {
        return Files.writeString(dir.resolve("val.csv"), text);
    }

    @Test
    void labelsIndexTheTrainingClassesWhateverTheirOrderInTheFile() throws Exception {
        Dataset train = training();

        Dataset val = CsvImporter.readMatching(validation("a,b,label\n9,9,bird\n8,8,cat\n"), train, null);

        assertThat(train.classNames()).containsExactly("cat", "dog", "bird");
        assertThat(val.classNames()).isEqualTo(train.classNames());
        assertThat(val.samples().labels()).containsExactly(2, 0);
        assertThat(val.samples().feature(0, 0)).isEqualTo(9.0);
    }

    @Test
    void aSingleClassAndASingleRowAreFine() throws Exception {
        Dataset val = CsvImporter.readMatching(validation("a,b,label\n9,9,dog\n"), training(), null);

        assertThat(val.size()).isEqualTo(1);
        assertThat(val.classes()).isEqualTo(3);
        assertThat(val.samples().label(0)).isEqualTo(1);
    }

    @Test
    void numericLabelsMatchByValue() throws Exception {
        Path trainFile = Files.writeString(dir.resolve("train.csv"), "a,label\n1,1\n2,2\n3,1\n4,2\n");
        Dataset train = CsvImporter.read(trainFile, null);

        Dataset val = CsvImporter.readMatching(validation("a,label\n5,2.0\n6,1.00\n"), train, null);

        assertThat(val.samples().labels()).containsExactly(1, 0);
    }

    @Test
    void aClassTheTrainingDataDoesNotHaveIsReportedWhereItFirstOccurs() throws Exception {
        Path file = validation("a,b,label\n9,9,cat\n8,8,cow\n7,7,cow\n");

        Dataset train = training();
        assertThatThrownBy(() -> CsvImporter.readMatching(file, train, null))
                .isInstanceOf(DataFormatException.class)
                .hasMessage("val.csv line 3, column 3 (label): class 'cow' does not occur in train.csv"
                        + " (its classes are cat, dog, bird)");
    }

    @Test
    void differentFeatureColumnsAreReported() throws Exception {
        Path file = validation("b,a,label\n9,9,cat\n");

        Dataset train = training();
        assertThatThrownBy(() -> CsvImporter.readMatching(file, train, null))
                .isInstanceOf(DataFormatException.class)
                .hasMessage("val.csv: the feature columns differ from train.csv's; expected a, b, found b, a");
    }

    @Test
    void theCatalogReadsAMatchingFileByPath() throws Exception {
        Path file = validation("a,b,label\n9,9,bird\n");

        Dataset val = DatasetCatalog.loadMatching(file.toString(), training(), "label");

        assertThat(val.samples().labels()).containsExactly(2);
    }

    @Test
    void theCatalogNamesAMissingMatchingFile() throws Exception {
        Path missing = dir.resolve("none.csv");

        Dataset train = training();
        assertThatThrownBy(() -> DatasetCatalog.loadMatching(missing.toString(), train, null))
                .isInstanceOf(DataFormatException.class)
                .hasMessage(missing + " does not exist");
    }
}
