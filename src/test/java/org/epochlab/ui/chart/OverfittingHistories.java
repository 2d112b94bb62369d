package org.epochlab.ui.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.epochlab.engine.EpochRecord;

/** Hand-made histories for chart tests: a run that learns, then overfits. */
public final class OverfittingHistories {

    private OverfittingHistories() {
    }

    /**
     * {@code epochs} records: training loss falls steadily; validation loss falls until about epoch
     * 80, then rises; a little seeded noise on both.
     */
    public static List<EpochRecord> overfitting(int epochs) {
        Random noise = new Random(7);
        List<EpochRecord> records = new ArrayList<>();
        for (int e = 1; e <= epochs; e++) {
            double train = 0.68 * Math.exp(-e / 45.0) + 0.03 + 0.006 * noise.nextGaussian();
            double val = 0.30 + 0.40 * Math.exp(-e / 30.0) + 0.0016 * Math.max(0, e - 80) + 0.012 * noise.nextGaussian();
            records.add(record(e, train, val));
        }
        return records;
    }

    /** One epoch with accuracies that follow the losses. */
    public static EpochRecord record(int epoch, double trainLoss, double valLoss) {
        double trainAcc = Math.min(1, Math.max(0, 1 - trainLoss * 0.7));
        double valAcc = Double.isNaN(valLoss) ? Double.NaN : Math.min(1, Math.max(0, 1 - valLoss * 0.6));
        return new EpochRecord(epoch, trainLoss, trainAcc, valLoss, valAcc, epoch * 10L, epoch * 320L, 0.01,
                List.of(), List.of(), List.of(), List.of());
    }

    /** {@code epochs} records without a validation split (NaN validation values). */
    public static List<EpochRecord> withoutValidation(int epochs) {
        List<EpochRecord> records = new ArrayList<>();
        for (int e = 1; e <= epochs; e++) {
            records.add(record(e, 1.0 / e, Double.NaN));
        }
        return records;
    }
}
