package org.epochlab.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.epochlab.engine.StopReason;
import org.epochlab.engine.TrainingResult;
import org.epochlab.experiment.ConfigJson;
import org.epochlab.experiment.ConfigOverrides;
import org.epochlab.experiment.ExperimentConfig;
import org.epochlab.experiment.OverfittingAnalysis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunFilesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private ExperimentConfig config() throws Exception {
        return ConfigOverrides.apply(ExperimentConfig.defaults(), "hiddenLayers=3", "splitSeed=11", "dataSeed=12",
                "initSeed=13", "shuffleSeed=14");
    }

    private Path write(TrainingResult result) throws Exception {
        Path out = dir.resolve("run").resolve("nested");
        RunFiles.write(out, config(), result, OverfittingAnalysis.analyze(result.history()), 1.23456);
        return out;
    }

    @Test
    void writesTheFiveFilesIntoANewFolder() throws Exception {
        Path out = write(RunSamples.result(3, StopReason.COMPLETED));

        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted())
                    .containsExactly("config.json", "history.csv", "summary.json", "weights-final.json",
                            "weights-initial.json");
        }
        assertThat(ConfigJson.read(out.resolve(RunFiles.CONFIG))).isEqualTo(config());
        assertThat(Files.readAllLines(out.resolve(RunFiles.HISTORY))).hasSize(4);
    }

    @Test
    void theSummaryHoldsTheOutcomeTheMetricsAndTheSeeds() throws Exception {
        JsonNode summary = JSON.readTree(write(RunSamples.result(3, StopReason.EARLY_STOPPING))
                .resolve(RunFiles.SUMMARY).toFile());

        assertThat(summary.get("stop_reason").asText()).isEqualTo("early_stopping");
        assertThat(summary.get("stopped_epoch").asInt()).isEqualTo(3);
        assertThat(summary.get("epochs_run").asInt()).isEqualTo(3);
        assertThat(summary.get("best_epoch").asInt()).isEqualTo(1);
        assertThat(summary.get("best_val_loss").asDouble()).isEqualTo(0.701);
        assertThat(summary.get("overfit_epoch").isNull()).isTrue();
        assertThat(summary.get("final_train_loss").asDouble()).isEqualTo(0.25);
        assertThat(summary.get("final_train_acc").asDouble()).isEqualTo(0.875);
        assertThat(summary.get("final_val_loss").asDouble()).isEqualTo(0.5);
        assertThat(summary.get("final_val_acc").asDouble()).isEqualTo(0.75);
        assertThat(summary.get("test_loss").isNull()).isTrue();
        assertThat(summary.get("test_acc").isNull()).isTrue();
        assertThat(summary.get("distinct_neurons").toString()).isEqualTo("[3]");
        assertThat(summary.get("seeds").toString())
                .isEqualTo("{\"split_seed\":11,\"data_seed\":12,\"init_seed\":13,\"shuffle_seed\":14}");
        assertThat(summary.get("elapsed_seconds").asDouble()).isEqualTo(1.235);
    }

    @Test
    void weightsAreWrittenAsOneRowPerInputWithTheBias() throws Exception {
        JsonNode weights = JSON.readTree(write(RunSamples.result(1, StopReason.COMPLETED))
                .resolve(RunFiles.WEIGHTS_FINAL).toFile());

        JsonNode first = weights.get("layers").get(0);
        assertThat(first.get("layer").asInt()).isEqualTo(1);
        assertThat(first.get("inputs").asInt()).isEqualTo(2);
        assertThat(first.get("outputs").asInt()).isEqualTo(3);
        assertThat(first.get("weights").toString()).isEqualTo("[[1.1,0.2,0.3],[0.4,0.5,-0.6]]");
        assertThat(first.get("bias").toString()).isEqualTo("[0.0,0.0,0.001]");
        assertThat(weights.get("layers").get(1).get("weights").toString()).isEqualTo("[[1.0,2.0],[3.0,4.0],[5.0,6.0]]");
        JsonNode initial = JSON.readTree(dir.resolve("run/nested").resolve(RunFiles.WEIGHTS_INITIAL).toFile());
        assertThat(initial.get("layers").get(0).get("weights").get(0).get(0).asDouble()).isEqualTo(0.1);
    }

    @Test
    void aFileInPlaceOfTheFolderIsNamed() throws Exception {
        Path file = Files.writeString(dir.resolve("taken"), "x");
        TrainingResult result = RunSamples.result(1, StopReason.COMPLETED);

        assertThatThrownBy(() -> RunFiles.write(file, config(), result, OverfittingAnalysis.analyze(List.of()), 0))
                .isInstanceOf(IOException.class)
                .hasMessage("cannot write to " + file + ": it is a file, not a folder");
    }
}
