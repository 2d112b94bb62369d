package org.epochlab.experiment.run;

import java.util.List;

import org.epochlab.engine.EarlyStopping;
import org.epochlab.engine.EarlyStoppingMonitor;
import org.epochlab.engine.EpochRecord;
import org.epochlab.engine.StopReason;

/**
 * Where early stopping would have ended a run, found from its history without training again (a pure
 * function). It feeds the recorded validation losses to the engine's own {@link EarlyStoppingMonitor} and
 * follows the trainer's rules, so the answer is what training with those settings would have done:
 * <ul>
 *   <li>an epoch whose training or validation loss is NaN or infinite ends the run as diverged, before early
 *       stopping sees it;</li>
 *   <li>the monitor's stop ends the run as early stopping;</li>
 *   <li>otherwise the run goes to the end of the recorded history ({@code COMPLETED}): a run that really
 *       stopped earlier has no record of what came after;</li>
 *   <li>with restore best weights, the weights kept at the end are those of the monitor's best epoch
 *       (also when the run completes or diverges), else those of the last epoch.</li>
 * </ul>
 * The history is replayed as one training call; a history without validation losses cannot stop early.
 */
public final class EarlyStoppingReplay {

    /**
     * What the replay found.
     *
     * @param reason       EARLY_STOPPING, DIVERGED, or COMPLETED when the rule never stopped the recorded run
     * @param stoppedEpoch the last epoch that would have run (0 for an empty history)
     * @param keptEpoch    the epoch whose weights the run would end with (0 for an empty history)
     * @param restoredBest whether those are restored best weights rather than the last epoch's
     * @param valLoss      validation loss at {@code keptEpoch} (NaN if none)
     * @param valAccuracy  validation accuracy at {@code keptEpoch} (NaN if none)
     */
    public record Outcome(StopReason reason, int stoppedEpoch, int keptEpoch, boolean restoredBest, double valLoss,
                          double valAccuracy) {

        /** Epochs the run would not have trained, of those recorded. */
        public int epochsSaved(int recorded) {
            return recorded - stoppedEpoch;
        }
    }

    private EarlyStoppingReplay() {
    }

    /**
     * @param history  a run's history, epochs 1, 2, 3, …
     * @param rule     patience, min delta, start-from epoch and restore best (its {@code enabled} flag is ignored:
     *                 replaying means asking what early stopping would have done)
     */
    public static Outcome replay(List<EpochRecord> history, EarlyStopping rule) {
        if (history.isEmpty()) {
            return new Outcome(StopReason.COMPLETED, 0, 0, false, Double.NaN, Double.NaN);
        }
        boolean hasValidation = history.get(0).hasValidation();
        EarlyStoppingMonitor monitor = new EarlyStoppingMonitor(rule);
        monitor.beginTraining();
        int keptByMonitor = 0;
        StopReason reason = StopReason.COMPLETED;
        int stopped = history.get(history.size() - 1).epoch();
        for (EpochRecord r : history) {
            if (!Double.isFinite(r.trainLoss()) || (hasValidation && !Double.isFinite(r.valLoss()))) {
                reason = StopReason.DIVERGED;
                stopped = r.epoch();
                break;
            }
            if (!hasValidation) {
                continue;
            }
            EarlyStoppingMonitor.Decision decision = monitor.onEpochEnd(r.epoch(), r.valLoss());
            if (decision.keepWeights()) {
                keptByMonitor = r.epoch();
            }
            if (decision.stop()) {
                reason = StopReason.EARLY_STOPPING;
                stopped = r.epoch();
                break;
            }
        }
        boolean restored = rule.restoreBestWeights() && keptByMonitor > 0;
        int kept = restored ? keptByMonitor : stopped;
        EpochRecord at = history.get(kept - 1);
        return new Outcome(reason, stopped, kept, restored, at.valLoss(), at.valAccuracy());
    }
}
