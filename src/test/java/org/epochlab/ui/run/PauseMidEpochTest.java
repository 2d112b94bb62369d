package org.epochlab.ui.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.epochlab.ui.run.RunViewModelTesting.framesUntil;
import static org.epochlab.ui.run.RunViewModelTesting.fx;
import static org.epochlab.ui.run.RunViewModelTesting.run;

import java.util.List;
import java.util.concurrent.TimeoutException;

import javafx.beans.property.SimpleObjectProperty;

import org.epochlab.engine.StopReason;
import org.epochlab.engine.TrainingControl;
import org.epochlab.engine.TrainingListener;
import org.epochlab.engine.TrainingResult;
import org.epochlab.experiment.ConfigOverrides;
import org.epochlab.experiment.ExperimentConfig;
import org.epochlab.experiment.ExperimentRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** Pause with the real engine on digits at one example per batch: an epoch is over a thousand mini-batches. */
class PauseMidEpochTest {

    private final SimpleObjectProperty<ExperimentConfig> form = new SimpleObjectProperty<>(digits());
    private volatile WatchedRun watched;
    private RunViewModel vm;

    @BeforeAll
    static void startJavaFx() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void shutDown() {
        if (vm != null) {
            fx(() -> {
                vm.shutdown();
                return null;
            });
        }
    }

    @Test
    void pauseHoldsTheRunBeforeItsNextMiniBatchAndResumeFinishesWithTheHistoryOfAnUnpausedRun() throws Exception {
        model();
        fx(() -> run(vm::train));
        framesUntil(vm, () -> watched != null && watched.control != null && watched.control.checkpointsPassed() > 0);

        long[] beforePause = new long[1];
        fx(() -> run(() -> {
            beforePause[0] = watched.control.checkpointsPassed();
            vm.togglePause();
        }));
        framesUntil(vm, () -> watched.control.isHolding());
        long atHold = watched.control.checkpointsPassed();

        // at most the mini-batch under way when Pause was pressed, where holding at the epoch end would run on
        assertThat(atHold - beforePause[0]).isBetween(0L, 1L);
        // only whole epochs before the hold are published: the one it holds in goes on after Resume
        framesUntil(vm, () -> true); // one more frame: every epoch published before the hold is now in the history
        int epochsAtHold = fx(() -> vm.history().size());
        assertThat(atHold / batchesPerEpoch()).isEqualTo(epochsAtHold);

        // frames go by and nothing moves: no mini-batch, no epoch
        for (int frame = 0; frame < 5; frame++) {
            fx(() -> run(vm::onFrame));
        }
        assertThat(watched.control.isHolding()).isTrue();
        assertThat(watched.control.checkpointsPassed()).isEqualTo(atHold);
        assertThat(fx(() -> vm.history().size())).isEqualTo(epochsAtHold);
        assertThat(fx(() -> vm.phaseProperty().get())).isEqualTo(RunPhase.PAUSED);
        assertThat(fx(() -> vm.statusProperty().get().sentence()))
                .startsWith("paused during epoch " + (epochsAtHold + 1));

        fx(() -> run(vm::togglePause));
        framesUntil(vm, () -> vm.phaseProperty().get() == RunPhase.STOPPED);

        assertThat(vm.stopReason()).isEqualTo(StopReason.COMPLETED);
        assertThat(fx(() -> List.copyOf(vm.history()))).isEqualTo(unpaused().history());
    }

    @Test
    void stepWhilePausedMidEpochFinishesThatEpochAndHoldsAtItsEnd() throws Exception {
        model();
        fx(() -> run(vm::train));
        framesUntil(vm, () -> watched != null && watched.control != null && watched.control.checkpointsPassed() > 0);
        fx(() -> run(vm::togglePause));
        framesUntil(vm, () -> watched.control.isHolding());
        long atHold = watched.control.checkpointsPassed();
        int epochsAtHold = (int) (atHold / batchesPerEpoch());
        framesUntil(vm, () -> vm.history().size() == epochsAtHold);

        fx(() -> run(vm::step));
        framesUntil(vm, () -> vm.history().size() == epochsAtHold + 1);
        assertThat(fx(() -> vm.phaseProperty().get())).isEqualTo(RunPhase.PAUSED);
        assertThat(fx(() -> vm.statusProperty().get().sentence()))
                .startsWith("paused after epoch " + (epochsAtHold + 1));
        // the rest of the held epoch ran, and not one mini-batch of the next
        assertThat(watched.control.checkpointsPassed()).isEqualTo((epochsAtHold + 1) * batchesPerEpoch());

        fx(() -> run(vm::togglePause));
        framesUntil(vm, () -> vm.phaseProperty().get() == RunPhase.STOPPED);
        assertThat(fx(() -> List.copyOf(vm.history()))).isEqualTo(unpaused().history());
    }

    // ---- helpers ----

    private static ExperimentConfig digits() {
        try {
            return ConfigOverrides.apply(ExperimentConfig.defaults(), "name=digits-batch-1", "dataset=digits",
                    "hiddenLayers=[32]", "batchSize=1", "epochs=6", "earlyStopping=false");
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static TrainingResult unpaused() throws Exception {
        return ExperimentRunner.run(ExperimentRunner.prepare(digits()), TrainingListener.NONE, new TrainingControl());
    }

    private long batchesPerEpoch() throws Exception {
        return ExperimentRunner.prepare(digits()).split().train().rows();
    }

    private void model() {
        vm = fx(() -> new RunViewModel(form, config -> watched = new WatchedRun(EngineRun.open(config)),
                RunViewModelTesting::noOverfitting, new RecordingChart(), System::nanoTime));
    }

    /** The engine's run, keeping the control the window hands it. */
    private static final class WatchedRun implements TrainingRun {
        private final EngineRun real;
        volatile TrainingControl control;

        WatchedRun(EngineRun real) {
            this.real = real;
        }

        @Override
        public TrainingResult train(TrainingListener listener, TrainingControl c) {
            control = c;
            return real.train(listener, c);
        }

        @Override
        public TrainingResult trainMore(int epochs, TrainingListener listener, TrainingControl c) {
            control = c;
            return real.trainMore(epochs, listener, c);
        }

        @Override
        public void adjust(Adjustment adjustment) {
            real.adjust(adjustment);
        }
    }

}
