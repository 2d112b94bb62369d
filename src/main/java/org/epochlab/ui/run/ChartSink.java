package org.epochlab.ui.run;

import java.util.List;

import org.epochlab.engine.EpochRecord;
import org.epochlab.engine.StopReason;
import org.epochlab.experiment.ExperimentConfig;
import org.epochlab.experiment.OverfittingReport;
import org.epochlab.export.ChartCaption;
import org.epochlab.ui.chart.TrainingChartsView;

/** Where a run's epochs are drawn. FX thread only. */
public interface ChartSink {

    void clear();

    /** The next epochs of the run, in order: one batch per frame. */
    void append(List<EpochRecord> records);

    /** The best epoch, the overfitting onset, and where and why the run stopped (reason null while it runs). */
    void showAnalysis(OverfittingReport report, int stoppedEpoch, StopReason reason);

    /** A run of {@code config} is starting, or continuing, to last {@code epochs} epochs in all. */
    default void plan(ExperimentConfig config, int epochs) {
    }

    /** Both sinks, {@code first} first, in every call. */
    static ChartSink both(ChartSink first, ChartSink second) {
        return new ChartSink() {
            @Override
            public void clear() {
                first.clear();
                second.clear();
            }

            @Override
            public void append(List<EpochRecord> records) {
                first.append(records);
                second.append(records);
            }

            @Override
            public void showAnalysis(OverfittingReport report, int stoppedEpoch, StopReason reason) {
                first.showAnalysis(report, stoppedEpoch, reason);
                second.showAnalysis(report, stoppedEpoch, reason);
            }

            @Override
            public void plan(ExperimentConfig config, int epochs) {
                first.plan(config, epochs);
                second.plan(config, epochs);
            }
        };
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

            @Override
            public void plan(ExperimentConfig config, int epochs) {
                view.setPlannedEpochs(epochs);
                view.setLossAxisLabel(ChartCaption.lossAxisLabel(config.outputLoss()));
                view.setEarlyStoppingPatience(config.earlyStopping() ? config.patience() : 0);
            }
        };
    }
}
