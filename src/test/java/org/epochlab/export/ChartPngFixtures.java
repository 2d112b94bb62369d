package org.epochlab.export;

import java.util.List;

import org.epochlab.engine.EpochRecord;
import org.epochlab.engine.LayerWeights;
import org.epochlab.engine.NetworkWeights;
import org.epochlab.engine.StopReason;
import org.epochlab.engine.TrainingResult;
import org.epochlab.experiment.ExperimentConfig;
import org.epochlab.experiment.OverfittingReport;

/** A finished run made by hand for PNG tests: 2 → 16 → 16 → 2, overfitting from epoch 81, early-stopped. */
final class ChartPngFixtures {

    private ChartPngFixtures() {
    }

    static TrainingResult result(List<EpochRecord> history, StopReason reason) {
        NetworkWeights weights = new NetworkWeights(List.of(layer(2, 16), layer(16, 16), layer(16, 2)));
        int best = bestEpoch(history);
        return new TrainingResult(history, reason, history.size(), best, weights, weights, true, null, null, null);
    }

    static OverfittingReport report(List<EpochRecord> history, int overfitEpoch) {
        int best = bestEpoch(history);
        double[] gap = history.stream().mapToDouble(EpochRecord::gap).toArray();
        return new OverfittingReport(best, history.get(best - 1).valLoss(), overfitEpoch, gap);
    }

    static ExperimentConfig earlyStoppingConfig() {
        ExperimentConfig d = ExperimentConfig.defaults();
        return new ExperimentConfig(d.schemaVersion(), d.name(), d.dataset(), d.validationCsv(), d.labelColumn(),
                d.samples(), d.noise(), d.classes(), d.validationFraction(), d.testFraction(), d.standardize(),
                d.hiddenLayers(), d.activation(), d.outputLoss(), d.weightInit(), d.weightInitParam(), d.biasInit(),
                d.biasInitParam(), d.optimizer(), d.learningRate(), d.momentum(), d.rho(), d.beta1(), d.beta2(),
                d.epsilon(), d.batchSize(), 500, d.shuffle(), d.l1(), d.l2(), d.dropout(), true, 100, d.minDelta(),
                d.startFromEpoch(), d.restoreBestWeights(), d.splitSeed(), d.dataSeed(), d.initSeed(), d.shuffleSeed());
    }

    private static int bestEpoch(List<EpochRecord> history) {
        int best = history.isEmpty() ? 0 : 1;
        for (EpochRecord r : history) {
            if (r.valLoss() < history.get(best - 1).valLoss()) {
                best = r.epoch();
            }
        }
        return best;
    }

    private static LayerWeights layer(int inputs, int outputs) {
        return new LayerWeights(inputs, outputs, new double[inputs * outputs], new double[outputs]);
    }
}
