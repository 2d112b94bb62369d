package org.epochlab.ui.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.epochlab.ui.run.RunViewModelTesting.framesUntil;
import static org.epochlab.ui.run.RunViewModelTesting.fx;
import static org.epochlab.ui.run.RunViewModelTesting.run;

import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

import javafx.beans.property.SimpleObjectProperty;

import org.epochlab.engine.EpochRecord;
import org.epochlab.engine.StopReason;
import org.epochlab.experiment.ExperimentConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

class RunViewModelTest {

    private final SimpleObjectProperty<ExperimentConfig> form = new SimpleObjectProperty<>(ExperimentConfig.defaults());
    private final RecordingChart chart = new RecordingChart();
    private ScriptedRun script = new ScriptedRun(30, 5);
    private RunViewModel vm;

    @BeforeAll
    static void startJavaFx() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    private RunViewModel model() {
        vm = fx(() -> new RunViewModel(form, config -> script, RunViewModelTesting::noOverfitting, chart, System::nanoTime));
        return vm;
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
    void trainingHandsEveryEpochToTheChartInOrderAndEndsStopped() throws TimeoutException {
        model();
        fx(() -> run(vm::train));

        framesUntil(vm, () -> vm.phaseProperty().get() == RunPhase.STOPPED);

        assertThat(chart.points).extracting(EpochRecord::epoch).containsExactlyElementsOf(range(1, 30));
        assertThat(vm.history()).hasSize(30);
        assertThat(vm.stopReason()).isEqualTo(StopReason.COMPLETED);
        assertThat(chart.lastReason).isEqualTo(StopReason.COMPLETED);
        assertThat(chart.lastStoppedEpoch).isEqualTo(30);
        assertThat(script.threads).allMatch("epochlab-training"::equals);
        assertThat(fx(() -> vm.canContinueProperty().get() && vm.canTrainProperty().get())).isTrue();
    }

    @Test
    void stepFromIdleTrainsExactlyOneEpochThenHolds() throws TimeoutException {
        model();
        fx(() -> run(vm::step));
        framesUntil(vm, () -> vm.history().size() == 1);
        fx(() -> run(vm::step));
        framesUntil(vm, () -> vm.history().size() == 2);

        assertThat(fx(() -> vm.phaseProperty().get())).isEqualTo(RunPhase.PAUSED);
        assertThat(script.history).hasSize(2); // the run waits at the end of epoch 2, not further
        assertThat(fx(() -> vm.pauseLabelProperty().get())).isEqualTo("Resume");
    }

    @Test
    void stopWhilePausedEndsTheRunWithoutAnotherMiniBatch() throws TimeoutException {
        model();
        fx(() -> run(vm::step));
        framesUntil(vm, () -> vm.history().size() == 1);
        int checkpointsBefore = script.checkpoints;

        fx(() -> run(vm::stop));
        framesUntil(vm, () -> vm.phaseProperty().get() == RunPhase.STOPPED);

        // the trainer asks once more and is told to stop: no batch of epoch 2 runs
        assertThat(script.checkpoints).isEqualTo(checkpointsBefore + 1);
        assertThat(vm.history()).hasSize(1);
        assertThat(vm.stopReason()).isEqualTo(StopReason.CANCELLED);
    }

    @Test
    void changesWhilePausedReachTheRunOnItsThreadBeforeTheNextEpoch() throws TimeoutException {
        model();
        fx(() -> run(vm::step));
        framesUntil(vm, () -> vm.history().size() == 1);

        fx(() -> run(() -> vm.adjust(new Adjustment(0.5, 0, 0))));
        fx(() -> run(vm::step));
        framesUntil(vm, () -> vm.history().size() == 2);

        assertThat(script.adjustments).containsExactly("epoch 1: lr 0.5");
        assertThat(script.threads).allMatch("epochlab-training"::equals);
    }

    @Test
    void continueTrainsMoreEpochsOfTheSameRunAndRaisesTheTarget() throws TimeoutException {
        script = new ScriptedRun(10, 2);
        model();
        fx(() -> run(vm::train));
        framesUntil(vm, () -> vm.phaseProperty().get() == RunPhase.STOPPED);
        fx(() -> run(() -> vm.adjust(new Adjustment(0.25, 0, 0))));

        fx(() -> run(() -> vm.continueRun(5)));
        framesUntil(vm, () -> vm.phaseProperty().get() == RunPhase.STOPPED && vm.history().size() == 15);

        assertThat(vm.history()).extracting(EpochRecord::epoch).containsExactlyElementsOf(range(1, 15));
        assertThat(fx(() -> vm.statusProperty().get().epoch())).isEqualTo("epoch 15 of 15");
        assertThat(script.adjustments).containsExactly("epoch 10: lr 0.25");
    }

    @Test
    void stepAfterTheRunEndedTrainsOneMoreEpochAndEndsAgain() throws TimeoutException {
        script = new ScriptedRun(4, 2);
        model();
        fx(() -> run(vm::train));
        framesUntil(vm, () -> vm.phaseProperty().get() == RunPhase.STOPPED);

        fx(() -> run(vm::step));
        framesUntil(vm, () -> vm.phaseProperty().get() == RunPhase.STOPPED && vm.history().size() == 5);

        assertThat(fx(() -> vm.statusProperty().get().epoch())).isEqualTo("epoch 5 of 5");
    }

    @Test
    void aFailureIsReportedAndTheEpochsSoFarAreKept() throws TimeoutException {
        script.failAt = new IllegalStateException("matrix exploded");
        script.failEpoch = 4;
        AtomicReference<Throwable> reported = new AtomicReference<>();
        model();
        fx(() -> run(() -> vm.setOnFailure(reported::set)));
        fx(() -> run(vm::train));

        framesUntil(vm, () -> vm.phaseProperty().get() == RunPhase.STOPPED);

        assertThat(reported.get()).hasMessage("matrix exploded");
        assertThat(vm.history()).hasSize(3);
        assertThat(chart.points).hasSize(3);
        assertThat(fx(() -> vm.canContinueProperty().get())).isFalse();
        assertThat(fx(() -> vm.statusProperty().get().sentence())).startsWith("failed after epoch 3");
    }

    @Test
    void resetClearsTheChartAndTheHistory() throws TimeoutException {
        model();
        fx(() -> run(vm::train));
        framesUntil(vm, () -> vm.phaseProperty().get() == RunPhase.STOPPED);

        fx(() -> run(vm::reset));

        assertThat(chart.points).isEmpty();
        assertThat(vm.history()).isEmpty();
        assertThat(fx(() -> vm.phaseProperty().get())).isEqualTo(RunPhase.IDLE);
        assertThat(fx(() -> vm.canContinueProperty().get())).isFalse();
    }

    @Test
    void trainIsUnavailableWhileTheFormHasAProblem() {
        model();
        fx(() -> run(() -> form.set(null)));

        assertThat(fx(() -> vm.canTrainProperty().get() || vm.canStepProperty().get())).isFalse();
    }

    // ---- helpers ----

    private static List<Integer> range(int from, int to) {
        return java.util.stream.IntStream.rangeClosed(from, to).boxed().toList();
    }
}
