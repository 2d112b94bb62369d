package org.epochlab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrainerTest {

    private static final Samples TRAIN = TestData.blobs(90, 5);
    private static final Samples VALIDATION = TestData.blobs(30, 6);
    private static final Samples TEST = TestData.blobs(30, 7);

    private static TrainerConfig config(int batchSize, int epochs) {
        return TestData.config(List.of(5), Activation.TANH, OutputLoss.SOFTMAX_CROSS_ENTROPY, OptimizerKind.SGD, 0.1,
                batchSize, epochs);
    }

    @Test
    void eachEpochRecordsCumulativeUpdatesAndSamplesWithAShorterLastBatch() {
        // 90 rows in batches of 40: 40, 40, 10
        TrainingResult result = Trainer.run(config(40, 3), TRAIN, VALIDATION, null, TrainingListener.NONE,
                new TrainingControl());

        assertThat(result.history()).extracting(EpochRecord::epoch).containsExactly(1, 2, 3);
        assertThat(result.history()).extracting(EpochRecord::updates).containsExactly(3L, 6L, 9L);
        assertThat(result.history()).extracting(EpochRecord::samplesSeen).containsExactly(90L, 180L, 270L);
        EpochRecord last = result.history().get(2);
        assertThat(last.learningRate()).isEqualTo(0.1);
        assertThat(last.weightNorms()).hasSize(2).allSatisfy(n -> assertThat(n).isPositive());
        assertThat(last.gradientNorms()).hasSize(2).allSatisfy(n -> assertThat(n).isPositive());
        assertThat(last.distinctNeurons()).containsExactly(5);
        assertThat(last.meanCosineSimilarity()).hasSize(1);
        assertThat(last.meanCosineSimilarity().get(0)).isBetween(-1.0, 1.0);
    }

    @Test
    void fullBatchMakesOneUpdatePerEpoch() {
        for (int batch : new int[] {0, 90, 1000}) {
            TrainingResult result = Trainer.run(config(batch, 2), TRAIN, null, null, TrainingListener.NONE,
                    new TrainingControl());
            assertThat(result.history()).extracting(EpochRecord::updates).containsExactly(1L, 2L);
        }
    }

    @Test
    void recordedLossesAreTheDataLossOfTheFinalWeightsWithoutDropout() {
        TrainerConfig config = new TrainerConfig(List.of(6), Activation.SIGMOID, OutputLoss.SOFTMAX_CROSS_ENTROPY,
                Initializer.of(InitScheme.GLOROT_UNIFORM), Initializer.zeros(),
                OptimizerSpec.of(OptimizerKind.MOMENTUM, 0.05), 0.01, 0.1, 0.5, 10, 4, true, EarlyStopping.off(), 1, 2);
        TrainingResult result = Trainer.run(config, TRAIN, VALIDATION, TEST, TrainingListener.NONE,
                new TrainingControl());

        EpochRecord last = result.history().get(3);
        assertThat(result.train().loss()).isEqualTo(last.trainLoss());
        assertThat(result.train().accuracy()).isEqualTo(last.trainAccuracy());
        assertThat(result.validation().loss()).isEqualTo(last.valLoss());
        assertThat(result.test()).isNotNull();
        int[][] confusion = result.test().confusion();
        int total = 0;
        int correct = 0;
        for (int a = 0; a < 3; a++) {
            for (int p = 0; p < 3; p++) {
                total += confusion[a][p];
            }
            correct += confusion[a][a];
        }
        assertThat(total).isEqualTo(30);
        assertThat(result.test().accuracy()).isEqualTo(correct / 30.0);
    }

    @Test
    void aRunWithoutValidationHasNaNValidationMetricsAndNoBestEpoch() {
        TrainerConfig config = config(16, 3);
        config = new TrainerConfig(config.hiddenLayers(), config.activation(), config.outputLoss(), config.weightInit(),
                config.biasInit(), config.optimizer(), 0, 0, 0, 16, 3, true,
                new EarlyStopping(true, 0, 0, 0, true), 1, 2);

        TrainingResult result = Trainer.run(config, TRAIN, null, TEST, TrainingListener.NONE, new TrainingControl());

        assertThat(result.stopReason()).isEqualTo(StopReason.COMPLETED);
        assertThat(result.history()).hasSize(3).allSatisfy(r -> {
            assertThat(r.valLoss()).isNaN();
            assertThat(r.valAccuracy()).isNaN();
            assertThat(r.hasValidation()).isFalse();
        });
        assertThat(result.validation()).isNull();
        assertThat(result.bestEpoch()).isZero();
        assertThat(result.restoredBest()).isFalse();
        assertThat(result.test()).isNotNull();
    }

    @Test
    void aHugeLearningRateDivergesAndKeepsTheHistoryUpToThatEpoch() {
        TrainerConfig config = TestData.config(List.of(8), Activation.IDENTITY, OutputLoss.IDENTITY_MSE,
                OptimizerKind.SGD, 1e3, 8, 50);
        List<EpochRecord> heard = new ArrayList<>();
        Trainer trainer = new Trainer(config, TRAIN, VALIDATION);

        TrainingResult result = trainer.train(heard::add, new TrainingControl(), TEST);

        assertThat(result.stopReason()).isEqualTo(StopReason.DIVERGED);
        int stopped = result.stoppedEpoch();
        assertThat(stopped).isBetween(1, 49);
        assertThat(result.history()).hasSize(stopped).isEqualTo(heard);
        EpochRecord last = result.history().get(stopped - 1);
        assertThat(Double.isFinite(last.trainLoss()) && Double.isFinite(last.valLoss())).isFalse();
        assertThat(result.history().subList(0, stopped - 1))
                .allSatisfy(r -> assertThat(r.trainLoss()).isFinite());

        TrainingResult again = trainer.continueTraining(5, TrainingListener.NONE, new TrainingControl(), null);
        assertThat(again.stopReason()).isEqualTo(StopReason.DIVERGED);
        assertThat(again.history()).hasSize(stopped);
    }

    @Test
    void continueTrainingAddsEpochsAfterTheLastOne() {
        Trainer trainer = new Trainer(config(30, 2), TRAIN, VALIDATION);
        trainer.train(TrainingListener.NONE, new TrainingControl(), null);

        TrainingResult result = trainer.continueTraining(3, TrainingListener.NONE, new TrainingControl(), TEST);

        assertThat(result.history()).extracting(EpochRecord::epoch).containsExactly(1, 2, 3, 4, 5);
        assertThat(result.history()).extracting(EpochRecord::updates).containsExactly(3L, 6L, 9L, 12L, 15L);
        assertThat(result.stoppedEpoch()).isEqualTo(5);
        assertThat(trainer.history()).isEqualTo(result.history());
        assertThat(result.test()).isNotNull();
    }

    @Test
    void sessionChangesApplyFromTheNextEpoch() {
        Trainer trainer = new Trainer(config(30, 2), TRAIN, VALIDATION);
        TrainingListener listener = record -> {
            if (record.epoch() == 1) {
                trainer.session().setLearningRate(0.02);
                trainer.session().setDropout(0.3);
                trainer.session().setL2(0.01);
            }
        };

        TrainingResult result = trainer.train(listener, new TrainingControl(), null);

        assertThat(result.history()).extracting(EpochRecord::learningRate).containsExactly(0.1, 0.02);
    }

    @Test
    void theListenerGetsTheInitialWeightsAndTheSnapshotsItAsksFor() {
        List<Integer> snapshots = new ArrayList<>();
        List<NetworkWeights> weights = new ArrayList<>();
        TrainingListener listener = new TrainingListener() {
            @Override
            public void onEpoch(EpochRecord record) {
            }

            @Override
            public boolean wantsWeights(int epoch) {
                return epoch % 2 == 0;
            }

            @Override
            public void onWeights(int epoch, NetworkWeights w) {
                snapshots.add(epoch);
                weights.add(w);
            }
        };

        TrainingResult result = Trainer.run(config(30, 5), TRAIN, VALIDATION, null, listener, new TrainingControl());

        assertThat(snapshots).containsExactly(0, 2, 4);
        assertThat(weights.get(0)).isEqualTo(result.initialWeights());
        assertThat(weights.get(0).layer(0).inputs()).isEqualTo(2);
        assertThat(weights.get(0).layer(0).outputs()).isEqualTo(5);
        assertThat(weights.get(0).layer(1).outputs()).isEqualTo(3);
    }

    @Test
    void anExceptionInsideTheRunEndsItAsFailedAndKeepsTheHistory() {
        IllegalStateException boom = new IllegalStateException("listener broke");
        TrainingListener listener = record -> {
            if (record.epoch() == 3) {
                throw boom;
            }
        };
        Trainer trainer = new Trainer(config(30, 10), TRAIN, VALIDATION);

        TrainingResult result = trainer.train(listener, new TrainingControl(), null);

        assertThat(result.stopReason()).isEqualTo(StopReason.FAILED);
        assertThat(result.history()).hasSize(3);
        assertThat(trainer.failure()).containsSame(boom);
    }

    @Test
    void earlyStoppingRestoresWeightsThatReproduceTheBestEpochsValidationLossExactly() {
        // 24 noisy points and a wide network: validation loss turns up well before 400 epochs
        Samples train = TestData.noisyXor(24, 0.25, 9);
        Samples validation = TestData.noisyXor(200, 0.25, 10);
        TrainerConfig config = new TrainerConfig(List.of(64, 64), Activation.TANH, OutputLoss.SOFTMAX_CROSS_ENTROPY,
                Initializer.of(InitScheme.GLOROT_UNIFORM), Initializer.zeros(),
                OptimizerSpec.of(OptimizerKind.ADAM, 0.01), 0, 0, 0, 8, 400, true,
                new EarlyStopping(true, 10, 0, 0, true), 3, 4);
        Trainer trainer = new Trainer(config, train, validation);

        TrainingResult result = trainer.train(TrainingListener.NONE, new TrainingControl(), null);

        assertThat(result.stopReason()).isEqualTo(StopReason.EARLY_STOPPING);
        assertThat(result.restoredBest()).isTrue();
        int restored = trainer.restoredEpoch();
        // with min_delta 0 the wait counts from the best epoch: stopped = best + patience
        assertThat(result.stoppedEpoch()).isEqualTo(restored + 10);
        assertThat(restored).isEqualTo(result.bestEpoch());
        EpochRecord best = result.history().get(restored - 1);
        assertThat(result.validation().loss()).isEqualTo(best.valLoss());
        assertThat(result.train().loss()).isEqualTo(best.trainLoss());
    }

    @Test
    void aRunThatCompletesStillRestoresTheBestWeightsAsKerasDoesAtTrainEnd() {
        Samples train = TestData.noisyXor(24, 0.25, 9);
        Samples validation = TestData.noisyXor(200, 0.25, 10);
        TrainerConfig config = new TrainerConfig(List.of(64, 64), Activation.TANH, OutputLoss.SOFTMAX_CROSS_ENTROPY,
                Initializer.of(InitScheme.GLOROT_UNIFORM), Initializer.zeros(),
                OptimizerSpec.of(OptimizerKind.ADAM, 0.01), 0, 0, 0, 8, 120, true,
                new EarlyStopping(true, 1000, 0, 0, true), 3, 4);
        Trainer trainer = new Trainer(config, train, validation);

        TrainingResult result = trainer.train(TrainingListener.NONE, new TrainingControl(), null);

        assertThat(result.stopReason()).isEqualTo(StopReason.COMPLETED);
        assertThat(result.stoppedEpoch()).isEqualTo(120);
        assertThat(result.restoredBest()).isTrue();
        assertThat(trainer.restoredEpoch()).isEqualTo(result.bestEpoch()).isLessThan(120);
        assertThat(result.validation().loss()).isEqualTo(result.history().get(result.bestEpoch() - 1).valLoss());
    }

    @Test
    void withoutRestoreTheFinalWeightsAreTheLastEpochs() {
        Samples train = TestData.noisyXor(24, 0.25, 9);
        Samples validation = TestData.noisyXor(200, 0.25, 10);
        TrainerConfig config = new TrainerConfig(List.of(64, 64), Activation.TANH, OutputLoss.SOFTMAX_CROSS_ENTROPY,
                Initializer.of(InitScheme.GLOROT_UNIFORM), Initializer.zeros(),
                OptimizerSpec.of(OptimizerKind.ADAM, 0.01), 0, 0, 0, 8, 400, true,
                new EarlyStopping(true, 10, 0, 0, false), 3, 4);

        TrainingResult result = Trainer.run(config, train, validation, null, TrainingListener.NONE,
                new TrainingControl());

        assertThat(result.stopReason()).isEqualTo(StopReason.EARLY_STOPPING);
        assertThat(result.restoredBest()).isFalse();
        EpochRecord last = result.history().get(result.history().size() - 1);
        assertThat(result.validation().loss()).isEqualTo(last.valLoss());
    }
}
