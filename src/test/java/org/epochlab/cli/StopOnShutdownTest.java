package org.epochlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.epochlab.Launcher;
import org.epochlab.export.RunFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StopOnShutdownTest {

    @Test
    void aTrainCommandThatIsKilledKeepsEveryEpochItFinished(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("run");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process train = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                Launcher.class.getName(), "train", "--preset", "spiral", "--set", "epochs=100000", "--progress",
                "--out", out.toString()).redirectErrorStream(true).start();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(train.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            do {
                line = lines.readLine();
            } while (line != null && !line.startsWith("epoch 3/100000"));
            assertThat(line).as("the third epoch's progress line").isNotNull();

            train.destroy(); // SIGTERM, as a kill or a closed terminal sends
            assertThat(train.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }

        JsonNode summary = new ObjectMapper().readTree(out.resolve(RunFiles.SUMMARY).toFile());
        int stopped = summary.get("stopped_epoch").asInt();
        assertThat(summary.get("stop_reason").asText()).isEqualTo("cancelled");
        assertThat(stopped).isBetween(3, 99_999);
        assertThat(Files.readAllLines(out.resolve(RunFiles.HISTORY))).hasSize(1 + stopped);
    }
}
