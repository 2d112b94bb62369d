package org.epochlab.experiment.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.epochlab.engine.EarlyStopping;
import org.epochlab.engine.EpochRecord;
import org.epochlab.engine.StopReason;
import org.epochlab.engine.TrainingResult;
import org.epochlab.experiment.ExperimentConfig;
import org.junit.jupiter.api.Test;

class EarlyStoppingReplayTest {

    /** Noisy circles and a wide net, full batch: validation loss bottoms out and turns up within 300 epochs. */
    private static ExperimentConfig overfitting(String... more) {
        List<String> keys = new ArrayList<>(List.of("dataset=circles", "samples=200", "noise=0.15",
                "validationFraction=0.4", "testFraction=0.2", "hiddenLayers=32,32", "batchSize=0",
                "learningRate=0.01", "epochs=300"));
        keys.addAll(List.of(more));
        return SampleRuns.small(keys.toArray(String[]::new));
    }

    @Test
    void replayingAFullRunWithARealRunsSettingsFindsWhereThatRunStoppedAndWhatItKept() {
        TrainingResult full = SampleRuns.train(overfitting());
        TrainingResult stopped = SampleRuns.train(overfitting("earlyStopping=true", "patience=15", "minDelta=0.001",
                "restoreBestWeights=true"));

        EarlyStoppingReplay.Outcome replay = EarlyStoppingReplay.replay(full.history(),
                new EarlyStopping(true, 15, 0.001, 0, true));

        assertThat(stopped.stopReason()).isEqualTo(StopReason.EARLY_STOPPING);
        assertThat(full.history().subList(0, stopped.stoppedEpoch())).isEqualTo(stopped.history());
        assertThat(replay.reason()).isEqualTo(StopReason.EARLY_STOPPING);
        assertThat(replay.stoppedEpoch()).isEqualTo(stopped.stoppedEpoch());
        assertThat(replay.restoredBest()).isEqualTo(stopped.restoredBest()).isTrue();
        // the restored weights score on the validation split exactly as their epoch's record says
        assertThat(replay.valLoss()).isEqualTo(stopped.validation().loss());
        assertThat(replay.valAccuracy()).isEqualTo(stopped.validation().accuracy());
        assertThat(replay.epochsSaved(full.history().size())).isEqualTo(300 - stopped.stoppedEpoch());
    }

    @Test
    void replayingWithoutRestoringKeepsTheStoppedEpochsWeightsAsTheTrainerDoes() {
        TrainingResult full = SampleRuns.train(overfitting());
        TrainingResult stopped = SampleRuns.train(overfitting("earlyStopping=true", "patience=5", "startFromEpoch=20",
                "restoreBestWeights=false"));

        EarlyStoppingReplay.Outcome replay = EarlyStoppingReplay.replay(full.history(),
                new EarlyStopping(true, 5, 0.0, 20, false));

        assertThat(replay.stoppedEpoch()).isEqualTo(stopped.stoppedEpoch()).isGreaterThan(20);
        assertThat(replay.keptEpoch()).isEqualTo(replay.stoppedEpoch());
        assertThat(replay.valLoss()).isEqualTo(stopped.validation().loss());
    }

    @Test
    void patienceCountsEpochsWithoutAnImprovementLargerThanMinDelta() {
        List<EpochRecord> history = history(1.0, 0.9, 0.95, 0.97, 0.5);

        // improvements at 1 and 2; 3 and 4 wait 2 epochs: stop at 4 and restore epoch 2
        assertThat(EarlyStoppingReplay.replay(history, new EarlyStopping(true, 2, 0.0, 0, true)))
                .isEqualTo(new EarlyStoppingReplay.Outcome(StopReason.EARLY_STOPPING, 4, 2, true, 0.9, 0.02));
        // with min delta 0.2, 0.9 is no improvement on 1.0: epochs 2 and 3 wait, stop at 3, keep epoch 1
        assertThat(EarlyStoppingReplay.replay(history, new EarlyStopping(true, 2, 0.2, 0, true)))
                .isEqualTo(new EarlyStoppingReplay.Outcome(StopReason.EARLY_STOPPING, 3, 1, true, 1.0, 0.01));
        // patience 3 lets epoch 5 improve: the run goes to its end, keeping epoch 5
        assertThat(EarlyStoppingReplay.replay(history, new EarlyStopping(true, 3, 0.0, 0, true)))
                .isEqualTo(new EarlyStoppingReplay.Outcome(StopReason.COMPLETED, 5, 5, true, 0.5, 0.05));
    }

    @Test
    void epochsUpToStartFromEpochAreNotWatched() {
        List<EpochRecord> history = history(0.1, 1.0, 1.1, 1.2, 1.3);

        // epochs 1 and 2 are ignored: epoch 3 is the first best; 4 and 5 wait, stop at 5 and keep epoch 3
        assertThat(EarlyStoppingReplay.replay(history, new EarlyStopping(true, 2, 0.0, 2, true)))
                .isEqualTo(new EarlyStoppingReplay.Outcome(StopReason.EARLY_STOPPING, 5, 3, true, 1.1, 0.03));
    }

    @Test
    void withoutRestoringTheLastEpochIsKept() {
        assertThat(EarlyStoppingReplay.replay(history(1.0, 0.9, 0.95, 0.97), new EarlyStopping(true, 2, 0.0, 0, false)))
                .isEqualTo(new EarlyStoppingReplay.Outcome(StopReason.EARLY_STOPPING, 4, 4, false, 0.97, 0.04));
    }

    @Test
    void aDivergedEpochEndsTheReplayAndTheBestWeightsAreStillRestored() {
        List<EpochRecord> history = history(1.0, 0.8, Double.NaN, 0.7);

        assertThat(EarlyStoppingReplay.replay(history, new EarlyStopping(true, 5, 0.0, 0, true)))
                .isEqualTo(new EarlyStoppingReplay.Outcome(StopReason.DIVERGED, 3, 2, true, 0.8, 0.02));
    }

    @Test
    void aHistoryWithoutValidationCannotStopEarly() {
        List<EpochRecord> history = history(Double.NaN, Double.NaN, Double.NaN);

        EarlyStoppingReplay.Outcome replay = EarlyStoppingReplay.replay(history, new EarlyStopping(true, 1, 0.0, 0, true));

        assertThat(replay.reason()).isEqualTo(StopReason.COMPLETED);
        assertThat(replay.keptEpoch()).isEqualTo(3);
        assertThat(replay.restoredBest()).isFalse();
        assertThat(EarlyStoppingReplay.replay(List.of(), new EarlyStopping(true, 1, 0.0, 0, true)).stoppedEpoch()).isZero();
    }

    /** Epochs with these validation losses, validation accuracy the epoch / 100, training loss 0.5. */
    private static List<EpochRecord> history(double... valLosses) {
        List<EpochRecord> history = new ArrayList<>();
        for (int i = 0; i < valLosses.length; i++) {
            history.add(new EpochRecord(i + 1, 0.5, 0.5, valLosses[i], (i + 1) / 100.0, i + 1, 10L * (i + 1), 0.01,
                    List.of(1.0), List.of(1.0), List.of(), List.of()));
        }
        return history;
    }
}
