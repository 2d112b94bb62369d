package org.epochlab.experiment.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class WidthSweepLessonTest {

    @ParameterizedTest(name = "seeds {0}")
    @MethodSource("org.epochlab.experiment.lesson.LessonRuns#seedSets")
    void validationLossIsUShapedInWidthWhileTrainingLossKeepsFalling(SeedSet seeds) {
        LessonResult result = LessonRuns.run("width-sweep", seeds);
        List<RunOutcome> runs = result.outcomes();
        int n = runs.size();
        int bottom = 0;
        for (int i = 1; i < n; i++) {
            if (runs.get(i).last().valLoss() < runs.get(bottom).last().valLoss()) {
                bottom = i;
            }
        }
        double lowest = runs.get(bottom).last().valLoss();

        assertThat(bottom).isStrictlyBetween(0, n - 1);
        assertThat(runs.get(0).last().valLoss()).isGreaterThan(1.1 * lowest);
        assertThat(runs.get(n - 1).last().valLoss()).isGreaterThan(1.1 * lowest);
        assertThat(runs.get(n - 1).last().trainLoss()).isLessThan(0.6 * runs.get(bottom).last().trainLoss());
        assertThat(runs.get(bottom).last().trainLoss()).isLessThan(runs.get(0).last().trainLoss());
        assertThat(result.findings()).hasSize(3).allMatch(Finding::seen);
    }
}
