package org.epochlab.engine;

import java.util.List;

/**
 * Everything the engine needs to build and train a network, except the data. Immutable.
 *
 * @param hiddenLayers units per hidden layer, input side first (may be empty: a linear model)
 * @param batchSize    examples per mini-batch; 0 means full batch (one update per epoch)
 * @param epochs       the number of epochs to train (≥ 1)
 * @param shuffle      reshuffle the training set at the start of each epoch
 * @param l1           λ₁: adds λ₁ Σ|w| to the loss (weights only, not biases)
 * @param l2           λ₂: adds ½ λ₂ Σ w² to the loss (weights only, not biases), gradient λ₂ w
 * @param dropout      probability of dropping a hidden unit in training passes (inverted dropout:
 *                     kept units are scaled by 1 / (1 - p)); 0 turns it off
 * @param initSeed     seeds the initial weights
 * @param shuffleSeed  seeds the shuffle order and the dropout masks
 */
public record TrainerConfig(List<Integer> hiddenLayers, Activation activation, OutputLoss outputLoss,
                            Initializer weightInit, Initializer biasInit, OptimizerSpec optimizer,
                            double l1, double l2, double dropout, int batchSize, int epochs,
                            boolean shuffle, EarlyStopping earlyStopping, long initSeed, long shuffleSeed) {

    public TrainerConfig {
        hiddenLayers = List.copyOf(hiddenLayers);
        for (int i = 0; i < hiddenLayers.size(); i++) {
            if (hiddenLayers.get(i) < 1) {
                throw new IllegalArgumentException("hidden layer " + (i + 1) + " needs at least 1 unit, got "
                        + hiddenLayers.get(i));
            }
        }
        if (activation == null || outputLoss == null || weightInit == null || biasInit == null
                || optimizer == null || earlyStopping == null) {
            throw new IllegalArgumentException("trainer config is incomplete");
        }
        if (!(l1 >= 0) || !Double.isFinite(l1)) {
            throw new IllegalArgumentException("L1 must be ≥ 0, got " + l1);
        }
        if (!(l2 >= 0) || !Double.isFinite(l2)) {
            throw new IllegalArgumentException("L2 must be ≥ 0, got " + l2);
        }
        if (!(dropout >= 0 && dropout < 1)) {
            throw new IllegalArgumentException("dropout must be in [0, 1), got " + dropout);
        }
        if (batchSize < 0) {
            throw new IllegalArgumentException("batch size must be ≥ 0 (0 = full batch), got " + batchSize);
        }
        if (epochs < 1) {
            throw new IllegalArgumentException("epochs must be ≥ 1, got " + epochs);
        }
    }

    /** Weight updates per epoch for n training examples: ceil(n / batch), or 1 for full batch. */
    public int updatesPerEpoch(int n) {
        return batchSize == 0 || batchSize >= n ? 1 : (n + batchSize - 1) / batchSize;
    }

    public TrainerConfig withEpochs(int newEpochs) {
        return new TrainerConfig(hiddenLayers, activation, outputLoss, weightInit, biasInit, optimizer, l1, l2,
                dropout, batchSize, newEpochs, shuffle, earlyStopping, initSeed, shuffleSeed);
    }
}
