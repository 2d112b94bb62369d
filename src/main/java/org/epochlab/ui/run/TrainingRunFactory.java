package org.epochlab.ui.run;

import org.epochlab.experiment.ExperimentConfig;

/** Builds a run from a config, on the training thread (loading data may take a moment). */
@FunctionalInterface
public interface TrainingRunFactory {

    /** @throws Exception when the config or its data cannot be used (the message says why) */
    TrainingRun open(ExperimentConfig config) throws Exception;
}
