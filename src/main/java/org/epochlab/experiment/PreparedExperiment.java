package org.epochlab.experiment;

import org.epochlab.data.Dataset;
import org.epochlab.data.Split;
import org.epochlab.engine.TrainerConfig;

/**
 * A config with its data loaded, split and scaled, and its engine config: everything a run needs.
 * The window and the {@code train} command both start from this, so they train on the same numbers.
 *
 * @param dataset the data as loaded, before splitting and scaling
 * @param split   the parts the engine sees (scaled if the config asks for it)
 */
public record PreparedExperiment(ExperimentConfig config, Dataset dataset, Split split, TrainerConfig trainerConfig) {
}
