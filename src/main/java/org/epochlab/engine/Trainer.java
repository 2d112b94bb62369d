package org.epochlab.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Trains one network for the configured epochs with early stopping, divergence detection and
 * cancellation, reporting each epoch to a listener. Keeps its {@link TrainingSession}, so a run
 * that stopped can be continued. Confined to one thread at a time.
 *
 * <p>A run ends for one of these reasons ({@link StopReason}):
 * <ul>
 *   <li>{@code COMPLETED}: the last requested epoch ran;</li>
 *   <li>{@code EARLY_STOPPING}: validation loss stopped improving ({@link EarlyStoppingMonitor});</li>
 *   <li>{@code DIVERGED}: an epoch's training or validation loss was NaN or infinite; that epoch's record
 *       is the last in the history;</li>
 *   <li>{@code CANCELLED}: {@link TrainingControl#cancel()}; an epoch cut short is not recorded;</li>
 *   <li>{@code FAILED}: an unexpected exception, available from {@link #failure()}; the history is kept.</li>
 * </ul>
 * With {@code restoreBestWeights}, the kept best weights go back into the network when a call ends
 * by completion, early stopping or divergence (Keras restores in {@code on_train_end}); a cancelled or
 * failed call keeps the weights it had.
 *
 * <p>Each call ({@link #train} or {@link #continueTraining}) is one Keras {@code fit}: the
 * patience count and the kept weights start afresh, the best validation loss so far does not, and
 * the test split, if given, is scored once at the end.
 */
public final class Trainer {

    private final TrainerConfig config;
    private final TrainingSession session;
    private final EarlyStoppingMonitor monitor;
    private final NetworkWeights initialWeights;
    private final List<EpochRecord> history = new ArrayList<>();
    private boolean diverged;
    private boolean initialWeightsSent;
    private int restoredEpoch;
    private RuntimeException failure;
    /** The best weights early stopping kept during the current call, if any. */
    private NetworkWeights keptWeights;

    /** @param validation may be null (then early stopping is not possible and val metrics are NaN) */
    public Trainer(TrainerConfig config, Samples train, Samples validation) {
        this.config = config;
        this.session = new TrainingSession(config, train, validation);
        this.monitor = new EarlyStoppingMonitor(config.earlyStopping());
        this.initialWeights = session.weights();
    }

    /** One call does it all: build, train for config.epochs(), score the test split (may be null). */
    public static TrainingResult run(TrainerConfig config, Samples train, Samples validation, Samples test,
                                     TrainingListener listener, TrainingControl control) {
        return new Trainer(config, train, validation).train(listener, control, test);
    }

    /**
     * Trains until epoch {@code config.epochs()}, early stopping, divergence or cancellation, then
     * restores the best weights if early stopping asks for it, and scores the test split once.
     */
    public TrainingResult train(TrainingListener listener, TrainingControl control, Samples test) {
        return trainUntil(config.epochs(), listener, control, test);
    }

    /**
     * Trains up to {@code extraEpochs} more epochs from where the last call stopped (early stopping's
     * patience count starts afresh; a diverged run cannot continue).
     */
    public TrainingResult continueTraining(int extraEpochs, TrainingListener listener, TrainingControl control,
                                           Samples test) {
        if (extraEpochs < 0) {
            throw new IllegalArgumentException("extra epochs must be ≥ 0, got " + extraEpochs);
        }
        return trainUntil(session.epoch() + extraEpochs, listener, control, test);
    }

    /** The session, for changing the learning rate, L2 and dropout between epochs. */
    public TrainingSession session() {
        return session;
    }

    /** Every epoch so far. */
    public List<EpochRecord> history() {
        return List.copyOf(history);
    }

    /** The exception that ended the last call with {@link StopReason#FAILED}, if it did. */
    public Optional<RuntimeException> failure() {
        return Optional.ofNullable(failure);
    }

    /** The epoch whose weights the last call restored, 0 if it restored none. */
    public int restoredEpoch() {
        return restoredEpoch;
    }

    private TrainingResult trainUntil(int lastEpoch, TrainingListener listener, TrainingControl control,
                                      Samples test) {
        failure = null;
        restoredEpoch = 0;
        if (diverged) {
            return result(StopReason.DIVERGED, test);
        }
        keptWeights = null;
        monitor.beginTraining();
        StopReason reason = StopReason.COMPLETED;
        try {
            if (!initialWeightsSent) {
                initialWeightsSent = true;
                if (listener.wantsWeights(0)) {
                    listener.onWeights(0, initialWeights);
                }
            }
            while (session.epoch() < lastEpoch) {
                EpochRecord record = session.runEpoch(control);
                if (record == null) {
                    reason = StopReason.CANCELLED;
                    break;
                }
                history.add(record);
                listener.onEpoch(record);
                if (listener.wantsWeights(record.epoch())) {
                    listener.onWeights(record.epoch(), session.weights());
                }
                control.endOfEpoch();
                StopReason verdict = judge(record);
                if (verdict != null) {
                    reason = verdict;
                    break;
                }
            }
            if (keptWeights != null && reason != StopReason.CANCELLED) {
                session.restore(keptWeights);
                restoredEpoch = monitor.bestEpoch();
            }
        } catch (RuntimeException e) {
            failure = e;
            reason = StopReason.FAILED;
        }
        keptWeights = null;
        return result(reason, test);
    }

    /**
     * Whether the run ends after {@code record}: DIVERGED on a non-finite loss (the epoch never
     * reaches early stopping), EARLY_STOPPING when the monitor says so, else null. Keeps a copy of
     * the weights when the monitor asks for one.
     */
    private StopReason judge(EpochRecord record) {
        if (!Double.isFinite(record.trainLoss()) || (session.hasValidation() && !Double.isFinite(record.valLoss()))) {
            diverged = true;
            return StopReason.DIVERGED;
        }
        if (!config.earlyStopping().enabled() || !session.hasValidation()) {
            return null;
        }
        EarlyStoppingMonitor.Decision decision = monitor.onEpochEnd(record.epoch(), record.valLoss());
        if (decision.keepWeights()) {
            keptWeights = session.weights();
        }
        return decision.stop() ? StopReason.EARLY_STOPPING : null;
    }

    private TrainingResult result(StopReason reason, Samples test) {
        int bestEpoch = 0;
        double bestLoss = Double.POSITIVE_INFINITY;
        for (EpochRecord r : history) {
            if (r.valLoss() < bestLoss) {
                bestLoss = r.valLoss();
                bestEpoch = r.epoch();
            }
        }
        NetworkWeights finalWeights = null;
        Evaluation trainScore = null;
        Evaluation validationScore = null;
        Evaluation testScore = null;
        try {
            finalWeights = session.weights();
            trainScore = session.evaluate(trainSamples());
            validationScore = validationSamples() == null ? null : session.evaluate(validationSamples());
            testScore = test == null || test.isEmpty() ? null : session.evaluate(test);
        } catch (RuntimeException e) {
            if (failure == null) {
                failure = e;
                reason = StopReason.FAILED;
            }
        }
        return new TrainingResult(history, reason, session.epoch(), bestEpoch, initialWeights, finalWeights,
                restoredEpoch > 0, trainScore, validationScore, testScore);
    }

    private Samples trainSamples() {
        return session.trainSamples();
    }

    private Samples validationSamples() {
        return session.validationSamples();
    }
}
