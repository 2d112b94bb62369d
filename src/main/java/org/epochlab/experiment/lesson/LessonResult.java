package org.epochlab.experiment.lesson;

import java.util.List;

/**
 * A lesson trained with one seed set: each run's outcome and the check's findings.
 */
public record LessonResult(Lesson lesson, SeedSet seeds, List<RunOutcome> outcomes, List<Finding> findings) {

    public LessonResult {
        outcomes = List.copyOf(outcomes);
        findings = List.copyOf(findings);
    }

    /** Whether every finding saw the effect the lesson claims. */
    public boolean allSeen() {
        return findings.stream().allMatch(Finding::seen);
    }
}
