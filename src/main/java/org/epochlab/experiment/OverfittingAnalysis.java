package org.epochlab.experiment;

import java.util.List;

import org.epochlab.engine.EpochRecord;

/** Finds the best epoch and the onset of overfitting in a history (a pure function). */
public final class OverfittingAnalysis {

    private OverfittingAnalysis() {
    }

    public static OverfittingReport analyze(List<EpochRecord> history) {
        throw new UnsupportedOperationException("not yet implemented");
    }
}
