package org.epochlab.ui.run;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import org.epochlab.engine.EpochRecord;
import org.epochlab.engine.NetworkWeights;
import org.epochlab.engine.TrainingControl;
import org.epochlab.engine.TrainingListener;

/**
 * What the FX thread and the training thread share during one run, all of it thread-safe: the
 * queue of finished epochs, the engine's control (stop, and pause before the next mini-batch), the
 * gate that holds a stepped run at an epoch end, and the changes waiting for
 * the next epoch. The training thread only publishes; the FX thread drains at frame rate.
 */
final class RunLink {

    private final Queue<EpochRecord> records = new ConcurrentLinkedQueue<>();
    private final TrainingControl control = new TrainingControl();
    private final EpochGate gate = new EpochGate();
    private final AtomicReference<Adjustment> pending = new AtomicReference<>();
    private final Function<TrainingRun, TrainingListener> observers;

    RunLink() {
        this(run -> TrainingListener.NONE);
    }

    /** @param observers also listen to the run, on the training thread (weight snapshots for the inspection views) */
    RunLink(Function<TrainingRun, TrainingListener> observers) {
        this.observers = observers;
        control.progress().followOrder(); // the epoch strip shows which examples the epoch has used
    }

    TrainingControl control() {
        return control;
    }

    /** Holds the run before its next mini-batch, in the middle of an epoch or not. */
    void pause() {
        control.pause();
    }

    /** Lets a paused or stepped run go on from where it is held. */
    void resume() {
        gate.resume();
        control.resume();
    }

    /**
     * Exactly one more epoch, then hold at its end.
     *
     * @param midEpoch whether the run was paused before a mini-batch (it then finishes the epoch it is in)
     *                 rather than held at an epoch end (it then runs the next epoch)
     */
    void step(boolean midEpoch) {
        if (midEpoch) {
            gate.holdAtEpochEnd();
        } else {
            gate.step();
        }
        control.resume();
    }

    /** A new run holds at the end of its first epoch. */
    void holdAtFirstEpochEnd() {
        gate.holdAtEpochEnd();
    }

    /** Queues a change for the training thread to apply before the next epoch. */
    void adjust(Adjustment adjustment) {
        pending.set(adjustment);
    }

    /** Ends the run before its next mini-batch, paused or not. */
    void stop() {
        control.cancel();
        gate.release();
    }

    /** Moves every published epoch into {@code into}; returns how many. FX thread. */
    int drainTo(List<EpochRecord> into) {
        int n = 0;
        for (EpochRecord r; (r = records.poll()) != null; n++) {
            into.add(r);
        }
        return n;
    }

    /** Training thread: applies a waiting change now. */
    void applyPending(TrainingRun run) {
        Adjustment a = pending.getAndSet(null);
        if (a != null) {
            run.adjust(a);
        }
    }

    /**
     * The listener for {@code run}: publish the epoch, hand it (and its weights, when wanted) to the
     * observers, then hold if paused and apply waiting changes. The hold comes after the weights, so a
     * paused run's last epoch is shown with its own weights.
     */
    TrainingListener listenerFor(TrainingRun run) {
        TrainingListener observer = observers.apply(run);
        return new TrainingListener() {
            @Override
            public void onEpoch(EpochRecord record) {
                records.add(record);
                observer.onEpoch(record);
                if (!observer.wantsWeights(record.epoch())) {
                    endOfEpoch(run);
                }
            }

            @Override
            public boolean wantsWeights(int epoch) {
                return observer.wantsWeights(epoch);
            }

            @Override
            public void onWeights(int epoch, NetworkWeights weights) {
                observer.onWeights(epoch, weights);
                if (epoch > 0) {
                    endOfEpoch(run); // the trainer hands an epoch's weights right after its record
                }
            }
        };
    }

    private void endOfEpoch(TrainingRun run) {
        gate.passEpochEnd();
        applyPending(run);
    }
}
