package org.epochlab.experiment.run;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.epochlab.engine.EpochRecord;
import org.epochlab.engine.NetworkWeights;
import org.epochlab.engine.StopReason;
import org.epochlab.engine.TrainingResult;
import org.epochlab.experiment.ExperimentConfig;
import org.epochlab.experiment.OverfittingAnalysis;
import org.epochlab.experiment.OverfittingReport;

/**
 * A finished or stopped run, as the run history keeps it and run files store it. Immutable.
 *
 * @param id             a UUID in its canonical lower-case text form; also the run's file name in the workspace
 * @param name           a label the user may change
 * @param created        when the run started
 * @param config         the config it started from
 * @param history        one record per epoch that ran, 1-based and contiguous
 * @param stopReason     why it ended; an interrupted run says {@link StopReason#CANCELLED}
 * @param interrupted    whether the run was cut off by a crash or kill and rebuilt from its journal
 * @param stoppedEpoch   the last epoch that ran (0 if none)
 * @param bestEpoch      the epoch with the lowest validation loss, 0 if none ({@link OverfittingAnalysis})
 * @param overfitEpoch   the epoch where overfitting began, 0 if not detected ({@link OverfittingAnalysis})
 * @param restoredBest   whether the final weights are the best epoch's, restored by early stopping
 * @param test           the final weights scored on the test split, null if there was none
 * @param elapsedSeconds wall-clock training time
 * @param finalWeights   the weights the run ended with, null if not kept
 */
public record RunRecord(String id, String name, Instant created, ExperimentConfig config, List<EpochRecord> history,
                        StopReason stopReason, boolean interrupted, int stoppedEpoch, int bestEpoch,
                        int overfitEpoch, boolean restoredBest, Score test, double elapsedSeconds,
                        NetworkWeights finalWeights) {

    /** Loss and accuracy of the final weights on one split. */
    public record Score(double loss, double accuracy) {
    }

    public RunRecord {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(stopReason, "stopReason");
        if (!isRunId(id)) {
            throw new IllegalArgumentException("a run id is a UUID such as " + UUID.randomUUID() + ", got " + id);
        }
        history = List.copyOf(history);
        checkEpoch("bestEpoch", bestEpoch, history.size());
        checkEpoch("overfitEpoch", overfitEpoch, history.size());
        for (int i = 0; i < history.size(); i++) {
            if (history.get(i).epoch() != i + 1) {
                throw new IllegalArgumentException("history entry " + (i + 1) + " is epoch " + history.get(i).epoch()
                        + "; epochs must run 1, 2, 3, …");
            }
        }
    }

    private static void checkEpoch(String what, int epoch, int epochs) {
        if (epoch < 0 || epoch > epochs) {
            throw new IllegalArgumentException(what + " must be between 0 and " + epochs + " (the epochs run), got "
                    + epoch);
        }
    }

    /** A fresh random id. */
    public static String newId() {
        return UUID.randomUUID().toString();
    }

    /** Whether {@code text} is a UUID in canonical lower-case form (so it is also a safe file name). */
    public static boolean isRunId(String text) {
        if (text == null || text.length() != 36) {
            return false;
        }
        try {
            return UUID.fromString(text).toString().equals(text);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The record of a run that ended: its best and overfitting epochs come from {@link OverfittingAnalysis}. */
    public static RunRecord of(String id, String name, Instant created, ExperimentConfig config, TrainingResult result,
                               double elapsedSeconds) {
        OverfittingReport report = OverfittingAnalysis.analyze(result.history());
        Score test = result.test() == null ? null : new Score(result.test().loss(), result.test().accuracy());
        return new RunRecord(id, name, created, config, result.history(), result.stopReason(), false,
                result.stoppedEpoch(), report.bestEpoch(), report.overfitEpoch(), result.restoredBest(), test,
                elapsedSeconds, result.finalWeights());
    }

    /** A run cut off by a crash or kill, rebuilt from the epochs its journal holds: stop reason cancelled. */
    public static RunRecord interrupted(String id, String name, Instant created, ExperimentConfig config,
                                        List<EpochRecord> history, double elapsedSeconds) {
        OverfittingReport report = OverfittingAnalysis.analyze(history);
        return new RunRecord(id, name, created, config, history, StopReason.CANCELLED, true, history.size(),
                report.bestEpoch(), report.overfitEpoch(), false, null, elapsedSeconds, null);
    }

    public RunRecord withName(String newName) {
        return new RunRecord(id, newName, created, config, history, stopReason, interrupted, stoppedEpoch, bestEpoch,
                overfitEpoch, restoredBest, test, elapsedSeconds, finalWeights);
    }

    public Optional<Score> testScore() {
        return Optional.ofNullable(test);
    }

    public Optional<NetworkWeights> weights() {
        return Optional.ofNullable(finalWeights);
    }

    /** Epochs in the history. */
    public int epochs() {
        return history.size();
    }

    /** The record of epoch {@code epoch} (1-based). */
    public EpochRecord epoch(int epoch) {
        return history.get(epoch - 1);
    }

    /** The best epoch's record, if the run has one. */
    public Optional<EpochRecord> best() {
        return bestEpoch > 0 ? Optional.of(epoch(bestEpoch)) : Optional.empty();
    }
}
