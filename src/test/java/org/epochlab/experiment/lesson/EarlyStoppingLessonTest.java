package org.epochlab.experiment.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.epochlab.engine.StopReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EarlyStoppingLessonTest {

    @ParameterizedTest(name = "seeds {0}")
    @MethodSource("org.epochlab.experiment.lesson.LessonRuns#seedSets")
    void stopsExactlyPatienceEpochsAfterTheBestAndRestoresTheBestWeights(SeedSet seeds) {
        LessonResult result = LessonRuns.run("early-stopping", seeds);
        RunOutcome run = LessonRuns.get(result, "early-stopping");
        RunOutcome full = LessonRuns.get(result, "overfit-noisy");
        int best = run.result().bestEpoch();

        assertThat(run.result().stopReason()).isEqualTo(StopReason.EARLY_STOPPING);
        assertThat(run.result().stoppedEpoch()).isEqualTo(best + 20).isLessThan(full.history().size());
        assertThat(run.result().restoredBest()).isTrue();
        assertThat(run.result().validation().loss()).isCloseTo(run.epoch(best).valLoss(), within(1e-12));
        assertThat(run.last().valLoss()).isGreaterThan(run.epoch(best).valLoss());
        // the same seeds: early stopping watches the very run that would otherwise go on overfitting
        assertThat(run.history()).containsExactlyElementsOf(full.history().subList(0, run.history().size()));
        assertThat(result.findings()).hasSize(3).allMatch(Finding::seen);
    }

    @Test
    void theCheckSeesNoEarlyStopInARunThatRanToTheEnd() {
        LessonResult result = LessonRuns.run("early-stopping", SeedSet.DEFAULT);
        RunOutcome full = LessonRuns.get(result, "overfit-noisy");
        RunOutcome fake = LessonRuns.as(full, LessonRuns.get(result, "early-stopping"));

        var findings = result.lesson().findings(LessonRuns.replacing(result.outcomes(), fake));

        assertThat(findings.get(0).seen()).isFalse();
        assertThat(findings.get(1).seen()).isFalse();
    }
}
