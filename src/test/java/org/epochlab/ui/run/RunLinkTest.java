package org.epochlab.ui.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.epochlab.engine.EpochRecord;
import org.epochlab.engine.LayerWeights;
import org.epochlab.engine.NetworkWeights;
import org.epochlab.engine.TrainingControl;
import org.epochlab.engine.TrainingListener;
import org.epochlab.engine.TrainingResult;
import org.junit.jupiter.api.Test;

class RunLinkTest {

    private final List<String> events = new ArrayList<>();

    @Test
    void anEpochWhoseWeightsAreWantedEndsOnlyAfterTheObserverHasThem() {
        RunLink link = new RunLink(run -> observer(true));
        TrainingListener listener = link.listenerFor(run());
        link.adjust(new Adjustment(0.5, 0, 0));

        listener.onWeights(0, weights());
        listener.onEpoch(Records.epoch(1, 0.5, 0.6, 100, 4));
        events.add("after record");
        listener.onWeights(1, weights());

        assertThat(events).containsExactly("weights 0", "record 1", "after record", "weights 1", "adjusted 0.5");
        assertThat(link.drainTo(new ArrayList<>())).isEqualTo(1);
    }

    @Test
    void anEpochWithoutWeightsEndsAtItsRecord() {
        RunLink link = new RunLink(run -> observer(false));
        TrainingListener listener = link.listenerFor(run());
        link.adjust(new Adjustment(0.5, 0, 0));

        listener.onEpoch(Records.epoch(1, 0.5, 0.6, 100, 4));

        assertThat(events).containsExactly("record 1", "adjusted 0.5");
    }

    private TrainingListener observer(boolean wantsWeights) {
        return new TrainingListener() {
            @Override
            public void onEpoch(EpochRecord record) {
                events.add("record " + record.epoch());
            }

            @Override
            public boolean wantsWeights(int epoch) {
                return wantsWeights;
            }

            @Override
            public void onWeights(int epoch, NetworkWeights weights) {
                events.add("weights " + epoch);
            }
        };
    }

    private TrainingRun run() {
        return new TrainingRun() {
            @Override
            public TrainingResult train(TrainingListener listener, TrainingControl control) {
                throw new UnsupportedOperationException();
            }

            @Override
            public TrainingResult trainMore(int epochs, TrainingListener listener, TrainingControl control) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void adjust(Adjustment adjustment) {
                events.add("adjusted " + adjustment.learningRate());
            }
        };
    }

    private static NetworkWeights weights() {
        return new NetworkWeights(List.of(new LayerWeights(1, 1, new double[] {0.5}, new double[] {0})));
    }
}
