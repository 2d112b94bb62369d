package org.epochlab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DeterminismTest {

    private static final Samples TRAIN = TestData.blobs(150, 3);
    private static final Samples VALIDATION = TestData.blobs(60, 4);

    /** Shuffled mini-batches, dropout, L1 and L2, Adam: every random and stateful part at once. */
    private static TrainerConfig config(long initSeed, long shuffleSeed) {
        return new TrainerConfig(List.of(8, 6), Activation.RELU, OutputLoss.SOFTMAX_CROSS_ENTROPY,
                Initializer.of(InitScheme.HE_NORMAL), new Initializer(InitScheme.UNIFORM, 0.1),
                OptimizerSpec.of(OptimizerKind.ADAM, 0.01), 1e-4, 1e-3, 0.2, 16, 15, true, EarlyStopping.off(),
                initSeed, shuffleSeed);
    }

    private static TrainingResult run(TrainerConfig config) {
        return Trainer.run(config, TRAIN, VALIDATION, null, TrainingListener.NONE, new TrainingControl());
    }

    @Test
    void theSameConfigAndSeedsGiveABitIdenticalHistory() {
        TrainingResult first = run(config(11, 22));
        TrainingResult second = run(config(11, 22));

        // records compare their doubles bit for bit (Double.compare / Double.equals)
        assertThat(second.history()).isEqualTo(first.history());
        for (int i = 0; i < first.history().size(); i++) {
            assertThat(Double.doubleToLongBits(second.history().get(i).trainLoss()))
                    .isEqualTo(Double.doubleToLongBits(first.history().get(i).trainLoss()));
        }
        assertThat(second.finalWeights()).isEqualTo(first.finalWeights());
    }

    @Test
    void aDifferentShuffleSeedGivesADifferentHistoryFromTheSameInitialWeights() {
        TrainingResult first = run(config(11, 22));
        TrainingResult other = run(config(11, 23));

        assertThat(other.initialWeights()).isEqualTo(first.initialWeights());
        assertThat(other.history().get(0).trainLoss()).isNotEqualTo(first.history().get(0).trainLoss());
        assertThat(other.finalWeights()).isNotEqualTo(first.finalWeights());
    }

    @Test
    void aDifferentInitSeedGivesDifferentInitialWeights() {
        assertThat(run(config(12, 22)).initialWeights()).isNotEqualTo(run(config(11, 22)).initialWeights());
    }

    @Test
    void continuingARunGivesTheSameHistoryAsRunningItInOneGo() {
        TrainingResult straight = run(config(11, 22));

        Trainer trainer = new Trainer(config(11, 22).withEpochs(9), TRAIN, VALIDATION);
        trainer.train(TrainingListener.NONE, new TrainingControl(), null);
        TrainingResult continued = trainer.continueTraining(6, TrainingListener.NONE, new TrainingControl(), null);

        assertThat(continued.history()).isEqualTo(straight.history());
        assertThat(continued.stoppedEpoch()).isEqualTo(15);
        assertThat(continued.finalWeights()).isEqualTo(straight.finalWeights());
    }

    @Test
    void oneAndTwoThreadsGiveABitIdenticalHistory() {
        // every product and step split, however small, so that this small network takes the two-thread paths
        int threads = MatrixKernels.threads();
        MatrixKernels.setParallelThresholds(1, 1);
        try {
            // layers and batches of at least 32 rows, so that products are cut into chunks
            TrainerConfig config = new TrainerConfig(List.of(40, 36), Activation.RELU, OutputLoss.SOFTMAX_CROSS_ENTROPY,
                    Initializer.of(InitScheme.HE_NORMAL), new Initializer(InitScheme.UNIFORM, 0.1),
                    OptimizerSpec.of(OptimizerKind.ADAM, 0.01), 1e-4, 1e-3, 0.2, 48, 6, true, EarlyStopping.off(),
                    11, 22);
            MatrixKernels.setThreads(1);
            TrainingResult single = run(config);
            MatrixKernels.setThreads(2);
            TrainingResult split = run(config);

            assertThat(split.history()).isEqualTo(single.history());
            assertThat(split.finalWeights()).isEqualTo(single.finalWeights());
        } finally {
            MatrixKernels.setThreads(threads);
            MatrixKernels.resetParallelThresholds();
        }
    }
}
