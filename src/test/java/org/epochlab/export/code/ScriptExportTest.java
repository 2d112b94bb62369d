package org.epochlab.export.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.epochlab.engine.TrainingControl;
import org.epochlab.engine.TrainingListener;
import org.epochlab.engine.TrainingResult;
import org.epochlab.experiment.ConfigJson;
import org.epochlab.experiment.ExperimentConfig;
import org.epochlab.experiment.ExperimentRunner;
import org.epochlab.experiment.PreparedExperiment;
import org.epochlab.experiment.WeightsJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** One call writes the script and everything it reads. */
class ScriptExportTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @EnumSource(ScriptFramework.class)
    void theFolderGetsTheScriptTheDataTheInitialWeightsAndTheConfig(ScriptFramework framework) throws Exception {
        ExperimentConfig config = ExportFixtures.preset("overfitting");

        ScriptExport.Written written = ScriptExport.write(config, framework, dir.resolve("out"));

        Path out = dir.resolve("out");
        assertThat(written.script()).isEqualTo(out.resolve(framework.scriptFileName()));
        assertThat(written.files()).containsExactly(out.resolve("data.csv"), out.resolve("weights-initial.json"),
                out.resolve("config.json"), written.script());
        assertThat(Files.readString(written.script())).startsWith("#!/usr/bin/env python3");
        assertThat(ConfigJson.read(out.resolve("config.json"))).isEqualTo(config);
        assertThat(Files.readAllLines(out.resolve("data.csv"))).hasSize(1 + config.samples());
    }

    @Test
    void theInitialWeightsAreTheOnesATrainingRunOfTheSameConfigStartsFrom() throws Exception {
        PreparedExperiment prepared = ExportFixtures.prepared("moons", "epochs=1");
        TrainingResult run = ExperimentRunner.run(prepared, TrainingListener.NONE, new TrainingControl());

        ScriptExport.write(prepared, ScriptFramework.PYTORCH, dir);

        JsonNode written = JSON.readTree(dir.resolve("weights-initial.json").toFile());
        assertThat(written).isEqualTo(WeightsJson.toJson(run.initialWeights()));
    }

    @Test
    void theSameExperimentGivesTheSameBytes() throws Exception {
        PreparedExperiment prepared = ExportFixtures.prepared("xor");

        ScriptExport.write(prepared, ScriptFramework.KERAS, dir.resolve("a"));
        ScriptExport.write(prepared, ScriptFramework.KERAS, dir.resolve("b"));

        for (String file : new String[] {"data.csv", "weights-initial.json", "config.json", "train_keras.py"}) {
            assertThat(Files.readAllBytes(dir.resolve("b").resolve(file))).as(file)
                    .isEqualTo(Files.readAllBytes(dir.resolve("a").resolve(file)));
        }
    }

    @Test
    void aFileWhereTheFolderShouldBeIsNamedInTheError() throws Exception {
        Path file = Files.writeString(dir.resolve("taken"), "x");

        assertThatThrownBy(() -> ScriptExport.write(ExportFixtures.prepared("xor"), ScriptFramework.PYTORCH, file))
                .isInstanceOf(IOException.class)
                .hasMessage("cannot write to " + file + ": it is a file, not a folder");
    }
}
