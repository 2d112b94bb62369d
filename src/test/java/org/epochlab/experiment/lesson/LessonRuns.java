package org.epochlab.experiment.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.epochlab.engine.TrainingControl;
import org.epochlab.experiment.ExperimentConfig;

/**
 * Lesson runs for the tests, each trained once per seed set and shared: several lessons use the same preset
 * (overfit-noisy is the baseline of three), and training is deterministic for given seeds.
 */
final class LessonRuns {

    /** The presets' own seeds and five other seed sets, all four seeds changed together. */
    static final List<SeedSet> SEED_SETS = List.of(SeedSet.DEFAULT, SeedSet.shifted(1), SeedSet.shifted(2),
            SeedSet.shifted(3), SeedSet.shifted(4), SeedSet.shifted(5));

    private static final Map<ExperimentConfig, RunOutcome> CACHE = new ConcurrentHashMap<>();

    private LessonRuns() {
    }

    static Stream<SeedSet> seedSets() {
        return SEED_SETS.stream();
    }

    /** The lesson's runs with these seeds, trained or taken from the cache, and its check's findings. */
    static LessonResult run(String lessonId, SeedSet seeds) {
        Lesson lesson = Lessons.find(lessonId).orElseThrow();
        List<RunOutcome> outcomes = new ArrayList<>();
        for (LessonRun run : lesson.runs()) {
            outcomes.add(outcome(run, seeds));
        }
        return new LessonResult(lesson, seeds, outcomes, lesson.findings(outcomes));
    }

    static RunOutcome outcome(LessonRun run, SeedSet seeds) {
        ExperimentConfig config = seeds.applyTo(run.preset().config());
        RunOutcome cached = CACHE.get(config);
        if (cached != null) {
            return new RunOutcome(run, cached.config(), cached.trainingExamples(), cached.result(), cached.report(),
                    cached.seconds());
        }
        try {
            RunOutcome outcome = LessonRunner.train(run, seeds, new TrainingControl());
            CACHE.put(config, outcome);
            return outcome;
        } catch (Exception e) {
            throw new IllegalStateException(run.presetName() + " with seeds " + seeds + ": " + e.getMessage(), e);
        }
    }

    /** An outcome of {@code source}'s run presented as the run of {@code role}'s preset: to feed a check wrong runs. */
    static RunOutcome as(RunOutcome source, RunOutcome role) {
        return new RunOutcome(role.run(), source.config(), source.trainingExamples(), source.result(), source.report(),
                source.seconds());
    }

    /** The outcomes with {@code replacement} in place of the run of the same preset. */
    static List<RunOutcome> replacing(List<RunOutcome> outcomes, RunOutcome replacement) {
        List<RunOutcome> out = new ArrayList<>();
        for (RunOutcome o : outcomes) {
            out.add(o.run().presetName().equals(replacement.run().presetName()) ? replacement : o);
        }
        return out;
    }

    static RunOutcome get(LessonResult result, String presetName) {
        return new Outcomes(result.outcomes()).get(presetName);
    }
}
