package org.epochlab.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.epochlab.data.DataFormatException;
import org.epochlab.engine.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExperimentRunnerTest {

    @TempDir
    Path dir;

    private static ExperimentConfig config(String... assignments) throws ConfigException {
        return ConfigOverrides.apply(ExperimentConfig.defaults(), assignments);
    }

    @Test
    void theDatasetIsSplitInTheConfiguredFractions() throws Exception {
        PreparedExperiment prepared = ExperimentRunner.prepare(config("samples=400", "validationFraction=0.25",
                "testFraction=0.1"));

        assertThat(prepared.dataset().size()).isEqualTo(400);
        assertThat(prepared.split().train().rows()).isEqualTo(260);
        assertThat(prepared.split().validation().rows()).isEqualTo(100);
        assertThat(prepared.split().test().rows()).isEqualTo(40);
        assertThat(prepared.trainerConfig()).isEqualTo(TrainerConfigs.of(prepared.config()));
    }

    @Test
    void standardizationCentresTheTrainingSplit() throws Exception {
        Samples train = ExperimentRunner.prepare(config("dataset=wine", "standardize=true")).split().train();
        Samples raw = ExperimentRunner.prepare(config("dataset=wine", "standardize=false")).split().train();

        assertThat(columnMean(train, 0)).isCloseTo(0.0, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(columnMean(raw, 0)).isGreaterThan(10.0);
    }

    @Test
    void theSameSeedsGiveTheSameSplitAndAnotherSplitSeedAnother() throws Exception {
        Samples a = ExperimentRunner.prepare(config()).split().train();
        Samples b = ExperimentRunner.prepare(config()).split().train();
        Samples c = ExperimentRunner.prepare(config("splitSeed=77")).split().train();

        assertThat(a).isEqualTo(b).isNotEqualTo(c);
    }

    @Test
    void aValidationFileBecomesTheValidationSplitAndOnlyTheTestFractionIsHeldOut() throws Exception {
        Path train = csv("train.csv", 100);
        Path validation = csv("val.csv", 30);

        PreparedExperiment prepared = ExperimentRunner.prepare(config("dataset=" + train, "validationCsv=" + validation,
                "validationFraction=0.3", "testFraction=0.2"));

        assertThat(prepared.split().validation().rows()).isEqualTo(30);
        assertThat(prepared.split().test().rows()).isEqualTo(20);
        assertThat(prepared.split().train().rows()).isEqualTo(80);
    }

    @Test
    void aValidationFileWithALabelTheDatasetLacksIsNamed() throws Exception {
        Path train = csv("train.csv", 100);
        Path validation = Files.writeString(dir.resolve("val.csv"), "x,y,kind\n1,2,left\n3,4,up\n");

        assertThatThrownBy(() -> ExperimentRunner.prepare(config("dataset=" + train, "validationCsv=" + validation)))
                .isInstanceOf(DataFormatException.class)
                .hasMessageContaining("val.csv line 3").hasMessageContaining("'up'");
    }

    @Test
    void earlyStoppingIsRefusedWhenTheValidationSplitComesOutEmpty() throws Exception {
        Path tiny = Files.writeString(dir.resolve("tiny.csv"), "x,kind\n1,a\n2,a\n3,b\n4,b\n");

        assertThatThrownBy(() -> ExperimentRunner.prepare(config("dataset=" + tiny, "validationFraction=0.1",
                "testFraction=0", "earlyStopping=true")))
                .isInstanceOf(DataFormatException.class)
                .hasMessage("tiny.csv has 4 examples: validationFraction 0.1 leaves none for validation, which"
                        + " earlyStopping needs");
    }

    @Test
    void anInvalidConfigIsRefusedWithEveryProblem() {
        assertThatThrownBy(() -> ExperimentRunner.prepare(config("epochs=0", "dropout=2")))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.problems())
                        .extracting(ConfigProblem::key).containsExactly("epochs", "dropout"))
                .hasMessageContaining("epochs must be").hasMessageContaining("; dropout must be");
    }

    @Test
    void aDatasetThatIsNeitherBuiltInNorAFileIsNamed() {
        assertThatThrownBy(() -> ExperimentRunner.prepare(config("dataset=mnist")))
                .isInstanceOf(DataFormatException.class).hasMessageContaining("'mnist'");
    }

    private Path csv(String name, int rows) throws Exception {
        StringBuilder text = new StringBuilder("x,y,kind\n");
        for (int i = 0; i < rows; i++) {
            text.append(i % 7).append(',').append(i % 2 == 0 ? 1 : -1).append(',')
                    .append(i % 2 == 0 ? "right" : "left").append('\n');
        }
        return Files.writeString(dir.resolve(name), text.toString());
    }

    private static double columnMean(Samples samples, int column) {
        double sum = 0;
        for (int i = 0; i < samples.rows(); i++) {
            sum += samples.feature(i, column);
        }
        return sum / samples.rows();
    }
}
