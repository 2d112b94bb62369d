package org.epochlab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LearningTest {

    @Test
    void adamLearnsXorToAbove95PercentTrainingAccuracy() {
        Samples train = TestData.xor(400, 7);
        Samples validation = TestData.xor(200, 8);
        TrainerConfig config = TestData.config(List.of(16, 16), Activation.TANH, OutputLoss.SOFTMAX_CROSS_ENTROPY,
                OptimizerKind.ADAM, 0.01, 32, 200);

        TrainingResult result = Trainer.run(config, train, validation, null, TrainingListener.NONE,
                new TrainingControl());

        assertThat(result.stopReason()).isEqualTo(StopReason.COMPLETED);
        assertThat(result.history()).hasSize(200);
        assertThat(result.history().get(199).trainAccuracy()).isGreaterThan(0.95);
        assertThat(result.train().accuracy()).isGreaterThan(0.95);
        assertThat(result.validation().accuracy()).isGreaterThan(0.9);
    }

    @Test
    void plainSgdLearnsXorWithSigmoidOutputToAbove95Percent() {
        Samples train = TestData.xor(400, 7);
        TrainerConfig config = TestData.config(List.of(16), Activation.RELU,
                OutputLoss.SIGMOID_BINARY_CROSS_ENTROPY, OptimizerKind.SGD, 0.5, 16, 300);

        TrainingResult result = Trainer.run(config, train, null, null, TrainingListener.NONE, new TrainingControl());

        assertThat(result.history().get(result.history().size() - 1).trainAccuracy()).isGreaterThan(0.95);
    }
}
