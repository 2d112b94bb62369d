package org.epochlab.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConfigJsonTest {

    @Test
    void theDefaultsSurviveARoundTrip() throws Exception {
        ExperimentConfig config = ExperimentConfig.defaults();

        assertThat(ConfigJson.read(ConfigJson.write(config), "test")).isEqualTo(config);
    }

    @Test
    void aConfigWithEveryKeyChangedSurvivesARoundTrip() throws Exception {
        ExperimentConfig config = ConfigOverrides.apply(ExperimentConfig.defaults(), "name=a \"quoted\" run",
                "dataset=/tmp/my data.csv", "validationCsv=/tmp/val.csv", "labelColumn=species", "samples=123",
                "noise=0.125", "classes=4", "validationFraction=0.15", "testFraction=0.1", "standardize=false",
                "hiddenLayers=3,5,7", "activation=leaky_relu", "outputLoss=identity_mse", "weightInit=normal",
                "weightInitParam=0.3", "biasInit=constant", "biasInitParam=-0.1", "optimizer=rmsprop",
                "learningRate=0.1234567890123", "momentum=0.5", "rho=0.95", "beta1=0.8", "beta2=0.99",
                "epsilon=1e-7", "batchSize=0", "epochs=77", "shuffle=false", "l1=0.001", "l2=0.002", "dropout=0.25",
                "earlyStopping=true", "patience=7", "minDelta=0.0001", "startFromEpoch=3", "restoreBestWeights=false",
                "splitSeed=-5", "dataSeed=9007199254740993", "initSeed=0", "shuffleSeed=" + Long.MAX_VALUE);

        assertThat(ConfigJson.read(ConfigJson.write(config), "test")).isEqualTo(config);
    }

    @Test
    void everyPresetSurvivesARoundTrip() throws Exception {
        for (Preset preset : Presets.all()) {
            assertThat(ConfigJson.read(ConfigJson.write(preset.config()), preset.name())).isEqualTo(preset.config());
        }
    }

    @Test
    void theFileIsPrettyPrintedWithOneKeyPerLineInTableOrder() {
        List<String> lines = ConfigJson.write(ExperimentConfig.defaults()).lines().toList();

        assertThat(lines.get(0)).isEqualTo("{");
        assertThat(lines.get(1)).isEqualTo("  \"schemaVersion\" : 1,");
        assertThat(lines.get(2)).isEqualTo("  \"name\" : \"moons\",");
        assertThat(lines).contains("  \"validationCsv\" : null,", "  \"learningRate\" : 0.01,",
                "  \"shuffleSeed\" : 4");
        assertThat(lines.get(lines.size() - 1)).isEqualTo("}");
    }

    @Test
    void missingKeysTakeTheirDefaults() throws Exception {
        ExperimentConfig config = ConfigJson.read("{\"epochs\": 500, \"hiddenLayers\": [64, 64]}", "c.json");

        assertThat(config.epochs()).isEqualTo(500);
        assertThat(config.hiddenLayers()).containsExactly(64, 64);
        assertThat(config.learningRate()).isEqualTo(ExperimentConfig.defaults().learningRate());
        assertThat(config.dataset()).isEqualTo(ExperimentConfig.defaults().dataset());
    }

    @Test
    void anEmptyObjectIsTheDefaults() throws Exception {
        assertThat(ConfigJson.read("{}", "c.json")).isEqualTo(ExperimentConfig.defaults());
    }

    @Test
    void anUnknownKeyIsNamedWithTheClosestKnownOne() {
        assertThatThrownBy(() -> ConfigJson.read("{\"lerningRate\": 0.1}", "c.json"))
                .isInstanceOf(ConfigException.class)
                .hasMessage("c.json: unknown key 'lerningRate'; did you mean 'learningRate'?");
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            epochs        | "100"        | c.json: epochs must be an integer, got "100"
            epochs        | 100.5        | c.json: epochs must be an integer, got 100.5
            epochs        | 1e20         | c.json: epochs must be an integer, got 1.0E20
            epochs        | 9999999999   | c.json: epochs must be an integer from 1 to 100000, got 9999999999
            epochs        | null         | c.json: epochs must be an integer, got null
            learningRate  | "fast"       | c.json: learningRate must be a number, got "fast"
            standardize   | "yes"        | c.json: standardize must be true or false, got "yes"
            standardize   | 1            | c.json: standardize must be true or false, got 1
            hiddenLayers  | 64           | c.json: hiddenLayers must be a list of integers, got 64
            hiddenLayers  | ["64"]       | c.json: hiddenLayers must be a list of integers, got ["64"]
            hiddenLayers  | [1.5]        | c.json: hiddenLayers must be a list of integers, got [1.5]
            activation    | 3            | c.json: activation must be a string, got 3
            activation    | null         | c.json: activation must be a string, got null
            validationCsv | 7            | c.json: validationCsv must be a string or null, got 7
            splitSeed     | 1.5          | c.json: splitSeed must be an integer, got 1.5
            """)
    void aValueOfTheWrongTypeIsNamedWithTheTypeExpected(String key, String json, String message) {
        assertThatThrownBy(() -> ConfigJson.read("{\"" + key + "\": " + json + "}", "c.json"))
                .isInstanceOf(ConfigException.class)
                .hasMessage(message);
    }

    @Test
    void aNewerSchemaVersionSaysWhichVersionIsSupported() {
        assertThatThrownBy(() -> ConfigJson.read("{\"schemaVersion\": 2}", "c.json"))
                .isInstanceOf(ConfigException.class)
                .hasMessage("c.json has schemaVersion 2, written by a newer Epoch Lab; this one reads schemaVersion 1");
    }

    @Test
    void anUnknownSchemaVersionSaysWhichVersionIsSupported() {
        assertThatThrownBy(() -> ConfigJson.read("{\"schemaVersion\": 0}", "c.json"))
                .hasMessage("c.json has schemaVersion 0, which is unknown; this Epoch Lab reads schemaVersion 1");
        assertThatThrownBy(() -> ConfigJson.read("{\"schemaVersion\": \"1\"}", "c.json"))
                .hasMessage("c.json: schemaVersion must be an integer; this Epoch Lab reads schemaVersion 1, got \"1\"");
    }

    @Test
    void brokenJsonIsReportedWithLineAndColumn() {
        assertThatThrownBy(() -> ConfigJson.read("{\n  \"epochs\": 10,\n  \"l2\" 0.1\n}", "c.json"))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("c.json line 3, column 8: not valid JSON (");
    }

    @Test
    void aDuplicatedKeyIsRejected() {
        assertThatThrownBy(() -> ConfigJson.read("{\"epochs\": 10, \"epochs\": 20}", "c.json"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("c.json line 1").hasMessageContaining("epochs");
    }

    @Test
    void textAfterTheObjectIsRejected() {
        assertThatThrownBy(() -> ConfigJson.read("{\"epochs\": 10} {}", "c.json"))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("c.json line 1");
    }

    @Test
    void anEmptyFileOrANonObjectIsRejected() {
        assertThatThrownBy(() -> ConfigJson.read("  ", "c.json"))
                .hasMessage("c.json is empty; a config is a JSON object such as {\"epochs\": 100}");
        assertThatThrownBy(() -> ConfigJson.read("[1, 2]", "c.json"))
                .hasMessage("c.json must hold a JSON object of config keys, got array");
    }

    @Test
    void aMissingFileIsNamed(@TempDir Path dir) {
        Path missing = dir.resolve("nope.json");

        assertThatThrownBy(() -> ConfigJson.read(missing))
                .isInstanceOf(ConfigException.class)
                .hasMessage("config file " + missing + " does not exist");
    }

    @Test
    void aFolderIsNotAConfigFile(@TempDir Path dir) {
        assertThatThrownBy(() -> ConfigJson.read(dir))
                .isInstanceOf(ConfigException.class)
                .hasMessage("config file " + dir + " cannot be read: it is a folder");
    }

    @Test
    void aFileReadsLikeItsText(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("c.json");
        Files.writeString(file, "{\"epochs\": 42}");

        assertThat(ConfigJson.read(file).epochs()).isEqualTo(42);
        assertThatThrownBy(() -> ConfigJson.read(writeText(dir, "{\"epoch\": 42}")))
                .hasMessage(dir.resolve("bad.json") + ": unknown key 'epoch'; did you mean 'epochs'?");
    }

    private static Path writeText(Path dir, String text) throws Exception {
        return Files.writeString(dir.resolve("bad.json"), text);
    }
}
