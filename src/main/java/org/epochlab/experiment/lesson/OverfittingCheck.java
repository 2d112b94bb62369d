package org.epochlab.experiment.lesson;

import java.util.ArrayList;
import java.util.List;

import org.epochlab.experiment.OverfittingReport;

/**
 * How many epochs: validation loss reaches its lowest, then turns up for good while training loss keeps
 * falling; the best epoch is how many epochs to train.
 */
final class OverfittingCheck implements LessonCheck {

    static final String RUN = "overfit-noisy";
    /** "Clearly" above its best: the final validation loss is at least this many times the best. */
    static final double CLEAR_RISE = 1.25;

    @Override
    public List<Finding> findings(Outcomes o) {
        RunOutcome run = o.get(RUN);
        OverfittingReport report = run.report();
        List<Finding> findings = new ArrayList<>();
        double finalVal = run.last().valLoss();
        double finalTrain = run.last().trainLoss();
        int epochs = run.history().size();
        if (!report.overfits()) {
            findings.add(new Finding("Validation loss was lowest at epoch " + report.bestEpoch() + " ("
                    + Numbers.loss(report.bestValLoss()) + ") but did not stay clearly above it afterwards: no"
                    + " overfitting detected in " + epochs + " epochs (final validation loss " + Numbers.loss(finalVal)
                    + ").", false));
            return findings;
        }
        double trainAtOnset = run.epoch(report.overfitEpoch()).trainLoss();
        boolean clear = finalVal >= CLEAR_RISE * report.bestValLoss() && finalTrain < trainAtOnset;
        findings.add(new Finding("Validation loss was lowest at epoch " + report.bestEpoch() + " ("
                + Numbers.loss(report.bestValLoss()) + "), turned up for good at epoch " + report.overfitEpoch()
                + " and ended at " + Numbers.loss(finalVal) + " (" + Numbers.change(report.bestValLoss(), finalVal)
                + ") while training loss kept falling (from " + Numbers.loss(trainAtOnset) + " at epoch "
                + report.overfitEpoch() + " to " + Numbers.loss(finalTrain) + ").", clear));
        double bestGap = report.gap()[report.bestEpoch() - 1];
        double finalGap = report.gap()[epochs - 1];
        findings.add(new Finding("The gap between validation and training loss grew from " + Numbers.loss(bestGap)
                + " at the best epoch to " + Numbers.loss(finalGap) + " at epoch " + epochs
                + ": every epoch after " + report.bestEpoch() + " fitted the noise of the " + run.trainingExamples()
                + " training points better and new points worse. Here the answer to \"how many epochs\" is about "
                + report.bestEpoch() + ".", finalGap > 2 * bestGap));
        return findings;
    }
}
