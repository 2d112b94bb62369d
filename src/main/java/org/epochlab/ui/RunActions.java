package org.epochlab.ui;

import java.util.List;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

import org.epochlab.ui.run.RunViewModel;

/** The run commands, shared by the run bar and the Run menu. */
final class RunActions {

    private final IntegerProperty continueEpochs = new SimpleIntegerProperty(100);
    private final UiAction train;
    private final UiAction pause;
    private final UiAction step;
    private final UiAction stop;
    private final UiAction continueRun;
    private final UiAction reset;

    RunActions(RunViewModel run) {
        train = new UiAction("train", "Train", new KeyCodeCombination(KeyCode.F5),
                "Starts a new run with the settings on the left", run::train, run.canTrainProperty());
        pause = new UiAction("pause", "Pause", new KeyCodeCombination(KeyCode.F6),
                "Holds the run before its next mini-batch, or resumes the same epoch from there; while paused, "
                        + "learning rate, L2 and dropout can change (they apply from the next epoch)",
                run::togglePause, run.canPauseProperty());
        pause.textProperty().bind(run.pauseLabelProperty());
        step = new UiAction("step", "Step", new KeyCodeCombination(KeyCode.F10),
                "Trains exactly one epoch, then pauses", run::step, run.canStepProperty());
        stop = new UiAction("stop", "Stop", new KeyCodeCombination(KeyCode.F5, KeyCombination.SHIFT_DOWN),
                "Stops the run before its next mini-batch; Continue can carry on from there", run::stop,
                run.canStopProperty());
        continueRun = new UiAction("continue", "Continue", new KeyCodeCombination(KeyCode.F8),
                "Trains the stopped run for the number of epochs beside this button", () ->
                run.continueRun(continueEpochs.get()), run.canContinueProperty());
        reset = new UiAction("reset", "Reset", new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN),
                "Discards the run and clears the chart", run::reset, run.canResetProperty());
    }

    UiAction train() {
        return train;
    }

    UiAction pause() {
        return pause;
    }

    UiAction step() {
        return step;
    }

    UiAction stop() {
        return stop;
    }

    UiAction continueRun() {
        return continueRun;
    }

    UiAction reset() {
        return reset;
    }

    List<UiAction> all() {
        return List.of(train, pause, step, stop, continueRun, reset);
    }

    /** The epochs Continue adds. */
    IntegerProperty continueEpochsProperty() {
        return continueEpochs;
    }
}
