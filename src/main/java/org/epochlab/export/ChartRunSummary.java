package org.epochlab.export;

import org.epochlab.engine.LayerWeights;
import org.epochlab.engine.NetworkWeights;
import org.epochlab.engine.StopReason;
import org.epochlab.engine.TrainingResult;
import org.epochlab.experiment.OverfittingReport;

/**
 * The numbers of a run that a chart caption states.
 *
 * @param inputs       input features (0 when unknown)
 * @param outputs      output units (0 when unknown)
 * @param bestEpoch    epoch with the lowest validation loss (0 if none)
 * @param bestValLoss  that loss (NaN if none)
 * @param overfitEpoch where overfitting began (0 if not detected)
 * @param stoppedEpoch the last epoch that ran (0 while running or if none)
 * @param stopReason   why it ended (null while running)
 */
public record ChartRunSummary(int inputs, int outputs, int bestEpoch, double bestValLoss, int overfitEpoch,
                              int stoppedEpoch, StopReason stopReason) {

    /** The summary of a finished run, with the network's shape read from its weights. */
    public static ChartRunSummary of(TrainingResult result, OverfittingReport report) {
        NetworkWeights weights = result.initialWeights() != null ? result.initialWeights() : result.finalWeights();
        int inputs = 0;
        int outputs = 0;
        if (weights != null && !weights.layers().isEmpty()) {
            inputs = weights.layer(0).inputs();
            LayerWeights last = weights.layer(weights.layers().size() - 1);
            outputs = last.outputs();
        }
        return new ChartRunSummary(inputs, outputs, report.bestEpoch(), report.bestValLoss(), report.overfitEpoch(),
                result.stoppedEpoch(), result.stopReason());
    }
}
