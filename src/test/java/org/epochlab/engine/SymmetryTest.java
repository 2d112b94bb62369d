package org.epochlab.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.EnumSource.Mode;

/** Why all-zero initialization fails: identical neurons get identical updates forever. */
class SymmetryTest {

    private static final Samples TRAIN = TestData.blobs(60, 1);
    private static final Samples VALIDATION = TestData.blobs(30, 2);

    private static TrainerConfig config(Activation activation, Initializer weights, Initializer biases,
                                        OptimizerKind optimizer) {
        return new TrainerConfig(List.of(5, 4), activation, OutputLoss.SOFTMAX_CROSS_ENTROPY, weights, biases,
                OptimizerSpec.of(optimizer, 0.1), 0, 0, 0, 10, 20, true, EarlyStopping.off(), 1, 2);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(OptimizerKind.class)
    void zeroInitializedSigmoidLayersKeepOneDistinctNeuronEveryEpoch(OptimizerKind optimizer) {
        TrainingResult result = Trainer.run(config(Activation.SIGMOID, Initializer.zeros(), Initializer.zeros(),
                optimizer), TRAIN, VALIDATION, null, TrainingListener.NONE, new TrainingControl());

        assertThat(result.history()).hasSize(20).allSatisfy(r -> {
            assertThat(r.distinctNeurons()).containsExactly(1, 1);
            assertThat(r.meanCosineSimilarity()).allSatisfy(c -> assertThat(c).isCloseTo(1.0, within(1e-12)));
        });
        // the weights did move: the neurons are identical, not frozen
        assertThat(result.finalWeights().layer(0)).isNotEqualTo(result.initialWeights().layer(0));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Activation.class, names = {"TANH", "RELU"})
    void zeroInitializedTanhAndReluHiddenWeightsNeverChange(Activation activation) {
        TrainingResult result = Trainer.run(config(activation, Initializer.zeros(), Initializer.zeros(),
                OptimizerKind.ADAM), TRAIN, VALIDATION, null, TrainingListener.NONE, new TrainingControl());

        for (int layer = 0; layer < 3; layer++) {
            // f(0) = 0 starves every later layer of input, and W = 0 blocks every gradient coming back
            assertThat(result.finalWeights().layer(layer).weightsRowMajor())
                    .containsOnly(0.0);
        }
        for (int layer = 0; layer < 2; layer++) {
            assertThat(result.finalWeights().layer(layer)).isEqualTo(result.initialWeights().layer(layer));
        }
        assertThat(result.history()).allSatisfy(r -> {
            assertThat(r.weightNorms()).containsExactly(0.0, 0.0, 0.0);
            assertThat(r.distinctNeurons()).containsExactly(1, 1);
        });
        // only the output bias learns: the class frequencies
        assertThat(result.finalWeights().layer(2).biases()).isNotEqualTo(new double[3]);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = InitScheme.class, mode = Mode.EXCLUDE, names = {"ZEROS", "CONSTANT"})
    void randomInitializationGivesAsManyDistinctNeuronsAsUnitsFromEpochOne(InitScheme scheme) {
        TrainingResult result = Trainer.run(config(Activation.SIGMOID, Initializer.of(scheme), Initializer.zeros(),
                OptimizerKind.SGD), TRAIN, VALIDATION, null, TrainingListener.NONE, new TrainingControl());

        assertThat(result.history()).allSatisfy(r -> assertThat(r.distinctNeurons()).containsExactly(5, 4));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Activation.class)
    void aConstantInitializationIsAsSymmetricAsZeros(Activation activation) {
        Initializer constant = new Initializer(InitScheme.CONSTANT, 0.3);
        TrainingResult result = Trainer.run(config(activation, constant, constant, OptimizerKind.SGD), TRAIN,
                VALIDATION, null, TrainingListener.NONE, new TrainingControl());

        assertThat(result.history()).allSatisfy(r -> assertThat(r.distinctNeurons()).containsExactly(1, 1));
    }

    /**
     * Dropout breaks the symmetry of sigmoid copies: each example drops a different random set of
     * hidden units, so units that start identical receive different gradients from the first update on.
     * It cannot rescue tanh or ReLU: with f(0) = 0 every hidden output is 0 whatever the mask, so the
     * weights leaving the layer get no gradient, stay 0, and pass no gradient back.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Activation.class, names = {"SIGMOID", "TANH", "RELU"})
    void dropoutBreaksTheSymmetryOfSigmoidCopiesButCannotWakeZeroTanhOrRelu(Activation activation) {
        TrainerConfig base = config(activation, Initializer.zeros(), Initializer.zeros(), OptimizerKind.SGD);
        TrainerConfig withDropout = new TrainerConfig(base.hiddenLayers(), base.activation(), base.outputLoss(),
                base.weightInit(), base.biasInit(), base.optimizer(), 0, 0, 0.5, base.batchSize(), base.epochs(),
                base.shuffle(), base.earlyStopping(), base.initSeed(), base.shuffleSeed());

        TrainingResult result = Trainer.run(withDropout, TRAIN, VALIDATION, null, TrainingListener.NONE,
                new TrainingControl());

        if (activation == Activation.SIGMOID) {
            assertThat(result.history().get(0).distinctNeurons()).containsExactly(5, 4);
            assertThat(result.history()).allSatisfy(r -> assertThat(r.distinctNeurons()).containsExactly(5, 4));
        } else {
            assertThat(result.history()).allSatisfy(r -> {
                assertThat(r.distinctNeurons()).containsExactly(1, 1);
                assertThat(r.weightNorms()).containsExactly(0.0, 0.0, 0.0);
            });
        }
    }
}
