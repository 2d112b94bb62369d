package org.epochlab.ui.run;

import java.util.List;

import org.epochlab.engine.EpochRecord;
import org.epochlab.engine.StopReason;
import org.epochlab.experiment.OverfittingReport;
import org.epochlab.ui.chart.TrainingChartsView;

/** Where a run's epochs are drawn. FX thread only. */
public interface ChartSink {

    void clear();

    /** The next epochs of the run, in order: one batch per frame. */
    void append(List<EpochRecord> records);

    /** The best epoch, the overfitting onset, and where and why the run stopped (reason null while it runs). */
    void showAnalysis(OverfittingReport report, int stoppedEpoch, StopReason reason);

    /** A run of {@code epochs} epochs trained on {@code outputLoss} is starting (or continuing to that many). */
    default void plan(int epochs, String outputLoss) {
    }

    static ChartSink of(TrainingChartsView view) {
        return new ChartSink() {
            @Override
            public void clear() {
                view.clear();
            }

            @Override
            public void append(List<EpochRecord> records) {
                view.append(records);
            }

            @Override
            public void showAnalysis(OverfittingReport report, int stoppedEpoch, StopReason reason) {
                view.showAnalysis(report, stoppedEpoch, reason);
            }
        };
    }
}
