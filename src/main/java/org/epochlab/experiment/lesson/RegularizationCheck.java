package org.epochlab.experiment.lesson;

import java.util.ArrayList;
import java.util.List;

/**
 * Fighting overfitting: L2, dropout and more data each shrink the final gap between validation and training
 * loss, against the same seeds.
 */
final class RegularizationCheck implements LessonCheck {

    static final String BASELINE = OverfittingCheck.RUN;
    static final List<String> REMEDIES = List.of("overfit-l2", "overfit-dropout", "overfit-more-data");
    /** "Shrinks": the remedy's final gap is at most this fraction of the baseline's. */
    static final double SHRINK = 2.0 / 3.0;

    @Override
    public List<Finding> findings(Outcomes o) {
        RunOutcome baseline = o.get(BASELINE);
        double baseGap = baseline.last().gap();
        List<Finding> findings = new ArrayList<>();
        findings.add(new Finding("Nothing against overfitting: at epoch "
                + baseline.history().size() + " validation loss is " + Numbers.loss(baseline.last().valLoss())
                + " and training loss " + Numbers.loss(baseline.last().trainLoss()) + ": a gap of "
                + Numbers.loss(baseGap) + (baseline.report().overfits()
                        ? "; overfitting from epoch " + baseline.report().overfitEpoch() + "." : "; no overfitting detected."),
                baseline.report().overfits()));
        for (String name : REMEDIES) {
            RunOutcome run = o.get(name);
            double gap = run.last().gap();
            findings.add(new Finding(capitalized(run.label()) + ": final gap " + Numbers.loss(gap) + " instead of "
                    + Numbers.loss(baseGap) + " (" + Numbers.change(baseGap, gap) + "); validation loss ends at "
                    + Numbers.loss(run.last().valLoss()) + " instead of " + Numbers.loss(baseline.last().valLoss())
                    + ", training loss at " + Numbers.loss(run.last().trainLoss()) + ".", gap <= SHRINK * baseGap));
        }
        return findings;
    }

    private static String capitalized(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
