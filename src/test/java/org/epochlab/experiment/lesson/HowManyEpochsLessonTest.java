package org.epochlab.experiment.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import org.epochlab.experiment.OverfittingReport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class HowManyEpochsLessonTest {

    @ParameterizedTest(name = "seeds {0}")
    @MethodSource("org.epochlab.experiment.lesson.LessonRuns#seedSets")
    void validationLossTurnsUpClearlyWhileTrainingLossKeepsFalling(SeedSet seeds) {
        LessonResult result = LessonRuns.run("how-many-epochs", seeds);
        RunOutcome run = LessonRuns.get(result, "overfit-noisy");
        OverfittingReport report = run.report();

        assertThat(report.overfits()).isTrue();
        assertThat(report.overfitEpoch()).isGreaterThan(report.bestEpoch()).isLessThan(run.history().size() - 20);
        double trainAtOnset = run.epoch(report.overfitEpoch()).trainLoss();
        assertThat(run.last().valLoss()).isGreaterThan(1.25 * report.bestValLoss());
        assertThat(run.last().trainLoss()).isLessThan(0.75 * trainAtOnset);
        assertThat(result.findings()).hasSize(2).allMatch(Finding::seen);
        assertThat(result.findings().get(0).text()).contains("epoch " + report.overfitEpoch());
    }
}
