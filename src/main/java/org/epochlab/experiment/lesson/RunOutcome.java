package org.epochlab.experiment.lesson;

import java.util.List;

import org.epochlab.engine.EpochRecord;
import org.epochlab.engine.TrainingResult;
import org.epochlab.experiment.ExperimentConfig;
import org.epochlab.experiment.OverfittingAnalysis;
import org.epochlab.experiment.OverfittingReport;

/**
 * A finished lesson run: the config it trained (the preset with the lesson's seeds), what came out and its
 * overfitting analysis. The window builds these from its own runs; {@link LessonRunner} builds them headless.
 *
 * @param trainingExamples rows in the training split (the n of "ceil(n / batch) updates per epoch")
 * @param seconds          wall-clock training time
 */
public record RunOutcome(LessonRun run, ExperimentConfig config, int trainingExamples, TrainingResult result,
                         OverfittingReport report, double seconds) {

    /** An outcome with the default overfitting analysis of the run's history. */
    public static RunOutcome of(LessonRun run, ExperimentConfig config, int trainingExamples, TrainingResult result,
                                double seconds) {
        return new RunOutcome(run, config, trainingExamples, result, OverfittingAnalysis.analyze(result.history()),
                seconds);
    }

    public List<EpochRecord> history() {
        return result.history();
    }

    /** The record of a 1-based epoch. */
    public EpochRecord epoch(int epoch) {
        return result.history().get(epoch - 1);
    }

    public EpochRecord first() {
        return result.history().get(0);
    }

    public EpochRecord last() {
        return result.history().get(result.history().size() - 1);
    }

    public String label() {
        return run.label();
    }
}
