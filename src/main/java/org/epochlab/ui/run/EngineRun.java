package org.epochlab.ui.run;

import org.epochlab.engine.Samples;
import org.epochlab.engine.Trainer;
import org.epochlab.engine.TrainingControl;
import org.epochlab.engine.TrainingListener;
import org.epochlab.engine.TrainingResult;
import org.epochlab.engine.TrainingSession;
import org.epochlab.experiment.ExperimentConfig;
import org.epochlab.experiment.ExperimentRunner;
import org.epochlab.experiment.PreparedExperiment;

/**
 * A run of the engine's {@link Trainer} on the data {@link ExperimentRunner#prepare} makes from a
 * config: the same preparation and the same trainer as the {@code train} command, so both give the
 * same numbers to the bit.
 */
public final class EngineRun implements TrainingRun {

    private final PreparedExperiment prepared;
    private final Trainer trainer;

    private EngineRun(PreparedExperiment prepared) {
        this.prepared = prepared;
        this.trainer = new Trainer(prepared.trainerConfig(), prepared.split().train(),
                orNull(prepared.split().validation()));
    }

    /** Prepares {@code config} (validation, data, split, scaling) and builds its trainer. */
    public static EngineRun open(ExperimentConfig config) throws Exception {
        return new EngineRun(ExperimentRunner.prepare(config));
    }

    /** The data, split and trainer config this run trains on. */
    public PreparedExperiment prepared() {
        return prepared;
    }

    @Override
    public TrainingResult train(TrainingListener listener, TrainingControl control) {
        return trainer.train(listener, control, orNull(prepared.split().test()));
    }

    @Override
    public TrainingResult trainMore(int epochs, TrainingListener listener, TrainingControl control) {
        return trainer.continueTraining(epochs, listener, control, orNull(prepared.split().test()));
    }

    @Override
    public void adjust(Adjustment a) {
        TrainingSession session = trainer.session();
        session.setLearningRate(a.learningRate());
        session.setL2(a.l2());
        session.setDropout(a.dropout());
    }

    /** An empty split is no split for the trainer. */
    private static Samples orNull(Samples samples) {
        return samples == null || samples.isEmpty() ? null : samples;
    }
}
