package org.epochlab.ui.chart;

import java.util.List;

import javafx.scene.Node;
import javafx.scene.layout.BorderPane;

import org.epochlab.engine.EpochRecord;
import org.epochlab.engine.StopReason;
import org.epochlab.experiment.OverfittingReport;

/**
 * The live charts of one run: training and validation loss per epoch (with the best epoch, the
 * overfitting region and the stopping point marked) and accuracy on a second tab, with a log-scale
 * toggle and a smoothing slider. FX thread only.
 */
public final class TrainingChartsView extends BorderPane {

    /** Empties every series and marker (a new run). */
    public void clear() {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /** Adds the next epochs of the current run, in order (one batch per frame). */
    public void append(List<EpochRecord> records) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /**
     * Shows the best epoch and overfitting region from {@code report}, and where and why the run
     * stopped ({@code reason} null while the run goes on).
     */
    public void showAnalysis(OverfittingReport report, int stoppedEpoch, StopReason reason) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /** The node exported as PNG: the loss chart with its legend and markers. */
    public Node lossChartNode() {
        throw new UnsupportedOperationException("not yet implemented");
    }
}
