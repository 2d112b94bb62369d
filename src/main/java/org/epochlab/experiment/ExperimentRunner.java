package org.epochlab.experiment;

import org.epochlab.data.DataFormatException;
import org.epochlab.engine.TrainingControl;
import org.epochlab.engine.TrainingListener;
import org.epochlab.engine.TrainingResult;

/** Turns a config into data and an engine config, and runs it. */
public final class ExperimentRunner {

    private ExperimentRunner() {
    }

    /**
     * Validates the config, loads the dataset (and the validation CSV if given), splits, scales and
     * builds the engine config.
     *
     * @throws ConfigException     a key is invalid (message names it)
     * @throws DataFormatException the data cannot be read or used (message names the file and place)
     */
    public static PreparedExperiment prepare(ExperimentConfig config) throws ConfigException, DataFormatException {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /** Trains a prepared experiment to the end, as the {@code train} command does. */
    public static TrainingResult run(PreparedExperiment prepared, TrainingListener listener, TrainingControl control) {
        throw new UnsupportedOperationException("not yet implemented");
    }
}
