package org.epochlab.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatasetCatalogTest {

    @Test
    void listsGeneratedSetsBeforeBundledOnes() {
        assertThat(DatasetCatalog.builtInNames()).containsExactly("circles", "xor", "blobs", "moons", "spiral",
                "iris", "wine", "breast-cancer", "digits");
    }

    @Test
    void everyBuiltInSetHasADescription() {
        for (String name : DatasetCatalog.builtInNames()) {
            assertThat(DatasetCatalog.describe(name)).endsWith(".");
        }
    }

    @ParameterizedTest(name = "{0} is generated: {1}")
    @CsvSource({"circles, true", "XOR, true", "spiral, true", "iris, false", "digits, false", "data.csv, false"})
    void tellsGeneratedSetsFromOthers(String name, boolean generated) {
        assertThat(DatasetCatalog.isGenerated(name)).isEqualTo(generated);
    }

    @ParameterizedTest(name = "{0} loads with {1} rows, {2} features, {3} classes")
    @CsvSource({"iris, 150, 4, 3", "wine, 178, 13, 3", "breast-cancer, 569, 30, 2", "digits, 1797, 64, 10",
            "moons, 200, 2, 2", "blobs, 200, 2, 4", "spiral, 200, 2, 4", "circles, 200, 2, 2", "xor, 200, 2, 2"})
    void loadsEveryBuiltInSet(String name, int rows, int features, int classes) throws DataFormatException {
        Dataset data = DatasetCatalog.load(name, 200, 0.1, 4, 7L, null);

        assertThat(data.name()).isEqualTo(name);
        assertThat(data.size()).isEqualTo(rows);
        assertThat(data.features()).isEqualTo(features);
        assertThat(data.classes()).isEqualTo(classes);
    }

    @Test
    void bundledSetsComeFromTheClassPath() {
        assertThat(DatasetCatalog.class.getResource("/datasets/iris.csv")).isNotNull();
        assertThat(DatasetCatalog.class.getResource("/datasets/digits-8x8.csv.gz")).isNotNull();
        assertThat(DatasetCatalog.class.getResource("/datasets/README.md")).isNotNull();
    }

    @Test
    void readsAnyOtherNameAsACsvPathWithTheGivenLabelColumn(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("tiny.csv");
        Files.writeString(csv, "kind,a,b\nx,1,2\ny,3,4\nx,5,6\ny,7,8\n");

        Dataset data = DatasetCatalog.load(csv.toString(), 0, 0, 0, 0L, "kind");

        assertThat(data.name()).isEqualTo("tiny.csv");
        assertThat(data.featureNames()).containsExactly("a", "b");
        assertThat(data.classNames()).containsExactly("x", "y");
    }

    @Test
    void aNameThatIsNeitherBuiltInNorAFileListsTheBuiltInOnes() {
        assertThatThrownBy(() -> DatasetCatalog.load("mnist", 100, 0.1, 2, 1L, null))
                .isInstanceOf(DataFormatException.class)
                .hasMessage("'mnist' is neither a built-in dataset (circles, xor, blobs, moons, spiral, iris, wine,"
                        + " breast-cancer, digits) nor an existing file");
    }

    @Test
    void aMissingCsvPathIsNamed(@TempDir Path dir) throws IOException {
        Path missing = dir.resolve("gone.csv");

        assertThatThrownBy(() -> DatasetCatalog.load(missing.toString(), 100, 0.1, 2, 1L, null))
                .isInstanceOf(DataFormatException.class)
                .hasMessage(missing + " does not exist");
    }

    @Test
    void creditsNameTheRepositoryAndLicenseForEveryBundledSet() {
        assertThat(DatasetCredits.all()).hasSize(4)
                .allSatisfy(line -> assertThat(line).contains("UCI Machine Learning Repository", "CC BY 4.0"));
        assertThat(DatasetCredits.of("iris")).contains("Fisher");
        assertThat(DatasetCredits.of("moons")).isNull();
        assertThat(DatasetCredits.text()).contains("https://creativecommons.org/licenses/by/4.0/");
    }
}
