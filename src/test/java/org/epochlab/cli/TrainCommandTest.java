package org.epochlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.epochlab.experiment.ConfigJson;
import org.epochlab.experiment.ExperimentConfig;
import org.epochlab.experiment.Preset;
import org.epochlab.experiment.Presets;
import org.epochlab.export.RunFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The {@code train} command end to end: presets and configs in, the five files out. */
class TrainCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** The presets that should simply train well (all but the teaching ones and the lessons' runs). */
    static Stream<String> datasetPresets() {
        return Presets.all().stream().filter(p -> !Presets.lessonPresets().contains(p)).map(Preset::name)
                .filter(name -> !name.equals("overfitting"));
    }

    private CommandRun train(Path out, String... more) {
        String[] args = Stream.concat(Stream.of("train", "--out", out.toString()), Stream.of(more)).toArray(String[]::new);
        CommandRun run = CommandRun.of(args);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        return run;
    }

    private static JsonNode summary(Path out) throws Exception {
        return JSON.readTree(out.resolve(RunFiles.SUMMARY).toFile());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("datasetPresets")
    void everyPresetTrainsWellAtItsDefaultsAndWritesTheFiveFiles(String preset) throws Exception {
        Path out = dir.resolve(preset);
        int epochs = Presets.find(preset).orElseThrow().config().epochs();

        CommandRun run = train(out, "--preset", preset);

        assertFiveFiles(out, epochs);
        JsonNode summary = summary(out);
        assertThat(summary.get("stop_reason").asText()).isEqualTo("completed");
        assertThat(summary.get("final_val_acc").asDouble()).as(summary.toString()).isGreaterThanOrEqualTo(0.9);
        assertThat(summary.get("test_acc").asDouble()).as(summary.toString()).isGreaterThanOrEqualTo(0.85);
        assertThat(run.outLines()).singleElement().asString()
                .startsWith("trained " + epochs + " epochs (completed); best epoch ").endsWith("; files in " + out);
    }

    private static void assertFiveFiles(Path out, int epochs) throws Exception {
        for (String file : RunFiles.ALL) {
            assertThat(out.resolve(file)).as(file).isRegularFile();
        }
        assertThat(Files.readAllLines(out.resolve(RunFiles.HISTORY))).hasSize(1 + epochs);
        assertThat(ConfigJson.read(out.resolve(RunFiles.CONFIG)).epochs()).isEqualTo(epochs);
    }

    @Test
    void theSameCommandTwiceGivesByteIdenticalHistories() throws Exception {
        train(dir.resolve("a"), "--preset", "moons", "--set", "epochs=20");
        train(dir.resolve("b"), "--preset", "moons", "--set", "epochs=20");

        assertThat(Files.readAllBytes(dir.resolve("a").resolve(RunFiles.HISTORY)))
                .isEqualTo(Files.readAllBytes(dir.resolve("b").resolve(RunFiles.HISTORY)));
    }

    @Test
    void theWrittenConfigLoadsBackAndReproducesTheSameHistory() throws Exception {
        train(dir.resolve("first"), "--preset", "spiral", "--set", "epochs=15", "--set", "hiddenLayers=12,6",
                "--set", "dropout=0.2", "--set", "initSeed=99");
        Path saved = dir.resolve("first").resolve(RunFiles.CONFIG);
        train(dir.resolve("again"), "--config", saved.toString());

        assertThat(Files.readAllBytes(dir.resolve("again").resolve(RunFiles.HISTORY)))
                .isEqualTo(Files.readAllBytes(dir.resolve("first").resolve(RunFiles.HISTORY)));
        assertThat(Files.readString(dir.resolve("again").resolve(RunFiles.CONFIG))).isEqualTo(Files.readString(saved));
    }

    @Test
    void aDifferentSeedGivesADifferentHistory() throws Exception {
        train(dir.resolve("a"), "--preset", "moons", "--set", "epochs=5");
        train(dir.resolve("b"), "--preset", "moons", "--set", "epochs=5", "--set", "initSeed=123");

        assertThat(Files.readAllBytes(dir.resolve("a").resolve(RunFiles.HISTORY)))
                .isNotEqualTo(Files.readAllBytes(dir.resolve("b").resolve(RunFiles.HISTORY)));
    }

    @Test
    void theOverfittingPresetOverfitsAndTheSummarySaysWhen() throws Exception {
        Path out = dir.resolve("overfitting");

        CommandRun run = train(out, "--preset", "overfitting");

        assertFiveFiles(out, Presets.find("overfitting").orElseThrow().config().epochs());
        JsonNode summary = summary(out);
        assertThat(summary.get("overfit_epoch").isInt()).as(summary.toString()).isTrue();
        int onset = summary.get("overfit_epoch").asInt();
        assertThat(onset).isGreaterThan(summary.get("best_epoch").asInt());
        assertThat(run.out()).contains("overfitting from epoch " + onset);
    }

    @Test
    void aDivergingRunKeepsItsHistoryAndSuggestsASmallerLearningRate() throws Exception {
        Path out = dir.resolve("diverged");

        CommandRun run = train(out, "--preset", "moons", "--set", "optimizer=sgd", "--set", "learningRate=10",
                "--set", "outputLoss=identity_mse", "--set", "epochs=50");

        JsonNode summary = summary(out);
        int stopped = summary.get("stopped_epoch").asInt();
        assertThat(summary.get("stop_reason").asText()).isEqualTo("diverged");
        assertThat(stopped).isBetween(1, 49);
        assertThat(Files.readAllLines(out.resolve(RunFiles.HISTORY))).hasSize(1 + stopped);
        assertThat(run.out()).contains("(diverged at epoch " + stopped + ": try a smaller learningRate)");
    }

    @Test
    void aPngOfTheLossChartIsDrawnWhenAsked() throws Exception {
        Path png = dir.resolve("loss.png");

        CommandRun run = CommandRun.of("train", "--preset", "iris", "--set", "epochs=20", "--out",
                dir.resolve("png").toString(), "--png", png.toString(), "--png-scale", "2");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readAllBytes(png)).startsWith(0x89, 'P', 'N', 'G');
        assertThat(javax.imageio.ImageIO.read(png.toFile()).getWidth()).isGreaterThan(400);
    }

    @Test
    void progressPrintsOneLinePerEpochBeforeTheOutcome() {
        CommandRun run = train(dir.resolve("p"), "--preset", "iris", "--set", "epochs=4", "--progress");

        assertThat(run.outLines()).hasSize(5);
        assertThat(run.outLines().get(0)).startsWith("epoch 1/4  train_loss ");
        assertThat(run.outLines().get(4)).startsWith("trained 4 epochs");
    }

    @Test
    void aCsvDatasetTrainsWithASeparateValidationFile() throws Exception {
        Path train = csv("train.csv", 60, 0);
        Path validation = csv("val.csv", 20, 1000);
        Path out = dir.resolve("csv");

        train(out, "--preset", "moons", "--set", "dataset=" + train, "--set", "validationCsv=" + validation,
                "--set", "testFraction=0.25", "--set", "epochs=5", "--set", "labelColumn=kind");

        ExperimentConfig saved = ConfigJson.read(out.resolve(RunFiles.CONFIG));
        assertThat(saved.validationCsv()).isEqualTo(validation.toString());
        List<String> history = Files.readAllLines(out.resolve(RunFiles.HISTORY));
        assertThat(history.get(1).split(",")[2]).isNotEqualTo("NaN");
        assertThat(summary(out).get("test_acc").isNumber()).isTrue();
    }

    @Test
    void anUnreadableCsvIsNamedWithExitCodeTwo() {
        Path missing = dir.resolve("nowhere.csv");

        CommandRun run = CommandRun.of("train", "--preset", "moons", "--set", "dataset=" + missing, "--out",
                dir.resolve("x").toString());

        assertThat(run.exitCode()).isEqualTo(EpochLabCommand.BAD_INPUT);
        assertThat(run.errLines()).singleElement().asString().contains("nowhere.csv");
    }

    @Test
    void aBrokenCsvIsNamedWithExitCodeTwo() throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.csv"), "a,b,label\n1,2,x\n3,oops,y\n");

        CommandRun run = CommandRun.of("train", "--preset", "moons", "--set", "dataset=" + broken, "--out",
                dir.resolve("x").toString());

        assertThat(run.exitCode()).isEqualTo(EpochLabCommand.BAD_INPUT);
        assertThat(run.errLines()).singleElement().asString().contains("broken.csv");
    }

    /** Two well-separated classes "left" and "right" in two features, label column "kind" first. */
    private Path csv(String name, int rows, int offset) throws Exception {
        StringBuilder text = new StringBuilder("kind,x,y\n");
        for (int i = 0; i < rows; i++) {
            int k = i + offset;
            boolean right = i % 2 == 0;
            text.append(right ? "right" : "left").append(',').append((right ? 2 : -2) + (k % 7) * 0.1).append(',')
                    .append((k % 5) * 0.2).append('\n');
        }
        return Files.writeString(dir.resolve(name), text.toString());
    }
}
