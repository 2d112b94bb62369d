package org.epochlab.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NetworkFunctionTest {

    private static final Samples TRAIN = TestData.blobs(90, 1);
    private static final Samples VALIDATION = TestData.blobs(600, 2);

    @ParameterizedTest(name = "{0} + {1}")
    @CsvSource(textBlock = """
            TANH,       SOFTMAX_CROSS_ENTROPY
            SIGMOID,    SIGMOID_BINARY_CROSS_ENTROPY
            RELU,       IDENTITY_MSE
            LEAKY_RELU, SOFTMAX_CROSS_ENTROPY
            """)
    void scoresASplitExactlyAsTheTrainingSessionDoes(Activation activation, OutputLoss loss) {
        TrainingSession session = new TrainingSession(TestData.config(List.of(6, 5), activation, loss,
                OptimizerKind.ADAM, 0.05, 16, 3), TRAIN, VALIDATION);
        for (int e = 0; e < 3; e++) {
            session.runEpoch(new TrainingControl());
        }
        NetworkFunction f = new NetworkFunction(session.weights(), activation, loss);

        Evaluation expected = session.evaluate(VALIDATION);
        Evaluation actual = f.evaluate(VALIDATION);

        assertThat(actual.loss()).isCloseTo(expected.loss(), within(1e-12));
        assertThat(actual.accuracy()).isEqualTo(expected.accuracy());
        assertThat(actual.confusion()).isDeepEqualTo(expected.confusion());
    }

    @Test
    void predictsTheArgMaxOfItsProbabilitiesAndTheyMatchTheConfusionCounts() {
        TrainingSession session = new TrainingSession(TestData.config(List.of(4), Activation.TANH,
                OutputLoss.SOFTMAX_CROSS_ENTROPY, OptimizerKind.ADAM, 0.05, 16, 2), TRAIN, VALIDATION);
        session.runEpoch(new TrainingControl());
        NetworkFunction f = new NetworkFunction(session.weights(), Activation.TANH, OutputLoss.SOFTMAX_CROSS_ENTROPY);
        double[] x = new double[VALIDATION.rows() * 2];
        VALIDATION.copyAll(x);

        int[] predicted = f.predict(x, VALIDATION.rows());
        double[] p = f.probabilities(x, VALIDATION.rows());

        int[][] counted = new int[3][3];
        for (int r = 0; r < VALIDATION.rows(); r++) {
            double sum = p[3 * r] + p[3 * r + 1] + p[3 * r + 2];
            assertThat(sum).isCloseTo(1.0, within(1e-12));
            for (int c = 0; c < 3; c++) {
                assertThat(p[3 * r + c]).isLessThanOrEqualTo(p[3 * r + predicted[r]]);
            }
            counted[VALIDATION.label(r)][predicted[r]]++;
        }
        assertThat(counted).isDeepEqualTo(session.evaluate(VALIDATION).confusion());
    }

    @Test
    void hiddenActivationsFollowTheLayerFormula() {
        // layer 1: 2 inputs → 2 units, W = [[1, -1], [2, 0.5]], b = [0.5, 0]; then 2 → 1 output
        LayerWeights hidden = new LayerWeights(2, 2, new double[] {1, -1, 2, 0.5}, new double[] {0.5, 0});
        LayerWeights output = new LayerWeights(2, 1, new double[] {1, 1}, new double[] {-0.25});
        NetworkFunction f = new NetworkFunction(new NetworkWeights(List.of(hidden, output)), Activation.RELU,
                OutputLoss.SIGMOID_BINARY_CROSS_ENTROPY);

        double[] a = f.hiddenActivations(0, new double[] {1, 1, -1, 0.5}, 2);

        // row (1, 1): z = (1 + 2 + 0.5, -1 + 0.5) = (3.5, -0.5) → (3.5, 0)
        // row (-1, 0.5): z = (-1 + 1 + 0.5, 1 + 0.25) = (0.5, 1.25) → (0.5, 1.25)
        assertThat(a).containsExactly(3.5, 0, 0.5, 1.25);
        // output z = 3.5 - 0.25 = 3.25 and 1.75 - 0.25 = 1.5: both class 1, p₁ = σ(z)
        double[] p = f.probabilities(new double[] {1, 1, -1, 0.5}, 2);
        assertThat(p[1]).isCloseTo(1 / (1 + Math.exp(-3.25)), within(1e-15));
        assertThat(p[0] + p[1]).isCloseTo(1.0, within(1e-15));
        assertThat(f.predict(new double[] {1, 1, -1, 0.5}, 2)).containsExactly(1, 1);
        assertThat(f.classes()).isEqualTo(2);
        assertThat(f.hiddenWidth(0)).isEqualTo(2);
    }

    @Test
    void refusesLayersThatDoNotFitAndAHiddenLayerThatIsNotThere() {
        LayerWeights first = new LayerWeights(2, 3, new double[6], new double[3]);
        LayerWeights wrong = new LayerWeights(2, 2, new double[4], new double[2]);

        assertThatThrownBy(() -> new NetworkFunction(new NetworkWeights(List.of(first, wrong)), Activation.TANH,
                OutputLoss.SOFTMAX_CROSS_ENTROPY))
                .hasMessage("layer 2 takes 2 inputs but the layer below gives 3");
        NetworkFunction linear = new NetworkFunction(new NetworkWeights(List.of(wrong)), Activation.TANH,
                OutputLoss.SOFTMAX_CROSS_ENTROPY);
        assertThatThrownBy(() -> linear.hiddenActivations(0, new double[2], 1))
                .hasMessageContaining("the network has 0 hidden layers");
    }
}
