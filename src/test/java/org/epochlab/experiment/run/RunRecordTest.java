package org.epochlab.experiment.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.epochlab.engine.EpochRecord;
import org.epochlab.engine.StopReason;
import org.epochlab.engine.TrainingResult;
import org.epochlab.experiment.ExperimentConfig;
import org.epochlab.experiment.OverfittingAnalysis;
import org.junit.jupiter.api.Test;

class RunRecordTest {

    @Test
    void aFinishedRunTakesItsBestAndOverfittingEpochsFromTheAnalysis() {
        ExperimentConfig config = SampleRuns.small("dataset=circles", "samples=200", "noise=0.15",
                "validationFraction=0.4", "hiddenLayers=32,32", "learningRate=0.01", "epochs=300");
        TrainingResult result = SampleRuns.train(config);

        RunRecord run = RunRecord.of(RunRecord.newId(), "wide", Instant.EPOCH, config, result, 2.5);

        var report = OverfittingAnalysis.analyze(result.history());
        assertThat(run.bestEpoch()).isEqualTo(report.bestEpoch()).isPositive();
        assertThat(run.overfitEpoch()).isEqualTo(report.overfitEpoch()).isPositive();
        assertThat(run.best()).hasValue(result.history().get(report.bestEpoch() - 1));
        assertThat(run.testScore()).hasValueSatisfying(s -> assertThat(s.loss()).isEqualTo(result.test().loss()));
        assertThat(run.weights()).hasValue(result.finalWeights());
        assertThat(run.stopReason()).isEqualTo(StopReason.COMPLETED);
        assertThat(run.withName("renamed")).isEqualTo(new RunRecord(run.id(), "renamed", run.created(), config,
                run.history(), run.stopReason(), false, 300, run.bestEpoch(), run.overfitEpoch(), false, run.test(),
                2.5, run.finalWeights()));
    }

    @Test
    void anIdMustBeACanonicalUuid() {
        RunRecord run = SampleRuns.completed();

        assertThat(RunRecord.isRunId(RunRecord.newId())).isTrue();
        assertThat(RunRecord.isRunId("../../etc/passwd")).isFalse();
        assertThat(RunRecord.isRunId(run.id().toUpperCase(java.util.Locale.ROOT))).isFalse();
        assertThatThrownBy(() -> new RunRecord("1-2-3-4-5", "x", Instant.EPOCH, run.config(), List.of(),
                StopReason.COMPLETED, false, 0, 0, 0, false, null, 0, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("got 1-2-3-4-5");
    }

    @Test
    void aHistoryMustRunFromEpochOneWithoutGaps() {
        RunRecord run = SampleRuns.completed();
        List<EpochRecord> gap = List.of(run.epoch(1), run.epoch(3));

        assertThatThrownBy(() -> new RunRecord(run.id(), "x", Instant.EPOCH, run.config(), gap,
                StopReason.COMPLETED, false, 2, 0, 0, false, null, 0, null))
                .hasMessage("history entry 2 is epoch 3; epochs must run 1, 2, 3, …");
        assertThatThrownBy(() -> new RunRecord(run.id(), "x", Instant.EPOCH, run.config(), run.history(),
                StopReason.COMPLETED, false, 25, 26, 0, false, null, 0, null))
                .hasMessage("bestEpoch must be between 0 and 25 (the epochs run), got 26");
    }

    @Test
    void theOutcomeOfEachKindOfRunIsOnePlainSentence() {
        RunRecord completed = SampleRuns.completed();
        RunRecord interrupted = RunRecord.interrupted(RunRecord.newId(), "x", Instant.EPOCH, completed.config(),
                completed.history().subList(0, 12), 3.0);
        TrainingResult early = SampleRuns.train(SampleRuns.small("dataset=circles", "samples=200", "noise=0.15",
                "hiddenLayers=32,32", "learningRate=0.01", "epochs=300", "earlyStopping=true", "patience=10"));
        RunRecord stopped = RunRecord.of(RunRecord.newId(), "x", Instant.EPOCH, completed.config(), early, 1);

        assertThat(RunMessages.outcome(completed)).isEqualTo("completed 25 epochs");
        assertThat(RunMessages.outcome(interrupted))
                .isEqualTo("interrupted after epoch 12: Epoch Lab ended during the run; 12 epochs recovered");
        assertThat(RunMessages.outcome(stopped)).isEqualTo("early stopping at epoch " + early.stoppedEpoch()
                + ": validation loss stopped improving; the weights of the best epoch were restored");
        assertThat(interrupted.stopReason()).isEqualTo(StopReason.CANCELLED);
        assertThat(interrupted.weights()).isEmpty();
    }
}
