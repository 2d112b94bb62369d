package org.epochlab.experiment.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import org.epochlab.engine.EpochRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EpochLessonTest {

    private static final String SEEDS = "org.epochlab.experiment.lesson.LessonRuns#seedSets";

    @ParameterizedTest(name = "seeds {0}")
    @MethodSource(SEEDS)
    void everyMiniBatchEpochMakesCeilNOver32UpdatesAndUsesEachTrainingImageOnce(SeedSet seeds) {
        LessonResult result = LessonRuns.run("epoch", seeds);

        for (String name : new String[] {"epoch-1", "epoch-5", "epoch-20"}) {
            RunOutcome run = LessonRuns.get(result, name);
            int n = run.trainingExamples();
            assertThat(n).isBetween(1000, 1100);
            long perEpoch = (n + 31) / 32;
            for (EpochRecord r : run.history()) {
                assertThat(r.updates()).as(name + " epoch " + r.epoch()).isEqualTo(r.epoch() * perEpoch);
                assertThat(r.samplesSeen()).as(name + " epoch " + r.epoch()).isEqualTo((long) r.epoch() * n);
            }
        }
        assertThat(LessonRuns.get(result, "epoch-20").history()).hasSize(20);
    }

    @ParameterizedTest(name = "seeds {0}")
    @MethodSource(SEEDS)
    void aFullBatchEpochIsOneUpdateAndLearnsFarLessThanTwentyMiniBatchEpochs(SeedSet seeds) {
        LessonResult result = LessonRuns.run("epoch", seeds);
        RunOutcome full = LessonRuns.get(result, "epoch-full-batch");
        RunOutcome mini = LessonRuns.get(result, "epoch-20");

        for (EpochRecord r : full.history()) {
            assertThat(r.updates()).isEqualTo(r.epoch());
            assertThat(r.samplesSeen()).isEqualTo((long) r.epoch() * full.trainingExamples());
        }
        assertThat(mini.last().trainLoss()).isLessThan(0.2 * full.last().trainLoss());
        assertThat(result.findings()).allMatch(Finding::seen);
    }

    @ParameterizedTest(name = "seeds {0}")
    @MethodSource(SEEDS)
    void shorterRunsAreTheFirstEpochsOfTheLongerOne(SeedSet seeds) {
        LessonResult result = LessonRuns.run("epoch", seeds);
        RunOutcome twenty = LessonRuns.get(result, "epoch-20");

        assertThat(LessonRuns.get(result, "epoch-1").history()).containsExactly(twenty.epoch(1));
        assertThat(LessonRuns.get(result, "epoch-5").history()).containsExactlyElementsOf(twenty.history().subList(0, 5));
        assertThat(twenty.last().trainLoss()).isLessThan(0.5 * twenty.epoch(5).trainLoss());
        assertThat(twenty.epoch(5).trainLoss()).isLessThan(0.5 * twenty.epoch(1).trainLoss());
    }
}
