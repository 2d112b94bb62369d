package org.epochlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input ends with exit code 2 and exactly one line on standard error that names it. */
class CommandErrorsTest {

    @TempDir
    Path dir;

    private void assertBadInput(CommandRun run, String... named) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(EpochLabCommand.BAD_INPUT);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.errLines().get(0)).contains(named);
        assertThat(run.out()).isEmpty();
    }

    @Test
    void anUnknownPresetIsNamedWithThePresetsThereAre() {
        CommandRun run = CommandRun.of("train", "--preset", "moon", "--out", dir.toString());

        assertBadInput(run, "unknown preset 'moon'", "moons", "overfitting");
    }

    @Test
    void anUnknownKeyInSetIsNamedWithTheClosestKnownOne() {
        CommandRun run = CommandRun.of("train", "--preset", "moons", "--set", "lerningRate=0.1", "--out",
                dir.toString());

        assertBadInput(run, "unknown key 'lerningRate'; did you mean 'learningRate'?");
    }

    @Test
    void aValueOutOfRangeIsNamedWithWhatIsAllowed() {
        CommandRun run = CommandRun.of("train", "--preset", "moons", "--set", "learningRate=50", "--set", "epochs=0",
                "--out", dir.toString());

        assertBadInput(run, "learningRate must be in (0, 10], got 50.0", "epochs must be an integer from 1 to 100000");
    }

    @Test
    void aValueOfTheWrongTypeIsNamed() {
        CommandRun run = CommandRun.of("train", "--preset", "moons", "--set", "hiddenLayers=64,big", "--out",
                dir.toString());

        assertBadInput(run, "hiddenLayers must be a list of integers, got '64,big'");
    }

    @Test
    void aMissingConfigFileIsNamed() {
        Path missing = dir.resolve("missing.json");

        assertBadInput(CommandRun.of("train", "--config", missing.toString(), "--out", dir.toString()),
                "config file " + missing + " does not exist");
    }

    @Test
    void aConfigFileWithAnUnknownKeyIsNamedWithTheKey() throws Exception {
        Path config = Files.writeString(dir.resolve("c.json"), "{\n  \"epochs\": 10,\n  \"dropOut\": 0.5\n}\n");

        assertBadInput(CommandRun.of("train", "--config", config.toString(), "--out", dir.toString()),
                config + ": unknown key 'dropOut'; did you mean 'dropout'?");
    }

    @Test
    void aConfigFileThatIsNotJsonIsNamedWithTheLine() throws Exception {
        Path config = Files.writeString(dir.resolve("c.json"), "{\n  \"epochs\": 10,\n  oops\n}\n");

        assertBadInput(CommandRun.of("train", "--config", config.toString(), "--out", dir.toString()),
                config + " line 3, column 3: not valid JSON");
    }

    @Test
    void aConfigFileWithAValueOutOfRangeIsNamedWithTheKey() throws Exception {
        Path config = Files.writeString(dir.resolve("c.json"), "{\"dropout\": 1.5}");

        assertBadInput(CommandRun.of("train", "--config", config.toString(), "--out", dir.toString()),
                "dropout must be in [0, 0.95], got 1.5");
    }

    @Test
    void aConfigFromANewerVersionSaysWhichVersionIsRead() throws Exception {
        Path config = Files.writeString(dir.resolve("c.json"), "{\"schemaVersion\": 3}");

        assertBadInput(CommandRun.of("train", "--config", config.toString(), "--out", dir.toString()),
                "schemaVersion 3", "reads schemaVersion 1");
    }

    @Test
    void presetAndConfigTogetherAreRefused() throws Exception {
        Path config = Files.writeString(dir.resolve("c.json"), "{}");

        assertBadInput(CommandRun.of("train", "--preset", "moons", "--config", config.toString(), "--out",
                dir.toString()), "--preset", "--config");
    }

    @Test
    void neitherPresetNorConfigIsRefused() {
        assertBadInput(CommandRun.of("train", "--out", dir.toString()), "--preset", "--config");
    }

    @Test
    void aMissingOutputFolderOptionIsNamed() {
        assertBadInput(CommandRun.of("train", "--preset", "moons"), "--out");
    }

    @Test
    void anOutputPathThatIsAFileIsNamed() throws Exception {
        Path file = Files.writeString(dir.resolve("results"), "not a folder");

        assertBadInput(CommandRun.of("train", "--preset", "moons", "--set", "epochs=1", "--out", file.toString()),
                "--out " + file + " is a file");
    }

    @Test
    void anOutputFolderInsideAFileIsNamed() throws Exception {
        Path file = Files.writeString(dir.resolve("results"), "not a folder");
        Path inside = file.resolve("run");

        assertBadInput(CommandRun.of("train", "--preset", "moons", "--set", "epochs=1", "--out", inside.toString()),
                "cannot create the output folder " + inside + ": ");
    }

    @Test
    void anUnsupportedPngScaleIsNamed() {
        assertBadInput(CommandRun.of("train", "--preset", "moons", "--png-scale", "3", "--out", dir.toString()),
                "--png-scale must be 1 or 2, got 3");
    }

    @Test
    void anUnknownOptionOrCommandIsNamed() {
        assertBadInput(CommandRun.of("train", "--preset", "moons", "--out", dir.toString(), "--fast"), "'--fast'");
        assertBadInput(CommandRun.of("fly"), "unknown command 'fly'; the commands are: train, presets, export-script, lesson, bench");
    }

    @Test
    void noCommandAtAllAsksForOne() {
        assertBadInput(CommandRun.of("--verbose"), "name a command: train, presets, lesson, export-script or bench");
    }

    @Test
    void helpIsPrintedToStandardOutputWithExitCodeZero() {
        CommandRun run = CommandRun.of("train", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("--preset=NAME", "--config=FILE.json", "--set=KEY=VALUE", "--out=DIR",
                "--png=FILE.png", "--png-scale=1|2", "--progress");
        assertThat(run.err()).isEmpty();
    }
}
