package org.epochlab.engine;

import java.util.List;

/**
 * The outcome of a run. Immutable.
 *
 * @param history       one record per epoch that ran, 1-based and contiguous
 * @param stopReason    why it ended
 * @param stoppedEpoch  the last epoch that ran (0 if none)
 * @param bestEpoch     the epoch with the lowest validation loss (0 if no validation split or no epoch)
 * @param initialWeights the weights before the first update
 * @param finalWeights  the weights the run ends with: the best epoch's when early stopping restored them
 * @param restoredBest  whether {@code finalWeights} are the restored best weights
 * @param train         the final weights scored on the training split
 * @param validation    the final weights scored on the validation split (null if none)
 * @param test          the final weights scored once on the test split (null if none)
 */
public record TrainingResult(List<EpochRecord> history, StopReason stopReason, int stoppedEpoch, int bestEpoch,
                             NetworkWeights initialWeights, NetworkWeights finalWeights, boolean restoredBest,
                             Evaluation train, Evaluation validation, Evaluation test) {

    public TrainingResult {
        history = List.copyOf(history);
    }
}
