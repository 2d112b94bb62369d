package org.epochlab.experiment.lesson;

import java.util.ArrayList;
import java.util.List;

import org.epochlab.engine.EpochRecord;
import org.epochlab.engine.StopReason;

/**
 * Learning rate and optimizer: too small crawls, too large diverges and the run says so, and Adam goes
 * further than plain SGD in the same epochs on the same seeds.
 */
final class LearningRateCheck implements LessonCheck {

    static final String SMALL = "lr-too-small";
    static final String GOOD = "lr-good";
    static final String LARGE = "lr-too-large";
    static final String ADAM = "optimizer-adam";
    /** "Crawls": after the same epochs, the small rate's training loss is at least this many times the good one's. */
    static final double CRAWL = 2;

    @Override
    public List<Finding> findings(Outcomes o) {
        RunOutcome small = o.get(SMALL);
        RunOutcome good = o.get(GOOD);
        RunOutcome large = o.get(LARGE);
        RunOutcome adam = o.get(ADAM);
        List<Finding> findings = new ArrayList<>();
        int epochs = good.history().size();
        findings.add(new Finding("Learning rate " + Numbers.plain(small.config().learningRate())
                + ": training loss went from " + Numbers.loss(small.first().trainLoss()) + " to "
                + Numbers.loss(small.last().trainLoss()) + " in " + small.history().size() + " epochs; at "
                + Numbers.plain(good.config().learningRate()) + " it went from " + Numbers.loss(good.first().trainLoss())
                + " to " + Numbers.loss(good.last().trainLoss()) + ".",
                small.last().trainLoss() >= CRAWL * good.last().trainLoss()));

        EpochRecord lastLarge = large.last();
        findings.add(new Finding("Learning rate " + Numbers.plain(large.config().learningRate()) + ": the loss blew up"
                + " (training loss " + Numbers.loss(lastLarge.trainLoss()) + " at epoch " + lastLarge.epoch()
                + ") and the run stopped there: " + large.result().stopReason().key() + ".",
                large.result().stopReason() == StopReason.DIVERGED));

        int below = firstEpochBelow(adam, good.last().trainLoss());
        findings.add(new Finding("Same seeds, same " + epochs + " epochs: Adam (learning rate "
                + Numbers.plain(adam.config().learningRate()) + ") ended at training loss "
                + Numbers.loss(adam.last().trainLoss()) + ", SGD (" + Numbers.plain(good.config().learningRate()) + ") at "
                + Numbers.loss(good.last().trainLoss()) + (below > 0 ? "; Adam was already below SGD's final loss at epoch "
                + below + "." : "."), adam.last().trainLoss() < good.last().trainLoss()));
        return findings;
    }

    private static int firstEpochBelow(RunOutcome run, double loss) {
        for (EpochRecord r : run.history()) {
            if (r.trainLoss() < loss) {
                return r.epoch();
            }
        }
        return 0;
    }
}
