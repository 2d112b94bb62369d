package org.epochlab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javafx.stage.Stage;

import org.epochlab.engine.StopReason;
import org.epochlab.engine.TrainingControl;
import org.epochlab.engine.TrainingListener;
import org.epochlab.experiment.ConfigOverrides;
import org.epochlab.experiment.ExperimentRunner;
import org.epochlab.experiment.run.RunJournal;
import org.epochlab.experiment.run.RunRecord;
import org.epochlab.experiment.run.Workspace;
import org.epochlab.experiment.run.WorkspaceLocation;
import org.epochlab.ui.runs.RunRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The window in a separate JVM: killed during a run it comes back at the next start; closed, it exits at once. */
class WindowProcessTest {

    private static final int EPOCHS_BEFORE_KILL = 20;

    @Test
    void aRunKilledWithTheWindowIsInTheRunHistoryAtTheNextStartWithItsJournalledEpochs(@TempDir Path workspace)
            throws Exception {
        Process lab = start(workspace, "kill");
        int journalled;
        try (BufferedReader out = output(lab)) {
            assertThat(out.readLine()).isEqualTo("training");
            Path journal = journalIn(workspace);
            WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> epochLines(journal) >= EPOCHS_BEFORE_KILL);
            lab.destroyForcibly();
            assertThat(lab.waitFor(30, TimeUnit.SECONDS)).isTrue();
            journalled = epochLines(journal);
        }

        List<RunRecord> runs = runsOfANewWindow(workspace);

        assertThat(runs).hasSize(1);
        RunRecord run = runs.get(0);
        assertThat(run.interrupted()).isTrue();
        assertThat(run.stopReason()).isEqualTo(StopReason.CANCELLED);
        assertThat(run.name()).isEqualTo("long, random init");
        assertThat(run.config()).isEqualTo(WindowProcess.longRun());
        assertThat(run.epochs()).isGreaterThanOrEqualTo(Math.max(EPOCHS_BEFORE_KILL, journalled - 1));
        // the epochs that came back are the epochs that were computed
        var expected = ExperimentRunner.run(ExperimentRunner.prepare(ConfigOverrides.apply(WindowProcess.longRun(),
                "epochs=" + run.epochs())), TrainingListener.NONE, new TrainingControl()).history();
        assertThat(run.history()).isEqualTo(expected);
    }

    @Test
    void closingTheWindowDuringARunEndsItKeepsItAndTheJvmExitsWithinTwoSeconds(@TempDir Path workspace)
            throws Exception {
        Process lab = start(workspace, "close");
        long closedAt;
        try (BufferedReader out = output(lab)) {
            assertThat(out.readLine()).isEqualTo("training");
            assertThat(out.readLine()).isEqualTo("closing");
            closedAt = System.nanoTime();
            assertThat(lab.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
        double seconds = (System.nanoTime() - closedAt) / 1e9;
        System.out.printf("window closed during a run: the JVM exited %.2f s after the close%n", seconds);

        assertThat(seconds).isLessThan(2.0);
        List<RunRecord> kept = Workspace.open(workspace).load().runs();
        assertThat(kept).hasSize(1);
        assertThat(kept.get(0).interrupted()).isFalse();
        assertThat(kept.get(0).stopReason()).isEqualTo(StopReason.CANCELLED);
        assertThat(kept.get(0).epochs()).isGreaterThanOrEqualTo(WindowProcess.CLOSE_AFTER);
    }

    private static Process start(Path workspace, String mode) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Djava.awt.headless=true", "-D" + WorkspaceLocation.PROPERTY + "=" + workspace,
                WindowProcess.class.getName(), mode));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static BufferedReader output(Process p) {
        return new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    }

    private static Path journalIn(Path workspace) throws Exception {
        Path runs = workspace.resolve(Workspace.RUNS_FOLDER);
        Path[] found = new Path[1];
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
            if (!Files.isDirectory(runs)) {
                return false;
            }
            try (Stream<Path> files = Files.list(runs)) {
                found[0] = files.filter(f -> f.toString().endsWith(RunJournal.EXTENSION)).findFirst().orElse(null);
            }
            return found[0] != null;
        });
        return found[0];
    }

    /** Complete epoch lines in the journal (its first line is the header). */
    private static int epochLines(Path journal) throws IOException {
        byte[] bytes = Files.readAllBytes(journal);
        int lines = 0;
        for (byte b : bytes) {
            if (b == '\n') {
                lines++;
            }
        }
        return Math.max(0, lines - 1);
    }

    /** Starts a window on the workspace, as the app does at start, and reads its run history. */
    private static List<RunRecord> runsOfANewWindow(Path workspace) throws Exception {
        FxToolkit.registerPrimaryStage();
        String previous = System.setProperty(WorkspaceLocation.PROPERTY, workspace.toString());
        try {
            return WaitForAsyncUtils.asyncFx(() -> {
                LabWindow window = LabWindow.create(new Stage(), WindowProcess.longRun(), () -> { });
                List<RunRecord> runs = window.runs().rows().stream().map(RunRow::run).toList();
                window.close();
                return runs;
            }).get(60, TimeUnit.SECONDS);
        } finally {
            if (previous == null) {
                System.clearProperty(WorkspaceLocation.PROPERTY);
            } else {
                System.setProperty(WorkspaceLocation.PROPERTY, previous);
            }
        }
    }
}
