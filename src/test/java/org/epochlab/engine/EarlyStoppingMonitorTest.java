package org.epochlab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Keras 3 EarlyStopping semantics on scripted validation-loss sequences. */
class EarlyStoppingMonitorTest {

    private static EarlyStoppingMonitor monitor(int patience, double minDelta, int startFromEpoch, boolean restore) {
        EarlyStoppingMonitor monitor = new EarlyStoppingMonitor(
                new EarlyStopping(true, patience, minDelta, startFromEpoch, restore));
        monitor.beginTraining();
        return monitor;
    }

    /** Feeds the losses as epochs 1, 2, ... and returns the epoch that stopped, or 0. */
    private static int stopEpoch(EarlyStoppingMonitor monitor, double... losses) {
        for (int i = 0; i < losses.length; i++) {
            if (monitor.onEpochEnd(i + 1, losses[i]).stop()) {
                return i + 1;
            }
        }
        return 0;
    }

    @Test
    void stopsAfterPatienceEpochsWithoutImprovement() {
        EarlyStoppingMonitor monitor = monitor(2, 0, 0, false);
        // best 1.0, best 0.8, wait 1, wait 2 = patience ⇒ stop at epoch 4
        assertThat(stopEpoch(monitor, 1.0, 0.8, 0.9, 0.85, 0.7)).isEqualTo(4);
        assertThat(monitor.best()).isEqualTo(0.8);
        assertThat(monitor.bestEpoch()).isEqualTo(2);
    }

    @Test
    void anImprovementResetsTheWait() {
        EarlyStoppingMonitor monitor = monitor(2, 0, 0, false);
        // wait 1 at epoch 2, improvement at 3 resets it; wait 1, 2 at epochs 4, 5
        assertThat(stopEpoch(monitor, 1.0, 1.1, 0.9, 0.95, 0.95, 0.5)).isEqualTo(5);
    }

    @Test
    void anEqualLossIsNotAnImprovement() {
        assertThat(stopEpoch(monitor(1, 0, 0, false), 1.0, 1.0)).isEqualTo(2);
    }

    @Test
    void improvementsSmallerThanMinDeltaDoNotCount() {
        EarlyStoppingMonitor monitor = monitor(2, 0.1, 0, false);
        // 0.95 + 0.1 ≥ 1.0 and 0.91 + 0.1 ≥ 1.0: no improvement, though the loss fell
        assertThat(stopEpoch(monitor, 1.0, 0.95, 0.91, 0.5)).isEqualTo(3);
        assertThat(monitor.best()).isEqualTo(1.0);
    }

    @Test
    void anImprovementOfMoreThanMinDeltaCounts() {
        EarlyStoppingMonitor monitor = monitor(1, 0.1, 0, false);
        // 0.85 + 0.1 < 1.0 improves; 0.8 + 0.1 ≥ 0.85 does not ⇒ stop at 3
        assertThat(stopEpoch(monitor, 1.0, 0.85, 0.8)).isEqualTo(3);
        assertThat(monitor.bestEpoch()).isEqualTo(2);
    }

    @Test
    void epochsUpToStartFromEpochAreIgnored() {
        // without the warm-up the rise at epoch 2 stops the run
        assertThat(stopEpoch(monitor(1, 0, 0, false), 5, 6, 7, 1, 2)).isEqualTo(2);
        // with start_from_epoch = 3, epochs 1-3 are ignored: best 1 at 4, stop at 5
        EarlyStoppingMonitor warmUp = monitor(1, 0, 3, false);
        assertThat(stopEpoch(warmUp, 5, 6, 7, 1, 2)).isEqualTo(5);
        assertThat(warmUp.bestEpoch()).isEqualTo(4);
    }

    @Test
    void patienceZeroStopsAtTheFirstEpochWithoutImprovementButNeverAtEpochOne() {
        assertThat(stopEpoch(monitor(0, 0, 0, false), 1.0, 1.2)).isEqualTo(2);
        // NaN is never an improvement; at epoch 1 Keras does not stop even so
        EarlyStoppingMonitor monitor = monitor(0, 0, 0, false);
        assertThat(monitor.onEpochEnd(1, Double.NaN).stop()).isFalse();
        assertThat(monitor.onEpochEnd(2, Double.NaN).stop()).isTrue();
    }

    @Test
    void weightsAreKeptAtTheFirstMonitoredEpochAndAtEachImprovement() {
        EarlyStoppingMonitor monitor = monitor(3, 0, 1, true);
        assertThat(monitor.onEpochEnd(1, 0.5).keepWeights()).as("ignored warm-up epoch").isFalse();
        assertThat(monitor.onEpochEnd(2, 1.0).keepWeights()).as("first monitored").isTrue();
        assertThat(monitor.onEpochEnd(3, 1.2).keepWeights()).as("worse").isFalse();
        assertThat(monitor.onEpochEnd(4, 0.9).keepWeights()).as("better").isTrue();
        assertThat(monitor.onEpochEnd(5, 0.95).keepWeights()).as("worse").isFalse();
        assertThat(monitor.bestEpoch()).isEqualTo(4);
    }

    @Test
    void withoutRestoreNoWeightsAreKept() {
        EarlyStoppingMonitor monitor = monitor(3, 0, 0, false);
        assertThat(monitor.onEpochEnd(1, 1.0).keepWeights()).isFalse();
        assertThat(monitor.onEpochEnd(2, 0.5).keepWeights()).isFalse();
        assertThat(monitor.hasKeptWeights()).isFalse();
    }

    @Test
    void aNewTrainingCallKeepsTheBestValueButRestartsWaitAndKeptWeights() {
        EarlyStoppingMonitor monitor = monitor(2, 0, 0, true);
        stopEpoch(monitor, 1.0, 0.5, 0.6);
        assertThat(monitor.waited()).isEqualTo(1);

        monitor.beginTraining();
        assertThat(monitor.waited()).isZero();
        assertThat(monitor.hasKeptWeights()).isFalse();
        // 0.7 is worse than the best 0.5 of the first call, yet its weights are kept as this call's first
        EarlyStoppingMonitor.Decision decision = monitor.onEpochEnd(4, 0.7);
        assertThat(decision.keepWeights()).isTrue();
        assertThat(monitor.best()).isEqualTo(0.5);
        assertThat(monitor.waited()).isEqualTo(1);
        assertThat(monitor.bestEpoch()).isEqualTo(4);
        assertThat(monitor.onEpochEnd(5, 0.6).stop()).isTrue();
    }
}
