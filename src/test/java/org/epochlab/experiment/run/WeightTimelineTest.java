package org.epochlab.experiment.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import org.epochlab.engine.EpochRecord;
import org.epochlab.engine.LayerWeights;
import org.epochlab.engine.NetworkWeights;
import org.epochlab.engine.TrainingResult;
import org.junit.jupiter.api.Test;

class WeightTimelineTest {

    @Test
    void aSmallNetKeepsEveryEpochAndItsLastSnapshotIsTheFinalWeights() {
        WeightTimeline timeline = new WeightTimeline();

        TrainingResult result = SampleRuns.train(SampleRuns.small("epochs=30"), timeline);

        assertThat(timeline.keptEpochs()).containsExactly(IntStream.rangeClosed(0, 30).toArray());
        assertThat(timeline.stride()).isEqualTo(1);
        assertThat(timeline.at(0).orElseThrow().weights()).isEqualTo(result.initialWeights());
        assertThat(timeline.latest().orElseThrow().weights()).isEqualTo(result.finalWeights());
    }

    @Test
    void theBestSnapshotIsTheOneEarlyStoppingRestores() {
        WeightTimeline timeline = new WeightTimeline();

        TrainingResult result = SampleRuns.train(SampleRuns.small("dataset=circles", "samples=200", "noise=0.15",
                "hiddenLayers=32,32", "learningRate=0.01", "epochs=300", "earlyStopping=true", "patience=10",
                "restoreBestWeights=true"), timeline);

        assertThat(result.restoredBest()).isTrue();
        assertThat(timeline.best().orElseThrow().weights()).isEqualTo(result.finalWeights());
        assertThat(timeline.best().orElseThrow().epoch()).isEqualTo(result.bestEpoch());
    }

    @Test
    void overTheBudgetItKeepsEpochZeroEveryKthEpochTheBestAndTheLast() {
        NetworkWeights tiny = weights(0);
        WeightTimeline timeline = new WeightTimeline(10 * WeightTimeline.bytesPerSnapshot(tiny));

        feed(timeline, 100, 37);

        int[] kept = timeline.keptEpochs();
        assertThat(timeline.capacity()).isEqualTo(10);
        assertThat(kept.length).isLessThanOrEqualTo(10);
        // 100 epochs at stride 16 keep 0, 16, …, 96 (7) plus best 37 and last 100: 9 ≤ 10; stride 8 would keep 15
        assertThat(timeline.stride()).isEqualTo(16);
        assertThat(kept).containsExactly(0, 16, 32, 37, 48, 64, 80, 96, 100);
        assertThat(timeline.best().orElseThrow().epoch()).isEqualTo(37);
        assertThat(timeline.at(37).orElseThrow().weights()).isEqualTo(weights(37));
        assertThat(timeline.bytesKept()).isLessThanOrEqualTo(10 * WeightTimeline.bytesPerSnapshot(tiny));
    }

    @Test
    void aSmallNetworkKeepsAtMostMaxSnapshotsHoweverLargeTheBudget() {
        WeightTimeline timeline = new WeightTimeline();

        feed(timeline, 3000, 1234);

        assertThat(timeline.capacity()).isEqualTo(WeightTimeline.MAX_SNAPSHOTS);
        assertThat(timeline.keptEpochs().length).isBetween(WeightTimeline.MAX_SNAPSHOTS / 2, WeightTimeline.MAX_SNAPSHOTS);
        assertThat(timeline.stride()).isEqualTo(8); // 3000 / 8 + 3 ≤ 512 < 3000 / 4
        assertThat(timeline.keptEpochs()).contains(0, 1234, 3000);
    }

    @Test
    void anEarlierBestIsDroppedOnceALaterOneTakesItsPlace() {
        WeightTimeline timeline = new WeightTimeline(6 * WeightTimeline.bytesPerSnapshot(weights(0)));

        feed(timeline, 40, 13);
        assertThat(timeline.keptEpochs()).contains(13);
        timeline.onEpoch(record(41, 0.001));
        timeline.onWeights(41, weights(41));

        assertThat(timeline.keptEpochs()).doesNotContain(13).contains(0, 41);
        assertThat(timeline.best().orElseThrow().epoch()).isEqualTo(41);
    }

    @Test
    void theNearestKeptEpochAnswersForAnyEpochTheEarlierOneOnATie() {
        WeightTimeline timeline = new WeightTimeline(10 * WeightTimeline.bytesPerSnapshot(weights(0)));
        assertThat(timeline.nearest(5)).isEmpty();
        feed(timeline, 100, 37);

        assertThat(timeline.nearest(40).orElseThrow().epoch()).isEqualTo(37);
        assertThat(timeline.nearest(56).orElseThrow().epoch()).isEqualTo(48);
        assertThat(timeline.nearest(57).orElseThrow().epoch()).isEqualTo(64);
        assertThat(timeline.nearest(-3).orElseThrow().epoch()).isZero();
        assertThat(timeline.nearest(500).orElseThrow().epoch()).isEqualTo(100);
        assertThat(timeline.nearest(57).orElseThrow().weights()).isEqualTo(weights(64));
    }

    @Test
    void aHugeNetStillKeepsFourSnapshots() {
        WeightTimeline timeline = new WeightTimeline(1);

        feed(timeline, 50, 20);

        assertThat(timeline.keptEpochs()).hasSizeLessThanOrEqualTo(4).contains(0, 20, 50);
    }

    /** Epochs 0 … last whose validation loss falls to its lowest at {@code best}, then rises. */
    private static void feed(WeightTimeline timeline, int last, int best) {
        timeline.onWeights(0, weights(0));
        for (int e = 1; e <= last; e++) {
            timeline.onEpoch(record(e, 1.0 + Math.abs(e - best) / 100.0));
            if (timeline.wantsWeights(e)) {
                timeline.onWeights(e, weights(e));
            }
        }
    }

    private static EpochRecord record(int epoch, double valLoss) {
        return new EpochRecord(epoch, 0.5, 0.5, valLoss, 0.5, epoch, epoch, 0.1, List.of(1.0), List.of(1.0), List.of(),
                List.of());
    }

    /** A one-weight network whose weight is the epoch, so that snapshots can be told apart. */
    private static NetworkWeights weights(int epoch) {
        return new NetworkWeights(List.of(new LayerWeights(1, 1, new double[] {epoch}, new double[] {0})));
    }
}
