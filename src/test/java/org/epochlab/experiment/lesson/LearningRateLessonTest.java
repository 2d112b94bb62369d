package org.epochlab.experiment.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import org.epochlab.engine.StopReason;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class LearningRateLessonTest {

    @ParameterizedTest(name = "seeds {0}")
    @MethodSource("org.epochlab.experiment.lesson.LessonRuns#seedSets")
    void tooSmallCrawlsTooLargeDivergesAndAdamBeatsSgdOnTheSameSeeds(SeedSet seeds) {
        LessonResult result = LessonRuns.run("learning-rate", seeds);
        RunOutcome small = LessonRuns.get(result, "lr-too-small");
        RunOutcome good = LessonRuns.get(result, "lr-good");
        RunOutcome large = LessonRuns.get(result, "lr-too-large");
        RunOutcome adam = LessonRuns.get(result, "optimizer-adam");

        assertThat(small.last().trainLoss()).isGreaterThan(2 * good.last().trainLoss());
        assertThat(large.result().stopReason()).isEqualTo(StopReason.DIVERGED);
        assertThat(large.history().size()).isLessThan(good.history().size());
        assertThat(Double.isFinite(large.last().trainLoss())).isFalse();
        assertThat(adam.last().trainLoss()).isLessThan(0.8 * good.last().trainLoss());
        assertThat(result.findings()).hasSize(3).allMatch(Finding::seen);
    }
}
