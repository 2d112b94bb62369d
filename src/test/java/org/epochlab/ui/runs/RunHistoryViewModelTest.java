package org.epochlab.ui.runs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.epochlab.engine.EpochRecord;
import org.epochlab.engine.StopReason;
import org.epochlab.engine.TrainingControl;
import org.epochlab.engine.TrainingListener;
import org.epochlab.engine.TrainingResult;
import org.epochlab.experiment.ConfigOverrides;
import org.epochlab.experiment.ExperimentConfig;
import org.epochlab.experiment.ExperimentRunner;
import org.epochlab.experiment.run.RunJournal;
import org.epochlab.experiment.run.RunRecord;
import org.epochlab.experiment.run.RunSetFile;
import org.epochlab.experiment.run.Workspace;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunHistoryViewModelTest {

    @TempDir
    Path dir;
    private final List<String> drawn = new ArrayList<>();
    private RunHistoryViewModel history;

    @BeforeEach
    void create() {
        history = new RunHistoryViewModel(new OverlaySink() {
            @Override
            public void clearOverlays() {
                drawn.clear();
            }

            @Override
            public void addOverlay(String name, List<EpochRecord> epochs) {
                drawn.add(name + " (" + epochs.size() + " epochs)");
            }
        }, RunHistoryViewModel.workspaceAt(() -> dir));
    }

    @Test
    void eachRunSaysWhichKeysDifferFromTheBaseline() throws Exception {
        RunRow base = history.put(run(small()));
        RunRow zero = history.put(run(small("weightInit=zeros", "activation=sigmoid")));

        assertThat(history.baselineProperty().get()).isSameAs(base);
        assertThat(history.differences(base)).isEqualTo("baseline");
        assertThat(history.differences(zero)).isEqualTo("activation=sigmoid, weightInit=zeros");

        history.baselineProperty().set(zero);
        assertThat(history.differences(base)).isEqualTo("activation=tanh, weightInit=glorot_uniform");
    }

    @Test
    void tickedRunsAreDrawnOverTheChartUnderTheirNames() throws Exception {
        RunRow a = history.put(run(small("name=first")));
        RunRow b = history.put(run(small("name=second", "epochs=10")));

        a.setOverlaid(true);
        b.setOverlaid(true);
        assertThat(drawn).containsExactly("first (25 epochs)", "second (10 epochs)");

        history.rename(b, "renamed");
        a.setOverlaid(false);
        assertThat(drawn).containsExactly("renamed (10 epochs)");
    }

    @Test
    void aLiveRunIsJournalledAndSavedToTheWorkspaceWhenItEnds() throws Exception {
        ExperimentConfig config = small("name=live");
        TrainingResult result = train(config);

        history.started(config, false);
        history.epochs(result.history().subList(0, 10));
        history.epochs(result.history().subList(10, 25));
        history.ended(result, 1.5);

        assertThat(history.rows()).hasSize(1);
        RunRecord kept = history.rows().get(0).run();
        assertThat(kept.history()).isEqualTo(result.history());
        assertThat(kept.name()).isEqualTo("live, random init");
        Workspace.Contents reloaded = Workspace.open(dir).load();
        assertThat(reloaded.runs()).containsExactly(kept);
        try (var files = Files.list(dir.resolve(Workspace.RUNS_FOLDER))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly(kept.id() + RunSetFile.EXTENSION);
        }
    }

    @Test
    void inTheBackgroundTheRunIsListedAtOnceAndItsFileWrittenByTheWriterThread() throws Exception {
        List<Runnable> toFx = new ArrayList<>();
        WorkspaceWrites writes = WorkspaceWrites.inBackground(toFx::add);
        RunHistoryViewModel window = new RunHistoryViewModel(new OverlaySink() {
            @Override
            public void clearOverlays() {
            }

            @Override
            public void addOverlay(String name, List<EpochRecord> epochs) {
            }
        }, RunHistoryViewModel.workspaceAt(() -> dir), writes);
        ExperimentConfig config = small("name=live");
        TrainingResult first = train(config);

        window.started(config, false);
        window.epochs(first.history());
        window.ended(first, 1.5);
        RunRecord kept = window.rows().get(0).run();
        assertThat(kept.history()).isEqualTo(first.history());

        // Continue at once: the first part's file may still be being written, and its journal had the same path
        window.started(config, true);
        writes.awaitIdle();
        try (var files = Files.list(dir.resolve(Workspace.RUNS_FOLDER))) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder(
                    kept.id() + RunSetFile.EXTENSION, kept.id() + RunJournal.EXTENSION);
        }
        assertThat(Workspace.open(dir).load().runs()).extracting(RunRecord::id).containsExactly(kept.id());
        window.close();
        assertThat(toFx).isEmpty();
        assertThat(window.noticeProperty().get()).isEmpty();
    }

    @Test
    void aFreshRunStartsWithoutWaitingForTheWritesStillQueued() throws Exception {
        WorkspaceWrites writes = WorkspaceWrites.inBackground(Runnable::run);
        RunHistoryViewModel window = new RunHistoryViewModel(new OverlaySink() {
            @Override
            public void clearOverlays() {
            }

            @Override
            public void addOverlay(String name, List<EpochRecord> epochs) {
            }
        }, RunHistoryViewModel.workspaceAt(() -> dir), writes);
        CountDownLatch release = new CountDownLatch(1);
        writes.submit(() -> {
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, e -> { });

        assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> window.started(small("name=fresh"), false));

        release.countDown();
        window.close();
    }

    @Test
    void renamingAndDeletingReachTheWorkspaceFiles() throws Exception {
        ExperimentConfig config = small();
        TrainingResult result = train(config);
        history.started(config, false);
        history.epochs(result.history());
        history.ended(result, 1);
        RunRow row = history.rows().get(0);

        history.rename(row, "  zero vs random, take 2 ");
        assertThat(Workspace.open(dir).load().runs()).extracting(RunRecord::name)
                .containsExactly("zero vs random, take 2");

        history.delete(row);
        assertThat(history.rows()).isEmpty();
        assertThat(Workspace.open(dir).load().runs()).isEmpty();
    }

    @Test
    void aSavedSetOfRunsOpensAgainWithIdenticalHistories(@TempDir Path elsewhere) throws Exception {
        RunRecord a = history.put(run(small("name=a"))).run();
        RunRecord b = history.put(run(small("name=b", "learningRate=10", "optimizer=sgd"))).run();
        Path file = elsewhere.resolve("two" + RunSetFile.EXTENSION);
        history.saveSet(file, List.of());

        RunHistoryViewModel other = new RunHistoryViewModel(new OverlaySink() {
            @Override
            public void clearOverlays() {
            }

            @Override
            public void addOverlay(String name, List<EpochRecord> epochs) {
            }
        }, RunHistoryViewModel.workspaceAt(() -> elsewhere.resolve("workspace")));
        other.openSet(file);

        assertThat(other.rows()).extracting(RunRow::run).containsExactly(a, b);
        assertThat(other.rows().get(1).run().history()).isEqualTo(b.history());
    }

    @Test
    void damagedFilesAreNamedInTheNoticeAndTheRestIsLoaded() throws Exception {
        RunRecord good = run(small());
        Workspace.open(dir).save(good);
        Path broken = dir.resolve(Workspace.RUNS_FOLDER).resolve(RunRecord.newId() + RunSetFile.EXTENSION);
        Files.writeString(broken, "{\"schemaVersion\": 1, \"runs\": [");

        history.loadWorkspace();

        assertThat(history.rows()).extracting(RunRow::run).containsExactly(good);
        assertThat(history.noticeProperty().get()).contains(broken.getFileName().toString());
    }

    @Test
    void aRunThatFailedKeepsTheEpochsBeforeTheFailure() throws Exception {
        ExperimentConfig config = small();
        TrainingResult full = train(config);
        List<EpochRecord> before = full.history().subList(0, 7);

        history.started(config, false);
        history.epochs(before);
        history.ended(new TrainingResult(before, StopReason.FAILED, 7, 0, null, null, false, null, null, null), 0.1);

        RunRecord kept = history.rows().get(0).run();
        assertThat(kept.stopReason()).isEqualTo(StopReason.FAILED);
        assertThat(kept.history()).isEqualTo(before);
        assertThat(Workspace.open(dir).load().runs()).containsExactly(kept);
    }

    static ExperimentConfig small(String... assignments) throws Exception {
        ExperimentConfig base = ConfigOverrides.apply(ExperimentConfig.defaults(), "name=small xor", "dataset=xor",
                "samples=60", "hiddenLayers=4", "batchSize=0", "learningRate=0.05", "epochs=25");
        return ConfigOverrides.apply(base, assignments);
    }

    static TrainingResult train(ExperimentConfig config) throws Exception {
        return ExperimentRunner.run(ExperimentRunner.prepare(config), TrainingListener.NONE, new TrainingControl());
    }

    private static RunRecord run(ExperimentConfig config) throws Exception {
        return RunRecord.of(RunRecord.newId(), config.name(), Instant.now(), config, train(config), 0.5);
    }
}
