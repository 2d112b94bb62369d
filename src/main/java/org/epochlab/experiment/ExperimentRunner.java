package org.epochlab.experiment;

import java.util.List;

import org.epochlab.data.DataFormatException;
import org.epochlab.data.Dataset;
import org.epochlab.data.DatasetCatalog;
import org.epochlab.data.Split;
import org.epochlab.data.Splitter;
import org.epochlab.engine.Samples;
import org.epochlab.engine.Trainer;
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
     * <p>Without {@code validationCsv} the dataset is split three ways with {@code splitSeed}. With it, the
     * validation CSV is read with the dataset's columns and labels and becomes the validation split, and
     * only {@code testFraction} is held out of the dataset. Standardization is fitted on the training split.
     *
     * @throws ConfigException     a key is invalid (message names it)
     * @throws DataFormatException the data cannot be read or used (message names the file and place)
     */
    public static PreparedExperiment prepare(ExperimentConfig config) throws ConfigException, DataFormatException {
        List<ConfigProblem> problems = ConfigValidator.check(config);
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
        Dataset dataset = load(config, config.dataset());
        Split split;
        if (config.validationCsv() == null) {
            split = Splitter.stratified(dataset.samples(), config.validationFraction(), config.testFraction(),
                    config.splitSeed());
        } else {
            Samples validation = DatasetCatalog.loadMatching(config.validationCsv(), dataset, config.labelColumn())
                    .samples();
            Split trainAndTest = Splitter.stratified(dataset.samples(), 0.0, config.testFraction(), config.splitSeed());
            split = new Split(trainAndTest.train(), validation, trainAndTest.test());
        }
        if (split.train().isEmpty()) {
            throw new DataFormatException(dataset.name() + " has " + dataset.size()
                    + " examples: none is left for training after the validation and test fractions");
        }
        if (config.earlyStopping() && split.validation().isEmpty()) {
            throw new DataFormatException(dataset.name() + " has " + dataset.size() + " examples: validationFraction "
                    + config.validationFraction() + " leaves none for validation, which earlyStopping needs");
        }
        if (config.standardize()) {
            split = Splitter.standardized(split);
        }
        return new PreparedExperiment(config, dataset, split, TrainerConfigs.of(config));
    }

    /** Trains a prepared experiment to the end, as the {@code train} command does, and scores the test split. */
    public static TrainingResult run(PreparedExperiment prepared, TrainingListener listener, TrainingControl control) {
        Split split = prepared.split();
        return Trainer.run(prepared.trainerConfig(), split.train(), orNull(split.validation()), orNull(split.test()),
                listener, control);
    }

    private static Dataset load(ExperimentConfig c, String nameOrPath) throws DataFormatException {
        return DatasetCatalog.load(nameOrPath, c.samples(), c.noise(), c.classes(), c.dataSeed(), c.labelColumn());
    }

    private static Samples orNull(Samples samples) {
        return samples == null || samples.isEmpty() ? null : samples;
    }
}
