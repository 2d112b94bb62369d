package org.epochlab.ui.run;

import java.util.List;

import org.epochlab.engine.EpochRecord;
import org.epochlab.engine.TrainingResult;
import org.epochlab.experiment.ExperimentConfig;

/**
 * Follows the window's runs for whoever keeps them (the run history and its workspace). Every call comes on
 * the FX thread, never on the training thread, so an observer may take its time without slowing training.
 */
public interface RunObserver {

    /** A fresh run of {@code config} starts ({@code continued} false), or the stopped run goes on (true). */
    default void started(ExperimentConfig config, boolean continued) {
    }

    /** The epochs that arrived since the last frame, in order. */
    default void epochs(List<EpochRecord> batch) {
    }

    /**
     * A stretch of the run ended: finished, stopped, diverged, failed, reset while running or ended by closing
     * the window. {@code result} holds the whole history so far; its weights and scores are null when the run
     * did not end on its own (a failure, a reset or a close).
     */
    default void ended(TrainingResult result, double elapsedSeconds) {
    }
}
