package org.epochlab.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.epochlab.engine.EpochRecord;
import org.epochlab.engine.NetworkWeights;
import org.epochlab.engine.StopReason;
import org.epochlab.engine.Trainer;
import org.epochlab.engine.TrainingControl;
import org.epochlab.engine.TrainingListener;
import org.epochlab.engine.TrainingResult;
import org.epochlab.experiment.ConfigOverrides;
import org.epochlab.experiment.ExperimentConfig;
import org.epochlab.experiment.ExperimentRunner;
import org.epochlab.experiment.PreparedExperiment;
import org.epochlab.experiment.run.Listeners;
import org.epochlab.experiment.run.RunJournal;
import org.epochlab.experiment.run.RunMessages;
import org.epochlab.experiment.run.RunRecord;
import org.epochlab.experiment.run.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each training fault ends the run with its history kept, in the run history and in words. */
class TrainingFaultsTest {

    @TempDir
    Path dir;

    private static ExperimentConfig config(String... assignments) throws Exception {
        ExperimentConfig base = ConfigOverrides.apply(ExperimentConfig.defaults(), "dataset=moons", "samples=200",
                "hiddenLayers=8", "epochs=40");
        return ConfigOverrides.apply(base, assignments);
    }

    @Test
    void aDivergingRunKeepsItsHistoryAndSaysAtWhichEpochWithASmallerLearningRateToTry() throws Exception {
        ExperimentConfig config = config("optimizer=sgd", "learningRate=10", "outputLoss=identity_mse",
                "hiddenLayers=16,16", "batchSize=8", "epochs=60");
        Workspace workspace = Workspace.open(dir);
        RunJournal journal = workspace.startJournal("too fast", config);

        TrainingResult result = ExperimentRunner.run(ExperimentRunner.prepare(config), journal.asListener(),
                new TrainingControl());
        RunRecord run = workspace.finish(journal, result, 1.0);

        assertThat(result.stopReason()).isEqualTo(StopReason.DIVERGED);
        EpochRecord last = result.history().get(result.history().size() - 1);
        assertThat(Double.isFinite(last.trainLoss()) && Double.isFinite(last.valLoss())).isFalse();
        assertThat(result.history()).hasSize(result.stoppedEpoch());
        assertThat(workspace.load().runs()).containsExactly(run);
        assertThat(RunMessages.outcome(run)).startsWith("diverged at epoch " + result.stoppedEpoch() + " (the ")
                .endsWith("loss became NaN): try a smaller learningRate than 10");
        System.out.println("divergence: " + RunMessages.outcome(run));
    }

    @Test
    void anExceptionInAListenerEndsTheRunAsFailedWithTheEpochsBeforeItKept() throws Exception {
        ExperimentConfig config = config();
        PreparedExperiment prepared = ExperimentRunner.prepare(config);
        Workspace workspace = Workspace.open(dir);
        RunJournal journal = workspace.startJournal("broken listener", config);
        TrainingListener failing = record -> {
            if (record.epoch() == 5) {
                throw new IllegalStateException("the chart queue is gone");
            }
        };
        Trainer trainer = new Trainer(prepared.trainerConfig(), prepared.split().train(),
                prepared.split().validation());

        TrainingResult result = trainer.train(Listeners.all(journal.asListener(), failing), new TrainingControl(),
                null);
        RunRecord run = workspace.finish(journal, result, 1.0);

        assertThat(result.stopReason()).isEqualTo(StopReason.FAILED);
        assertThat(trainer.failure()).hasValueSatisfying(e -> assertThat(e).hasMessage("the chart queue is gone"));
        assertThat(result.history()).hasSize(5);
        assertThat(workspace.load().runs()).singleElement().satisfies(saved -> {
            assertThat(saved.stopReason()).isEqualTo(StopReason.FAILED);
            assertThat(saved.history()).isEqualTo(result.history());
        });
        assertThat(RunMessages.outcome(run)).isEqualTo("failed during epoch 6 with an internal error; the 5 epochs"
                + " before it are kept");
    }

    @Test
    void anExceptionWhileTakingASnapshotEndsTheRunAsFailedToo() throws Exception {
        PreparedExperiment prepared = ExperimentRunner.prepare(config());
        TrainingListener snapshots = new TrainingListener() {
            @Override
            public void onEpoch(EpochRecord record) {
            }

            @Override
            public boolean wantsWeights(int epoch) {
                return epoch == 3;
            }

            @Override
            public void onWeights(int epoch, NetworkWeights weights) {
                throw new IllegalArgumentException("no room for the snapshot");
            }
        };

        TrainingResult result = ExperimentRunner.run(prepared, snapshots, new TrainingControl());

        assertThat(result.stopReason()).isEqualTo(StopReason.FAILED);
        assertThat(result.history()).extracting(EpochRecord::epoch).containsExactly(1, 2, 3);
    }

    @Test
    void stoppingARunKeepsEveryEpochThatEndedAndTheNextRunTrainsNormally() throws Exception {
        ExperimentConfig config = config("epochs=1000");
        PreparedExperiment prepared = ExperimentRunner.prepare(config);
        TrainingControl control = new TrainingControl();
        TrainingListener stopAt7 = record -> {
            if (record.epoch() == 7) {
                control.cancel();
            }
        };

        TrainingResult stopped = ExperimentRunner.run(prepared, stopAt7, control);
        TrainingResult next = ExperimentRunner.run(ExperimentRunner.prepare(config("epochs=10")),
                TrainingListener.NONE, new TrainingControl());

        assertThat(stopped.stopReason()).isEqualTo(StopReason.CANCELLED);
        assertThat(stopped.history()).hasSize(7);
        assertThat(next.stopReason()).isEqualTo(StopReason.COMPLETED);
        assertThat(next.history().subList(0, 7)).isEqualTo(stopped.history());
        RunRecord run = RunRecord.of(RunRecord.newId(), "stopped", java.time.Instant.now(), config, stopped, 0.1);
        assertThat(RunMessages.outcome(run)).isEqualTo("stopped at epoch 7; 7 epochs kept");
        assertThat(List.of(run.stoppedEpoch(), run.epochs())).containsExactly(7, 7);
    }
}
