package org.epochlab.ui.chart;

import java.util.List;

import org.epochlab.engine.EpochRecord;

/**
 * The full per-epoch history of one run in primitive arrays: epoch, training and validation loss and
 * accuracy. The chart draws a downsampled view of it; hover read-outs and exports read it here.
 */
public final class RunHistoryModel {

    private final SeriesBuffer epochs = new SeriesBuffer();
    private final SeriesBuffer trainLoss = new SeriesBuffer();
    private final SeriesBuffer valLoss = new SeriesBuffer();
    private final SeriesBuffer trainAccuracy = new SeriesBuffer();
    private final SeriesBuffer valAccuracy = new SeriesBuffer();

    /**
     * Adds the next epochs in order.
     *
     * @throws IllegalArgumentException when an epoch does not come after the one before it (nothing is added then)
     */
    public void append(List<EpochRecord> records) {
        int previous = lastEpoch();
        for (EpochRecord r : records) {
            if (r.epoch() <= previous) {
                throw new IllegalArgumentException("epoch " + r.epoch() + " came after epoch " + previous
                        + "; epochs must increase");
            }
            previous = r.epoch();
        }
        for (EpochRecord r : records) {
            epochs.add(r.epoch());
            trainLoss.add(r.trainLoss());
            valLoss.add(r.valLoss());
            trainAccuracy.add(r.trainAccuracy());
            valAccuracy.add(r.valAccuracy());
        }
    }

    public void clear() {
        epochs.clear();
        trainLoss.clear();
        valLoss.clear();
        trainAccuracy.clear();
        valAccuracy.clear();
    }

    /** Epochs held. */
    public int size() {
        return epochs.size();
    }

    /** The last epoch held, 0 when empty. */
    public int lastEpoch() {
        return epochs.isEmpty() ? 0 : (int) epochs.get(epochs.size() - 1);
    }

    /** Index of {@code epoch} in the arrays, or -1 when it is not held. Epochs are sorted, so this is a binary search. */
    public int indexOf(int epoch) {
        int lo = 0;
        int hi = epochs.size() - 1;
        double[] e = epochs.backingArray();
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (e[mid] < epoch) {
                lo = mid + 1;
            } else if (e[mid] > epoch) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    /** Whether any epoch has a validation value. */
    public boolean hasValidation() {
        double[] v = valLoss.backingArray();
        for (int i = 0; i < valLoss.size(); i++) {
            if (!Double.isNaN(v[i])) {
                return true;
            }
        }
        return false;
    }

    public SeriesBuffer epochs() {
        return epochs;
    }

    public SeriesBuffer series(ChartQuantity quantity) {
        return switch (quantity) {
            case TRAIN_LOSS -> trainLoss;
            case VALIDATION_LOSS -> valLoss;
            case TRAIN_ACCURACY -> trainAccuracy;
            case VALIDATION_ACCURACY -> valAccuracy;
        };
    }
}
