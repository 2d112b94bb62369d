package org.epochlab.experiment;

/**
 * What {@link OverfittingAnalysis} finds in a history.
 *
 * @param bestEpoch     1-based epoch with the lowest validation loss (0 if there is none)
 * @param bestValLoss   that loss (NaN if none)
 * @param overfitEpoch  1-based epoch where overfitting began, or 0 if it was not detected
 * @param gap           per epoch (index 0 = epoch 1): validation loss minus training loss
 */
public record OverfittingReport(int bestEpoch, double bestValLoss, int overfitEpoch, double[] gap) {

    public boolean overfits() {
        return overfitEpoch > 0;
    }
}
