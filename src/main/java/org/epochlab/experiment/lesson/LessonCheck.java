package org.epochlab.experiment.lesson;

import java.util.List;

/**
 * What a lesson checks in its finished runs: a pure function from the runs' results to findings, each a
 * sentence with the runs' numbers and whether the lesson's claimed effect was seen.
 */
@FunctionalInterface
public interface LessonCheck {

    /**
     * @param outcomes one per lesson run, in the lesson's order
     */
    List<Finding> findings(Outcomes outcomes);
}
