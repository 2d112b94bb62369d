package org.epochlab.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KilledSaveTest {

    @Test
    void killingAProcessInTheMiddleOfASaveLeavesThePreviousFileIntact(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("summary.json"), "{\"previous\": true}\n");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process save = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                HalfWrittenSave.class.getName(), file.toString()).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(save.getInputStream(),
                StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).isEqualTo("writing");

            save.destroyForcibly();
            assertThat(save.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }

        assertThat(Files.readString(file)).isEqualTo("{\"previous\": true}\n");
        try (var left = Files.list(dir)) {
            // the killed save's temporary file holds the half-written content, beside the intact file
            assertThat(left.filter(p -> !p.equals(file)).map(KilledSaveTest::read))
                    .singleElement().asString().startsWith("half of the new content");
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
