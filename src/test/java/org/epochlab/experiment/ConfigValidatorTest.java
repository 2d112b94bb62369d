package org.epochlab.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConfigValidatorTest {

    private static List<ConfigProblem> problems(String... assignments) throws ConfigException {
        return ConfigValidator.check(ConfigOverrides.apply(ExperimentConfig.defaults(), assignments));
    }

    @Test
    void theDefaultsAndEveryPresetHaveNoProblems() {
        assertThat(ConfigValidator.check(ExperimentConfig.defaults())).isEmpty();
        for (Preset preset : Presets.all()) {
            assertThat(ConfigValidator.check(preset.config())).as(preset.name()).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            learningRate=0          | learningRate   | learningRate must be in (0, 10], got 0.0
            learningRate=10.5       | learningRate   | learningRate must be in (0, 10], got 10.5
            learningRate=-0.1       | learningRate   | learningRate must be in (0, 10], got -0.1
            epochs=0                | epochs         | epochs must be an integer from 1 to 100000, got 0
            epochs=100001           | epochs         | epochs must be an integer from 1 to 100000, got 100001
            batchSize=-1            | batchSize      | batchSize must be an integer from 0 to 1000000, got -1
            patience=-1             | patience       | patience must be an integer from 0 to 100000, got -1
            dropout=0.96            | dropout        | dropout must be in [0, 0.95], got 0.96
            dropout=-0.1            | dropout        | dropout must be in [0, 0.95], got -0.1
            momentum=1              | momentum       | momentum must be in [0, 1), got 1.0
            beta2=1                 | beta2          | beta2 must be in [0, 1), got 1.0
            epsilon=0               | epsilon        | epsilon must be in (0, 1], got 0.0
            l2=-0.01                | l2             | l2 must be in [0, 10], got -0.01
            samples=5               | samples        | samples must be an integer from 10 to 100000, got 5
            classes=1               | classes        | classes must be an integer from 2 to 10, got 1
            noise=-1                | noise          | noise must be in [0, 10], got -1.0
            testFraction=1          | testFraction   | testFraction must be in [0, 1), got 1.0
            hiddenLayers=0          | hiddenLayers   | hiddenLayers: layer 1 must have 1 to 1024 units, got 0
            hiddenLayers=16,1025    | hiddenLayers   | hiddenLayers: layer 2 must have 1 to 1024 units, got 1025
            hiddenLayers=1,1,1,1,1,1,1,1,1 | hiddenLayers | hiddenLayers must have at most 8 layers, got 9
            activation=softmax      | activation     | activation must be one of sigmoid, tanh, relu, leaky_relu, identity; got 'softmax'
            outputLoss=mse          | outputLoss     | outputLoss must be one of auto, softmax_cross_entropy, sigmoid_binary_cross_entropy, identity_mse; got 'mse'
            optimizer=Adam          | optimizer      | optimizer must be one of sgd, momentum, nesterov, rmsprop, adam; got 'Adam'
            weightInit=xavier       | weightInit     | weightInit must be one of zeros, constant, uniform, normal, glorot_uniform, glorot_normal, he_uniform, he_normal, lecun_normal; got 'xavier'
            dataset=                | dataset        | dataset must be non-empty text, got ''
            """)
    void aValueOutOfRangeIsNamedWithWhatIsAllowed(String assignment, String key, String message) throws Exception {
        assertThat(problems(assignment)).containsExactly(new ConfigProblem(key, message));
    }

    @Test
    void aBlankLabelColumnIsAProblemButNoneIsAllowed() throws Exception {
        ExperimentConfig blank = ConfigJson.read("{\"labelColumn\": \"  \"}", "c.json");

        assertThat(ConfigValidator.check(blank)).containsExactly(new ConfigProblem("labelColumn",
                "labelColumn must be non-empty text, or null for none, got '  '"));
        assertThat(ConfigValidator.check(ConfigJson.read("{\"labelColumn\": null}", "c.json"))).isEmpty();
    }

    @Test
    void theEdgesOfEachRangeAreAllowed() throws Exception {
        assertThat(problems("learningRate=10", "epochs=1", "dropout=0.95", "batchSize=0", "patience=0",
                "hiddenLayers=1024,1,1,1,1,1,1,1", "validationFraction=0", "testFraction=0")).isEmpty();
        assertThat(problems("epochs=100000", "hiddenLayers=", "epsilon=1", "momentum=0")).isEmpty();
    }

    @Test
    void validationAndTestFractionsMustLeaveDataToTrainOn() throws Exception {
        assertThat(problems("validationFraction=0.5", "testFraction=0.5")).containsExactly(new ConfigProblem(
                "validationFraction", "validationFraction + testFraction must be below 1 (some data must be left to"
                        + " train on), got 0.5 + 0.5"));
        assertThat(problems("validationFraction=0.5", "testFraction=0.49")).isEmpty();
    }

    @Test
    void aSeparateValidationFileLeavesOnlyTheTestFractionToCheck() throws Exception {
        assertThat(problems("validationCsv=val.csv", "validationFraction=0.6", "testFraction=0.5")).isEmpty();
    }

    @Test
    void earlyStoppingNeedsAValidationSplit() throws Exception {
        assertThat(problems("earlyStopping=true", "validationFraction=0")).containsExactly(new ConfigProblem(
                "earlyStopping", "earlyStopping needs a validation split: set validationFraction above 0 or give a"
                        + " validationCsv"));
        assertThat(problems("earlyStopping=true", "validationFraction=0", "validationCsv=val.csv")).isEmpty();
        assertThat(problems("earlyStopping=true", "validationFraction=0.1")).isEmpty();
    }

    @Test
    void aGeneratedSetWithAClassCountNeedsTwoSamplesPerClass() throws Exception {
        assertThat(problems("dataset=spiral", "classes=10", "samples=19")).containsExactly(new ConfigProblem(
                "samples", "samples must be at least 2 per class (20 for 10 classes of spiral), got 19"));
        assertThat(problems("dataset=spiral", "classes=10", "samples=20")).isEmpty();
        assertThat(problems("dataset=moons", "classes=10", "samples=10")).isEmpty();
    }

    @Test
    void theSpreadOfUniformAndNormalCannotBeNegative() throws Exception {
        assertThat(problems("weightInit=uniform", "weightInitParam=-0.1")).containsExactly(new ConfigProblem(
                "weightInitParam", "weightInitParam is a of uniform and must be ≥ 0, got -0.1"));
        assertThat(problems("biasInit=normal", "biasInitParam=-1")).containsExactly(new ConfigProblem(
                "biasInitParam", "biasInitParam is σ of normal and must be ≥ 0, got -1.0"));
        assertThat(problems("weightInit=constant", "weightInitParam=-0.1")).isEmpty();
    }

    @Test
    void everyProblemIsReportedInKeyOrder() throws Exception {
        List<ConfigProblem> found = problems("shuffleSeed=1", "epochs=0", "learningRate=0", "samples=1",
                "earlyStopping=true", "validationFraction=0");

        assertThat(found).extracting(ConfigProblem::key)
                .containsExactly("samples", "learningRate", "epochs", "earlyStopping");
        assertThat(ConfigValidator.describe(found)).startsWith("samples must be").contains("; learningRate must be");
    }

    @Test
    void missingTextIsAProblemNotACrash() {
        ExperimentConfig d = ExperimentConfig.defaults();
        ExperimentConfig nulls = new ExperimentConfig(d.schemaVersion(), null, null, null, null, d.samples(),
                d.noise(), d.classes(), d.validationFraction(), d.testFraction(), d.standardize(), null, null, null,
                null, d.weightInitParam(), null, d.biasInitParam(), null, Double.NaN, d.momentum(), d.rho(),
                d.beta1(), d.beta2(), d.epsilon(), d.batchSize(), d.epochs(), d.shuffle(), d.l1(), d.l2(),
                d.dropout(), d.earlyStopping(), d.patience(), d.minDelta(), d.startFromEpoch(),
                d.restoreBestWeights(), d.splitSeed(), d.dataSeed(), d.initSeed(), d.shuffleSeed());

        assertThat(ConfigValidator.check(nulls)).extracting(ConfigProblem::key).containsExactly("name", "dataset",
                "activation", "outputLoss", "weightInit", "biasInit", "optimizer", "learningRate");
        assertThat(ConfigValidator.check(nulls)).extracting(ConfigProblem::message)
                .contains("learningRate must be in (0, 10], got NaN", "activation must be one of sigmoid, tanh, relu,"
                        + " leaky_relu, identity; got null");
    }
}
