package org.epochlab.experiment.lesson;

import java.util.ArrayList;
import java.util.List;

import org.epochlab.engine.StopReason;

/**
 * Early stopping: the run stops exactly {@code patience} epochs after its best epoch and goes back to that
 * epoch's weights, which reproduce the best validation loss.
 */
final class EarlyStoppingCheck implements LessonCheck {

    static final String WITHOUT = OverfittingCheck.RUN;
    static final String WITH = "early-stopping";
    /** Relative tolerance for "reproduces": the restored weights are evaluated again on the same split. */
    static final double SAME_LOSS = 1e-9;

    @Override
    public List<Finding> findings(Outcomes o) {
        RunOutcome run = o.get(WITH);
        RunOutcome full = o.get(WITHOUT);
        int patience = run.config().patience();
        int best = run.result().bestEpoch();
        int stopped = run.result().stoppedEpoch();
        List<Finding> findings = new ArrayList<>();
        boolean stoppedOnTime = run.result().stopReason() == StopReason.EARLY_STOPPING && stopped == best + patience;
        findings.add(new Finding("Validation loss was best at epoch " + best + " ("
                + Numbers.loss(run.epoch(best).valLoss()) + "); with patience " + patience + " training stopped at epoch "
                + stopped + " (" + run.result().stopReason().key() + "), " + (stopped - best) + " epochs later, instead of"
                + " running all " + run.config().epochs() + ".", stoppedOnTime));

        double bestVal = run.epoch(best).valLoss();
        double restoredVal = run.result().validation() == null ? Double.NaN : run.result().validation().loss();
        boolean restored = run.result().restoredBest()
                && Math.abs(restoredVal - bestVal) <= SAME_LOSS * Math.max(1, Math.abs(bestVal));
        findings.add(new Finding("It went back to epoch " + best + "'s weights: they give validation loss "
                + Numbers.loss(restoredVal) + ", the best epoch's " + Numbers.loss(bestVal) + ", not the last epoch's "
                + Numbers.loss(run.last().valLoss()) + ".", restored));

        double fullVal = full.last().valLoss();
        findings.add(new Finding("Without early stopping the same run goes on to epoch " + full.history().size()
                + " and ends at validation loss " + Numbers.loss(fullVal) + "; early stopping kept "
                + Numbers.loss(restoredVal) + ". It did not prevent overfitting: it stopped " + patience
                + " epochs into it and undid them.", restoredVal < fullVal));
        return findings;
    }
}
