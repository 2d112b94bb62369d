package org.epochlab.experiment.lesson;

import java.util.ArrayList;
import java.util.List;

import org.epochlab.engine.EpochRecord;

/**
 * What an epoch is: every epoch uses each training example once, in ceil(n / batch) updates (one with full
 * batch); more epochs carry the same training on; what moves the loss is the number of updates.
 */
final class EpochCheck implements LessonCheck {

    static final String ONE = "epoch-1";
    static final String FIVE = "epoch-5";
    static final String TWENTY = "epoch-20";
    static final String FULL = "epoch-full-batch";

    @Override
    public List<Finding> findings(Outcomes o) {
        RunOutcome one = o.get(ONE);
        RunOutcome five = o.get(FIVE);
        RunOutcome twenty = o.get(TWENTY);
        RunOutcome full = o.get(FULL);
        int n = twenty.trainingExamples();
        int batch = twenty.config().batchSize();
        int perEpoch = (n + batch - 1) / batch;
        List<Finding> findings = new ArrayList<>();

        boolean counted = countsAre(one, perEpoch, n) && countsAre(five, perEpoch, n) && countsAre(twenty, perEpoch, n);
        findings.add(new Finding("With n = " + n + " training images and batch " + batch + ", every epoch made "
                + perEpoch + " weight updates (ceil(" + n + "/" + batch + ") = " + perEpoch + ") and used " + n
                + " images, each once: 1 epoch = " + one.last().updates() + " updates and " + one.last().samplesSeen()
                + " images seen; 20 epochs = " + twenty.last().updates() + " updates and " + twenty.last().samplesSeen()
                + " images seen (each image 20 times).", counted));

        boolean fullCounted = countsAre(full, 1, n);
        findings.add(new Finding("With full batch, an epoch is one forward and one backward pass over all " + n
                + " images and one update: 20 epochs made " + full.last().updates() + " updates (mini-batches: "
                + twenty.last().updates() + ") from the same " + full.last().samplesSeen() + " images seen.",
                fullCounted));

        double fullLoss = full.last().trainLoss();
        double miniLoss = twenty.last().trainLoss();
        findings.add(new Finding("After 20 epochs the full-batch run (" + full.last().updates()
                + " updates) is at training loss " + Numbers.loss(fullLoss) + ", about where mini-batches were after 1 epoch ("
                + one.last().updates() + " updates: " + Numbers.loss(one.last().trainLoss()) + "); after 20 epochs of "
                + "mini-batches (" + twenty.last().updates() + " updates) it is " + Numbers.loss(miniLoss)
                + ": the loss follows the updates, not the epochs.", miniLoss < 0.5 * fullLoss));

        boolean sameStart = samePrefix(one, twenty) && samePrefix(five, twenty);
        boolean falling = twenty.epoch(5).trainLoss() < one.last().trainLoss()
                && twenty.last().trainLoss() < twenty.epoch(5).trainLoss();
        findings.add(new Finding("The 1- and 5-epoch runs are the first epochs of the 20-epoch run, number for number"
                + " (same seeds): training loss " + Numbers.loss(one.last().trainLoss()) + " after 1 epoch, "
                + Numbers.loss(five.last().trainLoss()) + " after 5, " + Numbers.loss(twenty.last().trainLoss())
                + " after 20 (validation " + Numbers.loss(one.last().valLoss()) + ", "
                + Numbers.loss(five.last().valLoss()) + ", " + Numbers.loss(twenty.last().valLoss())
                + "): each further pass over the same images lowered the loss.", sameStart && falling));
        return findings;
    }

    /** Whether epoch k of the run made k·perEpoch updates and fed k·n examples, for every k. */
    private static boolean countsAre(RunOutcome run, int perEpoch, int n) {
        for (EpochRecord r : run.history()) {
            if (r.updates() != (long) r.epoch() * perEpoch || r.samplesSeen() != (long) r.epoch() * n) {
                return false;
            }
        }
        return true;
    }

    private static boolean samePrefix(RunOutcome shorter, RunOutcome longer) {
        for (EpochRecord r : shorter.history()) {
            EpochRecord l = longer.epoch(r.epoch());
            if (r.trainLoss() != l.trainLoss() || !(r.valLoss() == l.valLoss())) {
                return false;
            }
        }
        return true;
    }
}
