package org.epochlab.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.epochlab.engine.StopReason;
import org.epochlab.experiment.ExperimentConfig;
import org.junit.jupiter.api.Test;

class ChartCaptionTest {

    @Test
    void statesTheDataNetworkTrainingSeedsAndResultOfAKnownConfig() {
        ChartRunSummary summary = new ChartRunSummary(2, 2, 41, 0.23456, 45, 61, StopReason.EARLY_STOPPING);

        String caption = ChartCaption.text(ChartPngFixtures.earlyStoppingConfig(), summary);

        assertThat(caption).isEqualTo("""
                Dataset: moons · 400 samples, noise 0.2 · validation 20 %, test 20 %, standardized
                Network: 2 → 16 tanh → 16 tanh → 2 softmax · activation tanh · loss softmax cross-entropy \
                · weights glorot_uniform, biases zeros
                Training: adam · learning rate 0.01 · batch size 32 · no regularization \
                · up to 500 epochs, early stopping with patience 100
                Seeds: split 1, data 2, init 3, shuffle 4
                Result: best epoch 41 (validation loss 0.2346) · overfitting from epoch 45 \
                · early stopping at epoch 61 (patience 100)""");
    }

    @Test
    void leavesOutWhatIsNotKnownWhileARunIsGoing() {
        ChartRunSummary summary = new ChartRunSummary(0, 0, 0, Double.NaN, 0, 0, null);

        assertThat(ChartCaption.lines(ExperimentConfig.defaults(), summary))
                .contains("Result: no validation loss · no overfitting detected")
                .anySatisfy(line -> assertThat(line).startsWith("Network: 16 tanh → 16 tanh → softmax ·"));
    }

    @Test
    void namesTheLossOnTheAxisAfterTheOutputLayer() {
        assertThat(ChartCaption.lossAxisLabel("auto")).isEqualTo("loss (cross-entropy)");
        assertThat(ChartCaption.lossAxisLabel("sigmoid_binary_cross_entropy")).isEqualTo("loss (binary cross-entropy)");
        assertThat(ChartCaption.lossAxisLabel("identity_mse")).isEqualTo("loss (MSE)");
    }
}
