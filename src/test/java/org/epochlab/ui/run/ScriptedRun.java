package org.epochlab.ui.run;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.epochlab.engine.EpochRecord;
import org.epochlab.engine.StopReason;
import org.epochlab.engine.TrainingControl;
import org.epochlab.engine.TrainingListener;
import org.epochlab.engine.TrainingResult;

/**
 * A run without an engine: each epoch is {@code batches} checkpoints followed by a record, as the
 * trainer does it, so that stopping, pausing and stepping can be watched epoch by epoch.
 */
final class ScriptedRun implements TrainingRun {

    final int epochs;
    final int batches;
    final List<EpochRecord> history = new CopyOnWriteArrayList<>();
    /** "epoch k: lr x" for each adjustment, k = epochs completed when it arrived. */
    final List<String> adjustments = new CopyOnWriteArrayList<>();
    final List<String> threads = new CopyOnWriteArrayList<>();
    volatile int checkpoints;
    RuntimeException failAt;
    int failEpoch;

    ScriptedRun(int epochs, int batches) {
        this.epochs = epochs;
        this.batches = batches;
    }

    @Override
    public TrainingResult train(TrainingListener listener, TrainingControl control) {
        return trainUpTo(epochs, listener, control);
    }

    @Override
    public TrainingResult trainMore(int more, TrainingListener listener, TrainingControl control) {
        return trainUpTo(history.size() + more, listener, control);
    }

    @Override
    public void adjust(Adjustment a) {
        threads.add(Thread.currentThread().getName());
        adjustments.add("epoch " + history.size() + ": lr " + a.learningRate());
    }

    private TrainingResult trainUpTo(int last, TrainingListener listener, TrainingControl control) {
        threads.add(Thread.currentThread().getName());
        while (history.size() < last) {
            int epoch = history.size() + 1;
            if (failAt != null && epoch == failEpoch) {
                throw failAt;
            }
            for (int b = 0; b < batches; b++) {
                checkpoints++;
                if (!control.checkpoint()) {
                    return result(StopReason.CANCELLED);
                }
            }
            EpochRecord r = Records.epoch(epoch, 1.0 / epoch, 1.0 / epoch, 10 * batches, batches);
            history.add(r);
            listener.onEpoch(r);
            control.endOfEpoch();
        }
        return result(StopReason.COMPLETED);
    }

    private TrainingResult result(StopReason reason) {
        return new TrainingResult(new ArrayList<>(history), reason, history.size(), history.size(), null, null,
                false, null, null, null);
    }
}
