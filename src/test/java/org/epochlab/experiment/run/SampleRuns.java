package org.epochlab.experiment.run;

import java.time.Instant;
import java.util.List;

import org.epochlab.engine.EpochRecord;
import org.epochlab.engine.TrainingControl;
import org.epochlab.engine.TrainingListener;
import org.epochlab.engine.TrainingResult;
import org.epochlab.experiment.ConfigOverrides;
import org.epochlab.experiment.ExperimentConfig;
import org.epochlab.experiment.ExperimentRunner;

/** Real runs of small configs, trained in a few milliseconds, for the run-history tests. */
final class SampleRuns {

    private SampleRuns() {
    }

    /** A small xor config: two inputs, one hidden layer of 4, 60 examples. */
    static ExperimentConfig small(String... assignments) {
        try {
            ExperimentConfig base = ConfigOverrides.apply(ExperimentConfig.defaults(), "name=small xor",
                    "dataset=xor", "samples=60", "hiddenLayers=4", "batchSize=0", "learningRate=0.05", "epochs=25");
            return ConfigOverrides.apply(base, assignments);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static TrainingResult train(ExperimentConfig config) {
        return train(config, TrainingListener.NONE);
    }

    static TrainingResult train(ExperimentConfig config, TrainingListener listener) {
        try {
            return ExperimentRunner.run(ExperimentRunner.prepare(config), listener, new TrainingControl());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static RunRecord run(ExperimentConfig config) {
        return RunRecord.of(RunRecord.newId(), config.name(), Instant.parse("2026-11-25T10:15:30.123456789Z"), config,
                train(config), 0.25);
    }

    /** A run that completed with a test score and its final weights. */
    static RunRecord completed() {
        return run(small());
    }

    /** A run whose learning rate makes the loss blow up: its last epoch's losses are not finite. */
    static RunRecord diverged() {
        RunRecord run = run(small("name=too fast", "optimizer=sgd", "learningRate=10", "outputLoss=identity_mse",
                "dataset=moons", "samples=200", "hiddenLayers=16,16", "batchSize=8", "epochs=60"));
        EpochRecord last = run.history().get(run.epochs() - 1);
        if (Double.isFinite(last.trainLoss()) && Double.isFinite(last.valLoss())) {
            throw new IllegalStateException("the run did not diverge: " + last);
        }
        return run;
    }

    /** A run without a validation split: its validation losses are NaN. */
    static RunRecord withoutValidation() {
        return run(small("name=no validation", "validationFraction=0", "testFraction=0"));
    }

    static List<RunRecord> set() {
        return List.of(completed(), diverged(), withoutValidation());
    }
}
