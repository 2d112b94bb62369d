package org.epochlab.experiment.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.epochlab.engine.EpochRecord;
import org.epochlab.engine.LayerWeights;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ZeroInitLessonTest {

    private static final String SEEDS = "org.epochlab.experiment.lesson.LessonRuns#seedSets";

    @ParameterizedTest(name = "seeds {0}")
    @MethodSource(SEEDS)
    void equalStartsLeaveOneDistinctNeuronPerLayerAndRandomLeavesAll(SeedSet seeds) {
        LessonResult result = LessonRuns.run("zero-init", seeds);

        for (String name : List.of("zero-init-sigmoid", "zero-init-tanh", "zero-init-relu", "constant-init")) {
            for (EpochRecord r : LessonRuns.get(result, name).history()) {
                assertThat(r.distinctNeurons()).as(name + " epoch " + r.epoch()).containsExactly(1, 1);
            }
        }
        for (EpochRecord r : LessonRuns.get(result, "random-init").history()) {
            assertThat(r.distinctNeurons()).as("random epoch " + r.epoch()).containsExactly(16, 16);
        }
        assertThat(result.findings()).hasSize(5).allMatch(Finding::seen);
    }

    @ParameterizedTest(name = "seeds {0}")
    @MethodSource(SEEDS)
    void sigmoidCopiesLearnWhileTanhAndReluLearnOnlyTheOutputBias(SeedSet seeds) {
        LessonResult result = LessonRuns.run("zero-init", seeds);
        RunOutcome sigmoid = LessonRuns.get(result, "zero-init-sigmoid");

        assertThat(sigmoid.last().weightNorms().get(0)).isGreaterThan(0.1);
        assertThat(sigmoid.last().trainLoss()).isLessThan(0.8 * Math.log(2));
        for (String name : List.of("zero-init-tanh", "zero-init-relu")) {
            RunOutcome run = LessonRuns.get(result, name);
            for (EpochRecord r : run.history()) {
                assertThat(r.weightNorms()).as(name + " epoch " + r.epoch()).containsOnly(0.0);
            }
            List<LayerWeights> layers = run.result().finalWeights().layers();
            assertThat(layers.get(0).biases()).containsOnly(0.0);
            assertThat(layers.get(1).biases()).containsOnly(0.0);
            assertThat(layers.get(2).biases()).isNotEqualTo(new double[] {0, 0});
            assertThat(run.last().trainLoss()).isCloseTo(Math.log(2), org.assertj.core.api.Assertions.within(0.01));
        }
        RunOutcome random = LessonRuns.get(result, "random-init");
        assertThat(random.last().trainLoss()).isLessThan(0.25 * sigmoid.last().trainLoss());
    }
}
