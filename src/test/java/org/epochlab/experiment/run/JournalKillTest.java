package org.epochlab.experiment.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.epochlab.engine.EpochRecord;
import org.epochlab.engine.StopReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run whose process is killed mid-training is back in the run history at the next start. */
class JournalKillTest {

    @Test
    void aKilledRunComesBackAtTheNextLoadWithEveryEpochThatReachedTheDisk(@TempDir Path dir) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process training = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                JournalledTraining.class.getName(), dir.toString()).redirectErrorStream(true).start();
        int onDisk;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(training.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line = out.readLine();
            assertThat(line).startsWith("on disk ");
            onDisk = Integer.parseInt(line.substring("on disk ".length()));

            training.destroyForcibly();
            assertThat(training.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        long journalBytes;
        try (var files = Files.list(dir.resolve("runs"))) {
            Path journal = files.filter(p -> p.toString().endsWith(RunJournal.EXTENSION)).findFirst().orElseThrow();
            journalBytes = Files.size(journal);
        }

        Workspace.Contents contents = Workspace.open(dir).load();

        assertThat(contents.problems()).isEmpty();
        RunRecord run = contents.runs().get(0);
        assertThat(contents.runs()).hasSize(1);
        assertThat(contents.recovered()).containsExactly(run);
        assertThat(run.interrupted()).isTrue();
        assertThat(run.stopReason()).isEqualTo(StopReason.CANCELLED);
        assertThat(run.name()).isEqualTo("killed");
        assertThat(run.config()).isEqualTo(JournalledTraining.config());
        assertThat(run.epochs()).isGreaterThanOrEqualTo(onDisk);
        // the same config trains the same numbers: every recovered epoch is the epoch that was computed
        List<EpochRecord> expected = SampleRuns.train(SampleRuns.small("name=killed", "epochs=" + run.epochs()))
                .history();
        assertThat(run.history()).isEqualTo(expected);
        System.out.printf("kill test: %d epochs on disk when killed, %d recovered from a %d-byte journal%n", onDisk,
                run.epochs(), journalBytes);
    }
}
