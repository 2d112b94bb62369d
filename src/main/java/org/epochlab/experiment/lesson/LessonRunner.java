package org.epochlab.experiment.lesson;

import java.util.ArrayList;
import java.util.List;

import org.epochlab.data.DataFormatException;
import org.epochlab.engine.TrainingControl;
import org.epochlab.engine.TrainingListener;
import org.epochlab.engine.TrainingResult;
import org.epochlab.experiment.ConfigException;
import org.epochlab.experiment.ExperimentConfig;
import org.epochlab.experiment.ExperimentRunner;
import org.epochlab.experiment.PreparedExperiment;

/** Trains a lesson's runs one after the other, headless, and checks them. */
public final class LessonRunner {

    /** Hears when each run of a lesson starts and ends (progress lines, a progress bar). */
    public interface Progress {
        Progress NONE = new Progress() { };

        default void started(LessonRun run, int index, int count) {
        }

        default void finished(RunOutcome outcome, int index, int count) {
        }
    }

    private LessonRunner() {
    }

    /** Trains every run with the presets' own seeds. */
    public static LessonResult run(Lesson lesson) throws ConfigException, DataFormatException {
        return run(lesson, SeedSet.DEFAULT, Progress.NONE, new TrainingControl());
    }

    /**
     * Trains every run of {@code lesson} with {@code seeds} (the same for every run, so that the runs differ
     * only in what the lesson changes) and applies the lesson's check.
     *
     * @param control cancels the run in progress; the runs not started yet are skipped and the findings are
     *                left empty
     */
    public static LessonResult run(Lesson lesson, SeedSet seeds, Progress progress, TrainingControl control)
            throws ConfigException, DataFormatException {
        List<RunOutcome> outcomes = new ArrayList<>();
        int count = lesson.runs().size();
        for (int i = 0; i < count && !control.isCancelled(); i++) {
            LessonRun run = lesson.runs().get(i);
            progress.started(run, i, count);
            RunOutcome outcome = train(run, seeds, control);
            outcomes.add(outcome);
            progress.finished(outcome, i, count);
        }
        List<Finding> findings = outcomes.size() == count && !control.isCancelled()
                ? lesson.findings(outcomes) : List.of();
        return new LessonResult(lesson, seeds, outcomes, findings);
    }

    /** Trains one lesson run with the given seeds. */
    public static RunOutcome train(LessonRun run, SeedSet seeds, TrainingControl control)
            throws ConfigException, DataFormatException {
        ExperimentConfig config = seeds.applyTo(run.preset().config());
        PreparedExperiment prepared = ExperimentRunner.prepare(config);
        long start = System.nanoTime();
        TrainingResult result = ExperimentRunner.run(prepared, TrainingListener.NONE, control);
        double seconds = (System.nanoTime() - start) / 1e9;
        return RunOutcome.of(run, config, prepared.split().train().rows(), result, seconds);
    }
}
