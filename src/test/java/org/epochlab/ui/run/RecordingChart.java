package org.epochlab.ui.run;

import java.util.ArrayList;
import java.util.List;

import org.epochlab.engine.EpochRecord;
import org.epochlab.engine.StopReason;
import org.epochlab.experiment.OverfittingReport;

/** A chart that remembers what it was given. */
final class RecordingChart implements ChartSink {

    final List<EpochRecord> points = new ArrayList<>();
    final List<Integer> batchSizes = new ArrayList<>();
    int clears;
    StopReason lastReason;
    int lastStoppedEpoch;

    @Override
    public void clear() {
        clears++;
        points.clear();
    }

    @Override
    public void append(List<EpochRecord> records) {
        batchSizes.add(records.size());
        points.addAll(records);
    }

    @Override
    public void showAnalysis(OverfittingReport report, int stoppedEpoch, StopReason reason) {
        lastStoppedEpoch = stoppedEpoch;
        lastReason = reason;
    }
}
