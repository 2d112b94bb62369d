package org.epochlab.experiment.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class FightingOverfittingLessonTest {

    @ParameterizedTest(name = "seeds {0}")
    @MethodSource("org.epochlab.experiment.lesson.LessonRuns#seedSets")
    void l2DropoutAndMoreDataEachShrinkTheFinalGapAgainstTheSameSeeds(SeedSet seeds) {
        LessonResult result = LessonRuns.run("fighting-overfitting", seeds);
        double baseGap = LessonRuns.get(result, "overfit-noisy").last().gap();

        assertThat(baseGap).isGreaterThan(0.3);
        for (String name : List.of("overfit-l2", "overfit-dropout", "overfit-more-data")) {
            RunOutcome run = LessonRuns.get(result, name);
            assertThat(run.last().gap()).as(name).isLessThan(0.6 * baseGap);
            assertThat(run.config().splitSeed()).isEqualTo(seeds.splitSeed());
            assertThat(run.config().initSeed()).isEqualTo(seeds.initSeed());
        }
        assertThat(result.findings()).hasSize(4).allMatch(Finding::seen);
    }

    @Test
    void theCheckSeesNoShrinkWhenARemedyIsTheBaselineAgain() {
        LessonResult result = LessonRuns.run("fighting-overfitting", SeedSet.DEFAULT);
        RunOutcome fake = LessonRuns.as(LessonRuns.get(result, "overfit-noisy"), LessonRuns.get(result, "overfit-l2"));

        var findings = result.lesson().findings(LessonRuns.replacing(result.outcomes(), fake));

        assertThat(findings.get(1).seen()).isFalse();
        assertThat(findings.get(1).text()).contains("(+0 %)");
    }
}
