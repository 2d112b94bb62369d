package org.epochlab.export.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.epochlab.cli.EpochLabCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export-script} end to end: its files, and the exit codes {@code train} uses. */
class ExportScriptCommandTest {

    @TempDir
    Path dir;

    private record Run(int exitCode, String out, String err) {
    }

    private static synchronized Run run(String... args) {
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = EpochLabCommand.execute(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(originalOut);
            System.setErr(originalErr);
        }
    }

    @Test
    void aPresetExportsAsAPyTorchScriptWithItsFilesAndExitCode0() throws Exception {
        Path out = dir.resolve("torch");

        Run run = run("export-script", "--preset", "overfitting", "--framework", "pytorch", "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(out.resolve("train_pytorch.py")).isRegularFile();
        assertThat(out.resolve("data.csv")).isRegularFile();
        assertThat(out.resolve("weights-initial.json")).isRegularFile();
        assertThat(out.resolve("config.json")).isRegularFile();
        assertThat(run.out().strip()).isEqualTo("wrote data.csv, weights-initial.json, config.json, train_pytorch.py to "
                + out + "; run: python3 " + out.resolve("train_pytorch.py"));
    }

    @Test
    void aConfigFileWithOverridesExportsAsAKerasScript() throws Exception {
        Path config = dir.resolve("config.json");
        assertThat(run("export-script", "--preset", "xor", "--framework", "pytorch", "--out", dir.toString()).exitCode())
                .isZero();
        Path out = dir.resolve("keras");

        Run run = run("export-script", "--config", config.toString(), "--set", "epochs=17", "--framework", "KERAS",
                "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(out.resolve("train_keras.py"))).contains("EPOCHS = 17");
    }

    @Test
    void anUnknownFrameworkIsBadInputNamingTheChoices() {
        Run run = run("export-script", "--preset", "xor", "--framework", "jax", "--out", dir.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).containsExactly("--framework must be one of pytorch, keras, got 'jax'");
    }

    @Test
    void anUnknownPresetIsBadInputWithOneLine() {
        Run run = run("export-script", "--preset", "nope", "--framework", "pytorch", "--out", dir.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).singleElement().asString().startsWith("unknown preset 'nope'; the presets are: ");
    }

    @Test
    void anInvalidKeyIsBadInputAndWritesNothing() {
        Path out = dir.resolve("never");

        Run run = run("export-script", "--preset", "xor", "--set", "learningRate=-1", "--framework", "pytorch",
                "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).singleElement().asString().contains("learningRate");
        assertThat(out).doesNotExist();
    }

    @Test
    void aMissingFrameworkIsBadInput() {
        Run run = run("export-script", "--preset", "xor", "--out", dir.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).singleElement().asString().contains("--framework");
    }

    @Test
    void anOutputPathThatIsAFileIsBadInput() throws Exception {
        Path file = Files.writeString(dir.resolve("file"), "x");

        Run run = run("export-script", "--preset", "xor", "--framework", "pytorch", "--out", file.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).containsExactly("--out " + file + " is a file; give a folder for the script");
    }
}
