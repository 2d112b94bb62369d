package org.epochlab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class EpochProgressTest {

    private static final Samples TRAIN = TestData.blobs(90, 5);

    private static TrainerConfig config(int batchSize, int epochs) {
        return TestData.config(List.of(5), Activation.TANH, OutputLoss.SOFTMAX_CROSS_ENTROPY, OptimizerKind.SGD, 0.1,
                batchSize, epochs);
    }

    @Test
    void atEachEpochEndEveryExampleHasBeenUsedOnceInCeilNOverBatchMiniBatches() {
        TrainingControl control = new TrainingControl();
        control.progress().followOrder();
        List<EpochProgress.Snapshot> atEnds = new ArrayList<>();
        List<int[]> orders = new ArrayList<>();

        // 90 rows in batches of 40: 40, 40, 10
        Trainer.run(config(40, 3), TRAIN, null, null, record -> {
            EpochProgress.Snapshot s = control.progress().snapshot();
            atEnds.add(s);
            orders.add(IntStream.range(0, s.examples()).map(s::exampleAt).toArray());
        }, control);

        assertThat(atEnds).extracting(EpochProgress.Snapshot::epoch).containsExactly(1, 2, 3);
        assertThat(atEnds).allSatisfy(s -> {
            assertThat(s.used()).isEqualTo(90);
            assertThat(s.examples()).isEqualTo(90);
            assertThat(s.batchSize()).isEqualTo(40);
            assertThat(s.batches()).isEqualTo(3);
            assertThat(s.batchesDone()).isEqualTo(3);
        });
        for (int[] order : orders) {
            assertThat(order).containsExactlyInAnyOrder(IntStream.range(0, 90).toArray());
        }
        assertThat(orders.get(0)).isNotEqualTo(orders.get(1));
    }

    @Test
    void fullBatchUsesEveryExampleInOneMiniBatch() {
        TrainingControl control = new TrainingControl();

        Trainer.run(config(0, 2), TRAIN, null, null, TrainingListener.NONE, control);

        EpochProgress.Snapshot s = control.progress().snapshot();
        assertThat(s.epoch()).isEqualTo(2);
        assertThat(s.used()).isEqualTo(90);
        assertThat(s.batchSize()).isEqualTo(90);
        assertThat(s.batches()).isEqualTo(1);
        assertThat(s.batchesDone()).isEqualTo(1);
        assertThat(s.hasOrder()).isFalse();
    }

    @Test
    void beforeTrainingNoEpochIsInProgress() {
        EpochProgress.Snapshot s = new TrainingControl().progress().snapshot();

        assertThat(s.epoch()).isZero();
        assertThat(s.used()).isZero();
        assertThat(s.batches()).isZero();
    }
}
