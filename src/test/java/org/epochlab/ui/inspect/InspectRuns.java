package org.epochlab.ui.inspect;

import java.util.ArrayList;
import java.util.List;

import org.epochlab.engine.EpochRecord;
import org.epochlab.engine.NetworkWeights;
import org.epochlab.engine.TrainingControl;
import org.epochlab.engine.TrainingListener;
import org.epochlab.engine.TrainingResult;
import org.epochlab.experiment.ConfigOverrides;
import org.epochlab.experiment.ExperimentConfig;
import org.epochlab.experiment.ExperimentRunner;
import org.epochlab.experiment.PreparedExperiment;

/** Small real runs for the inspection views' tests, with the weights of every epoch kept. */
final class InspectRuns {

    /** A finished run: its setup, every epoch's record and weights (index 0 = initial weights). */
    record Trained(PreparedExperiment prepared, InspectedRun run, TrainingResult result, List<EpochRecord> history,
                   List<NetworkWeights> weights) {

        NetworkWeights last() {
            return weights.get(weights.size() - 1);
        }

        EpochRecord lastRecord() {
            return history.get(history.size() - 1);
        }
    }

    private InspectRuns() {
    }

    /** The default config (moons, tanh 16-16, Adam) with {@code key=value} overrides. */
    static Trained train(String... overrides) throws Exception {
        PreparedExperiment prepared = ExperimentRunner.prepare(ConfigOverrides.apply(ExperimentConfig.defaults(),
                overrides));
        List<EpochRecord> history = new ArrayList<>();
        List<NetworkWeights> weights = new ArrayList<>();
        TrainingResult result = ExperimentRunner.run(prepared, new TrainingListener() {
            @Override
            public void onEpoch(EpochRecord record) {
                history.add(record);
            }

            @Override
            public boolean wantsWeights(int epoch) {
                return true;
            }

            @Override
            public void onWeights(int epoch, NetworkWeights w) {
                weights.add(w);
            }
        }, new TrainingControl());
        return new Trained(prepared, InspectedRun.of(prepared), result, history, weights);
    }

    static Trained moons(String... overrides) throws Exception {
        return train(concat(new String[] {"epochs=40", "samples=300"}, overrides));
    }

    static Trained digits(String... overrides) throws Exception {
        return train(concat(new String[] {"dataset=digits", "hiddenLayers=[32]", "epochs=8"}, overrides));
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = new String[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
