package org.epochlab.ui.inspectpanel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.epochlab.engine.EpochRecord;
import org.epochlab.engine.StopReason;
import org.epochlab.experiment.run.EarlyStoppingReplay;
import org.junit.jupiter.api.Test;

class ReplayModelTest {

    /** Validation losses 1.0, 0.8, 0.9, 0.85, 0.95, 0.7 with accuracies 0.5, 0.6, … 1.0. */
    private static final List<EpochRecord> HISTORY = history(1.0, 0.8, 0.9, 0.85, 0.95, 0.7);

    @Test
    void patienceTwoStopsTwoEpochsAfterTheBestAndRestoringKeepsTheBest() {
        // best at epoch 2 (0.8); epochs 3 and 4 do not improve on it: the second one stops the run
        EarlyStoppingReplay.Outcome outcome = ReplayModel.replay(HISTORY, 2, 0, 0, true);

        assertThat(outcome.reason()).isEqualTo(StopReason.EARLY_STOPPING);
        assertThat(outcome.stoppedEpoch()).isEqualTo(4);
        assertThat(outcome.keptEpoch()).isEqualTo(2);
        assertThat(ReplayModel.markerLabel(outcome)).isEqualTo("early stopping would stop at epoch 4");
        assertThat(ReplayModel.describe(outcome, 6)).isEqualTo("""
                Early stopping would stop at epoch 4, 2 of the 6 epochs sooner.
                Restoring the best weights keeps epoch 2: validation loss 0.8000, accuracy 60.0 %.""");
    }

    @Test
    void withoutRestoringTheRunKeepsTheWeightsOfTheEpochItStoppedAt() {
        EarlyStoppingReplay.Outcome outcome = ReplayModel.replay(HISTORY, 2, 0, 0, false);

        assertThat(ReplayModel.describe(outcome, 6)).endsWith(
                "Without restoring, the run keeps the weights of epoch 4: validation loss 0.8500, accuracy 80.0 %.");
    }

    @Test
    void aMinDeltaLargerThanEveryDropStopsAfterPatienceEpochsFromTheFirst() {
        // 0.8 is 0.2 below 1.0: with min delta 0.25 nothing improves on epoch 1
        EarlyStoppingReplay.Outcome outcome = ReplayModel.replay(HISTORY, 3, 0.25, 0, true);

        assertThat(outcome.stoppedEpoch()).isEqualTo(4);
        assertThat(outcome.keptEpoch()).isEqualTo(1);
    }

    @Test
    void aPatienceLongerThanTheRunNeverStopsItAndShowsNoMarker() {
        EarlyStoppingReplay.Outcome outcome = ReplayModel.replay(HISTORY, 10, 0, 0, true);

        assertThat(outcome.reason()).isEqualTo(StopReason.COMPLETED);
        assertThat(ReplayModel.markerLabel(outcome)).isEmpty();
        assertThat(ReplayModel.describe(outcome, 6)).startsWith(
                "Early stopping would not stop within the 6 epochs recorded.\nRestoring the best weights keeps epoch 6");
    }

    @Test
    void aStopAtTheLastRecordedEpochSaysSoRatherThanZeroEpochsSooner() {
        EarlyStoppingReplay.Outcome outcome = ReplayModel.replay(HISTORY.subList(0, 4), 2, 0, 0, true);

        assertThat(ReplayModel.describe(outcome, 4)).startsWith("Early stopping would stop at epoch 4, the last one recorded.");
    }

    private static List<EpochRecord> history(double... valLosses) {
        List<EpochRecord> records = new ArrayList<>();
        for (int i = 0; i < valLosses.length; i++) {
            int epoch = i + 1;
            records.add(new EpochRecord(epoch, 0.5, 0.5, valLosses[i], 0.4 + 0.1 * epoch, epoch, 10L * epoch, 0.01,
                    List.of(), List.of(), List.of(), List.of()));
        }
        return records;
    }
}
