package org.epochlab.experiment.lesson;

import java.util.List;
import java.util.Optional;

/**
 * A lesson: a question students ask, the runs that answer it, what to try and look for, and a check that
 * states, with the runs' own numbers, what the student should have seen.
 *
 * @param id        kebab-case name ({@code lesson NAME})
 * @param title     the question, as students ask it
 * @param shows     one line on what the lesson shows (lists and menus)
 * @param runs      the runs, in the order they are trained and drawn
 * @param tryThis   "try this, look for that" lines, shown beside the chart
 * @param check     finds the lesson's effect in the finished runs
 * @param sweep     for a sweep lesson, the swept value of each run; null otherwise
 */
public record Lesson(String id, String title, String shows, List<LessonRun> runs, List<String> tryThis,
                     LessonCheck check, SweepAxis sweep) {

    public Lesson {
        runs = List.copyOf(runs);
        tryThis = List.copyOf(tryThis);
        if (sweep != null && sweep.values().size() != runs.size()) {
            throw new IllegalArgumentException(id + ": " + sweep.values().size() + " sweep values for " + runs.size()
                    + " runs");
        }
    }

    /** The findings of this lesson's check on its finished runs ("what you should have seen"). */
    public List<Finding> findings(List<RunOutcome> outcomes) {
        return check.findings(new Outcomes(outcomes));
    }

    public Optional<SweepAxis> sweepAxis() {
        return Optional.ofNullable(sweep);
    }

    /** Whether the lesson compares runs on one loss chart (several runs, not a sweep). */
    public boolean comparesRuns() {
        return runs.size() > 1 && sweep == null;
    }
}
