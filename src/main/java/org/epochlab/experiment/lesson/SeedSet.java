package org.epochlab.experiment.lesson;

import org.epochlab.experiment.ExperimentConfig;

/**
 * The four seeds of a run, changed together: a lesson's effect must not hang on one lucky draw of the split,
 * the data, the initial weights or the shuffle order.
 */
public record SeedSet(long splitSeed, long dataSeed, long initSeed, long shuffleSeed) {

    /** The seeds every preset uses: {@link ExperimentConfig#defaults()}'s. */
    public static final SeedSet DEFAULT = of(ExperimentConfig.defaults());

    public static SeedSet of(ExperimentConfig config) {
        return new SeedSet(config.splitSeed(), config.dataSeed(), config.initSeed(), config.shuffleSeed());
    }

    /** The default seeds with {@code 100 · k} added to each: the k-th other seed set (k = 0 is the default). */
    public static SeedSet shifted(int k) {
        long d = 100L * k;
        return new SeedSet(DEFAULT.splitSeed + d, DEFAULT.dataSeed + d, DEFAULT.initSeed + d, DEFAULT.shuffleSeed + d);
    }

    /** {@code config} with these seeds. */
    public ExperimentConfig applyTo(ExperimentConfig c) {
        return new ExperimentConfig(c.schemaVersion(), c.name(), c.dataset(), c.validationCsv(), c.labelColumn(),
                c.samples(), c.noise(), c.classes(), c.validationFraction(), c.testFraction(), c.standardize(),
                c.hiddenLayers(), c.activation(), c.outputLoss(), c.weightInit(), c.weightInitParam(), c.biasInit(),
                c.biasInitParam(), c.optimizer(), c.learningRate(), c.momentum(), c.rho(), c.beta1(), c.beta2(),
                c.epsilon(), c.batchSize(), c.epochs(), c.shuffle(), c.l1(), c.l2(), c.dropout(), c.earlyStopping(),
                c.patience(), c.minDelta(), c.startFromEpoch(), c.restoreBestWeights(), splitSeed, dataSeed, initSeed,
                shuffleSeed);
    }

    @Override
    public String toString() {
        return "split " + splitSeed + ", data " + dataSeed + ", init " + initSeed + ", shuffle " + shuffleSeed;
    }
}
