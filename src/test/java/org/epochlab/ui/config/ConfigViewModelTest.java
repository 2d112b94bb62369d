package org.epochlab.ui.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.epochlab.engine.InitScheme;
import org.epochlab.experiment.ConfigProblem;
import org.epochlab.experiment.ExperimentConfig;
import org.junit.jupiter.api.Test;

class ConfigViewModelTest {

    /** Stands in for the validator: one rule, so the test is about the mapping, not the rules. */
    private static List<ConfigProblem> positiveLearningRate(ExperimentConfig c) {
        return c.learningRate() > 0 ? List.of()
                : List.of(new ConfigProblem("learningRate", "learningRate must be > 0, got " + c.learningRate()));
    }

    private final ConfigViewModel vm = new ConfigViewModel(ExperimentConfig.defaults(),
            ConfigViewModelTest::positiveLearningRate);

    @Test
    void theDefaultsComeBackOutUnchanged() {
        assertThat(vm.configProperty().get()).isEqualTo(ExperimentConfig.defaults());
        assertThat(vm.validProperty().get()).isTrue();
        assertThat(vm.problemsProperty().get()).isEmpty();
    }

    @Test
    void aValidatorProblemIsFiledUnderItsKeyAndNoConfigIsMade() {
        vm.text("learningRate").set("-0.1");

        assertThat(vm.problemsProperty().get()).containsOnlyKeys("learningRate");
        assertThat(vm.problemsProperty().get().get("learningRate")).isEqualTo("learningRate must be > 0, got -0.1");
        assertThat(vm.configProperty().get()).isNull();
        assertThat(vm.validProperty().get()).isFalse();
    }

    @Test
    void fixingTheValueClearsTheProblemAndMakesTheConfig() {
        vm.text("learningRate").set("-0.1");
        vm.text("learningRate").set("0.05");

        assertThat(vm.problemsProperty().get()).isEmpty();
        assertThat(vm.configProperty().get().learningRate()).isEqualTo(0.05);
    }

    @Test
    void textThatIsNotANumberIsReportedWithTheKeyAndTheText() {
        vm.text("epochs").set("1.5");
        vm.text("noise").set("abc");

        assertThat(vm.problemsProperty().get())
                .containsEntry("epochs", "epochs must be a whole number, got '1.5'")
                .containsEntry("noise", "noise must be a number, got 'abc'");
        assertThat(vm.validProperty().get()).isFalse();
    }

    @Test
    void anEmptyFieldIsAProblem() {
        vm.text("patience").set("  ");

        assertThat(vm.problemsProperty().get()).containsOnlyKeys("patience");
    }

    @Test
    void anEmptyLabelColumnMeansTheLastColumn() {
        vm.text("labelColumn").set("species");
        assertThat(vm.configProperty().get().labelColumn()).isEqualTo("species");

        vm.text("labelColumn").set("  ");
        assertThat(vm.configProperty().get().labelColumn()).isNull();
    }

    @Test
    void fullBatchWritesBatchSizeZeroWhateverTheFieldSays() {
        vm.text("batchSize").set("not a number");
        vm.fullBatchProperty().set(true);

        assertThat(vm.problemsProperty().get()).isEmpty();
        assertThat(vm.configProperty().get().batchSize()).isZero();
    }

    @Test
    void keysTheFormDoesNotShowAreCarriedThroughFromTheLoadedConfig() {
        ExperimentConfig source = ExperimentConfig.defaults();
        ExperimentConfig custom = new ExperimentConfig(source.schemaVersion(), "my run", "iris", null, "species",
                source.samples(), source.noise(), source.classes(), 0.25, 0.15, false, List.of(8), "relu", "auto",
                "he_normal", 0.05, "constant", 0.1, "momentum", 0.003, 0.8, 0.95, 0.85, 0.99, 1e-7, 0, 50, false,
                0.001, 0.0001, 0.1, true, 7, 0.001, 3, false, 11, 12, 13, 14);

        vm.load(custom);

        assertThat(vm.configProperty().get()).isEqualTo(custom);
    }

    @Test
    void theSliderAndTheFieldShowTheSameLearningRate() {
        vm.learningRateExponentProperty().set(-3);
        assertThat(vm.text("learningRate").get()).isEqualTo("0.001");

        vm.text("learningRate").set("0.05");
        assertThat(vm.learningRateExponentProperty().get()).isCloseTo(Math.log10(0.05), org.assertj.core.data.Offset.offset(1e-12));
        assertThat(vm.configProperty().get().learningRate()).isEqualTo(0.05);
    }

    @Test
    void theRandomSideOfTheInitSwitchGoesBackToTheLastRandomScheme() {
        vm.weightInitProperty().set(InitScheme.HE_NORMAL);
        vm.setZeroInit(true);
        assertThat(vm.configProperty().get().weightInit()).isEqualTo("zeros");

        vm.setZeroInit(false);
        assertThat(vm.configProperty().get().weightInit()).isEqualTo("he_normal");
    }

    @Test
    void choosingAnotherDatasetSetsTheOutputBackToAuto() {
        vm.outputLossProperty().set("identity_mse");
        vm.datasetProperty().set("iris");

        assertThat(vm.configProperty().get().outputLoss()).isEqualTo("auto");
        assertThat(vm.configProperty().get().dataset()).isEqualTo("iris");
    }

    @Test
    void hiddenLayersCanBeAddedResizedAndRemoved() {
        vm.addHiddenLayer();
        vm.setHiddenUnits(2, 4);
        vm.removeHiddenLayer(0);

        assertThat(vm.configProperty().get().hiddenLayers()).containsExactly(16, 4);
    }

    @Test
    void whileARunExistsOnlyChangesOutsideLearningRateL2AndDropoutAreReported() {
        List<String> reported = new ArrayList<>();
        vm.setOnLockedEdit(reported::add);
        vm.runLockedProperty().set(true);

        vm.text("learningRate").set("0.02");
        vm.text("l2").set("0.001");
        vm.text("dropout").set("0.2");
        vm.addHiddenLayer();
        vm.text("initSeed").set("99");

        assertThat(reported).containsExactly("hiddenLayers", "initSeed");
    }

    @Test
    void restoringTheRunsKeysKeepsTheAdjustedLearningRate() {
        ExperimentConfig runConfig = vm.configProperty().get();
        vm.text("learningRate").set("0.002");
        vm.addHiddenLayer();

        vm.restoreFixedKeys(runConfig);

        assertThat(vm.configProperty().get().hiddenLayers()).isEqualTo(runConfig.hiddenLayers());
        assertThat(vm.configProperty().get().learningRate()).isEqualTo(0.002);
    }

    @Test
    void aNewSeedChangesOnlyThatSeed() {
        ExperimentConfig before = vm.configProperty().get();
        vm.text("shuffleSeed").set("4");
        do {
            vm.newSeed("shuffleSeed");
        } while (vm.configProperty().get().shuffleSeed() == 4);

        ExperimentConfig after = vm.configProperty().get();
        assertThat(after.shuffleSeed()).isPositive();
        assertThat(after.initSeed()).isEqualTo(before.initSeed());
        assertThat(after.splitSeed()).isEqualTo(before.splitSeed());
    }
}
