package org.epochlab.ui.run;

import java.util.ArrayList;
import java.util.List;

import org.epochlab.engine.EpochRecord;

/** Epoch records with chosen losses, for tests. */
final class Records {

    private Records() {
    }

    /** Epoch {@code epoch} of a run with {@code n} examples in batches giving {@code perEpoch} updates. */
    static EpochRecord epoch(int epoch, double trainLoss, double valLoss, int n, int perEpoch) {
        return new EpochRecord(epoch, trainLoss, 0.5, valLoss, 0.5, (long) epoch * perEpoch, (long) epoch * n, 0.01,
                List.of(1.0, 1.0), List.of(0.1, 0.1), List.of(4), List.of(0.2));
    }

    /** Validation losses as given (training loss half of each), 100 examples, 4 updates per epoch. */
    static List<EpochRecord> withValidationLosses(double... val) {
        List<EpochRecord> h = new ArrayList<>();
        for (int i = 0; i < val.length; i++) {
            h.add(epoch(i + 1, val[i] / 2, val[i], 100, 4));
        }
        return h;
    }

    /** Validation loss falls until {@code best}, then rises by 0.01 per epoch up to {@code last}. */
    static List<EpochRecord> bestAt(int best, int last) {
        double[] val = new double[last];
        for (int e = 1; e <= last; e++) {
            val[e - 1] = e <= best ? 2.0 - e * 0.01 : 2.0 - best * 0.01 + (e - best) * 0.01;
        }
        return withValidationLosses(val);
    }
}
