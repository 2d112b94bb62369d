package org.epochlab.experiment.run;

import java.util.List;

import org.epochlab.engine.EpochRecord;
import org.epochlab.engine.NetworkWeights;
import org.epochlab.engine.TrainingListener;

/** Several training listeners as one, called in the order given. */
public final class Listeners {

    private Listeners() {
    }

    /**
     * A listener that passes each epoch to every one of {@code listeners}, takes a weight snapshot when any of
     * them wants one, and hands the snapshot to those that want it.
     */
    public static TrainingListener all(TrainingListener... listeners) {
        List<TrainingListener> each = List.of(listeners);
        return new TrainingListener() {
            @Override
            public void onEpoch(EpochRecord record) {
                for (TrainingListener l : each) {
                    l.onEpoch(record);
                }
            }

            @Override
            public boolean wantsWeights(int epoch) {
                for (TrainingListener l : each) {
                    if (l.wantsWeights(epoch)) {
                        return true;
                    }
                }
                return false;
            }

            @Override
            public void onWeights(int epoch, NetworkWeights weights) {
                for (TrainingListener l : each) {
                    if (l.wantsWeights(epoch)) {
                        l.onWeights(epoch, weights);
                    }
                }
            }
        };
    }
}
