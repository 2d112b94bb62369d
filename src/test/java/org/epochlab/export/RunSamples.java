package org.epochlab.export;

import java.util.ArrayList;
import java.util.List;

import org.epochlab.engine.EpochRecord;
import org.epochlab.engine.Evaluation;
import org.epochlab.engine.LayerWeights;
import org.epochlab.engine.NetworkWeights;
import org.epochlab.engine.StopReason;
import org.epochlab.engine.TrainingResult;

/** Hand-made run results for the writer tests: a 2-3-2 network. */
final class RunSamples {

    private RunSamples() {
    }

    static NetworkWeights weights(double offset) {
        return new NetworkWeights(List.of(
                new LayerWeights(2, 3, new double[] {offset + 0.1, 0.2, 0.3, 0.4, 0.5, -0.6}, new double[] {0, 0, 1e-3}),
                new LayerWeights(3, 2, new double[] {1, 2, 3, 4, 5, 6}, new double[] {0.25, -0.25})));
    }

    static EpochRecord record(int epoch, double trainLoss, double valLoss) {
        return new EpochRecord(epoch, trainLoss, 0.5 + epoch / 100.0, valLoss, 0.4 + epoch / 100.0, 3L * epoch,
                24L * epoch, 0.01, List.of(1.0 / 3, 2.5), List.of(0.125, 1e-17), List.of(3), List.of(0.1 + epoch));
    }

    static TrainingResult result(int epochs, StopReason reason) {
        List<EpochRecord> history = new ArrayList<>();
        for (int k = 1; k <= epochs; k++) {
            history.add(record(k, 1.0 / k, 0.7 + 0.001 * k));
        }
        return new TrainingResult(history, reason, epochs, 1, weights(0), weights(1), false,
                new Evaluation(0.25, 0.875, new int[2][2]), new Evaluation(0.5, 0.75, new int[2][2]), null);
    }
}
