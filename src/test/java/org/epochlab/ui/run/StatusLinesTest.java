package org.epochlab.ui.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.epochlab.engine.EpochRecord;
import org.epochlab.engine.StopReason;
import org.junit.jupiter.api.Test;

class StatusLinesTest {

    private static StatusLines.Facts facts(RunPhase phase, List<EpochRecord> history, StopReason reason,
                                           int overfit, int patience) {
        return new StatusLines.Facts(phase, history, 200, 2_500_000_000L, reason, false, overfit, patience,
                List.of(4), true);
    }

    @Test
    void beforeAnyRunItSaysHowToStart() {
        assertThat(StatusLines.sentence(facts(RunPhase.IDLE, List.of(), null, 0, 0)))
                .isEqualTo("Ready: pick a dataset and a network, then press Train (F5).");
    }

    @Test
    void beforeAnyRunWithABadValueItPointsAtTheMarkedField() {
        assertThat(StatusLines.sentence(new StatusLines.Facts(RunPhase.IDLE, List.of(), 200, 0, null, false, 0, 0,
                List.of(4), false)))
                .isEqualTo("A value on the left has a problem (marked in red): fix it to train.");
    }

    @Test
    void whileValidationLossReachesNewLowsItSaysItIsStillFalling() {
        assertThat(StatusLines.sentence(facts(RunPhase.RUNNING, Records.withValidationLosses(0.9, 0.7, 0.6), null, 0, 0)))
                .isEqualTo("training: validation loss still falling");
    }

    @Test
    void afterTheBestEpochItCountsTheEpochsWithoutImprovement() {
        assertThat(StatusLines.sentence(facts(RunPhase.RUNNING, Records.bestAt(41, 53), null, 0, 0)))
                .isEqualTo("validation loss has not improved for 12 epochs; best was epoch 41");
    }

    @Test
    void itNamesTheOverfittingOnsetAndTheEarlyStoppingPatience() {
        assertThat(StatusLines.sentence(facts(RunPhase.RUNNING, Records.bestAt(41, 53), null, 45, 20)))
                .isEqualTo("validation loss has not improved for 12 epochs; best was epoch 41 "
                        + "(overfitting from epoch 45); early stopping after 20 epochs");
    }

    @Test
    void aSteppedRunSaysItIsHeldAfterTheEpochItFinished() {
        assertThat(StatusLines.sentence(facts(RunPhase.PAUSED, Records.withValidationLosses(0.9, 0.8), null, 0, 0)))
                .isEqualTo("paused after epoch 2: training: validation loss still falling");
    }

    @Test
    void aRunPausedMidEpochSaysItIsHeldDuringTheEpochAfterTheLastFinished() {
        StatusLines.Facts paused = new StatusLines.Facts(RunPhase.PAUSED, Records.withValidationLosses(0.9, 0.8), 200,
                2_500_000_000L, null, false, 0, 0, List.of(4), true, true);
        assertThat(StatusLines.sentence(paused))
                .isEqualTo("paused during epoch 3: training: validation loss still falling");
    }

    @Test
    void aDivergedRunSuggestsASmallerLearningRate() {
        List<EpochRecord> h = Records.withValidationLosses(0.9, 0.8, 3.0, 40.0, 900.0, 1e5, 1e9, 1e20, 1e50, 1e100,
                1e200, Double.NaN);
        assertThat(StatusLines.sentence(facts(RunPhase.STOPPED, h, StopReason.DIVERGED, 0, 0)))
                .isEqualTo("diverged at epoch 12: try a smaller learning rate");
    }

    @Test
    void earlyStoppingSaysWhenWhyAndTheBestEpoch() {
        assertThat(StatusLines.sentence(new StatusLines.Facts(RunPhase.STOPPED, Records.bestAt(41, 61), 200, 0,
                StopReason.EARLY_STOPPING, true, 45, 20, List.of(4), true)))
                .isEqualTo("stopped early at epoch 61: validation loss had not improved for 20 epochs; best was "
                        + "epoch 41 (its weights were restored); overfitting from epoch 45");
    }

    @Test
    void aCompletedRunWithoutValidationGivesItsFinalTrainingLoss() {
        List<EpochRecord> h = List.of(Records.epoch(1, 0.5, Double.NaN, 100, 4),
                Records.epoch(2, 0.25, Double.NaN, 100, 4));
        assertThat(StatusLines.sentence(facts(RunPhase.STOPPED, h, StopReason.COMPLETED, 0, 0)))
                .isEqualTo("finished all 2 epochs; final training loss 0.2500");
    }

    @Test
    void aStoppedRunPointsAtContinue() {
        assertThat(StatusLines.sentence(facts(RunPhase.STOPPED, Records.bestAt(5, 8), StopReason.CANCELLED, 0, 0)))
                .isEqualTo("stopped at epoch 8; best was epoch 5; Continue trains on from here");
    }

    @Test
    void identicalHiddenNeuronsAreCalledOut() {
        EpochRecord symmetric = new EpochRecord(1, 0.69, 0.5, 0.69, 0.5, 4, 100, 0.01, List.of(0.0, 0.0),
                List.of(0.0, 0.1), List.of(1), List.of(1.0));
        assertThat(StatusLines.sentence(facts(RunPhase.RUNNING, List.of(symmetric), null, 0, 0)))
                .endsWith("; every hidden neuron in a layer is identical (the symmetry zero weights never break)");
    }

    @Test
    void theCountsComeFromTheLastRecord() {
        List<EpochRecord> h = List.of(Records.epoch(1, 1, 1, 240, 10), Records.epoch(57, 1, 1, 240, 10));
        StatusLine line = StatusLines.of(facts(RunPhase.RUNNING, h, null, 0, 0));

        assertThat(line.epoch()).isEqualTo("epoch 57 of 200");
        assertThat(line.samples()).isEqualTo("samples seen 13,680");
        assertThat(line.updates()).isEqualTo("updates 570 (10 per epoch)");
        assertThat(line.speed()).isEqualTo("0.8 epochs/s"); // 2 epochs received in 2.5 s
        assertThat(line.elapsed()).isEqualTo("0:02.5");
    }

    @Test
    void theClockShowsMinutesSecondsAndTenths() {
        assertThat(StatusLines.clock(0)).isEqualTo("0:00.0");
        assertThat(StatusLines.clock(61_250_000_000L)).isEqualTo("1:01.2");
        assertThat(StatusLines.clock(3_600_000_000_000L)).isEqualTo("60:00.0");
    }
}
