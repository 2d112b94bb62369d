package org.epochlab.experiment;

import java.util.List;

/**
 * One experiment, as the user configures it: the data, the network, the training and the seeds.
 * Immutable; every field is a config key of the same name (JSON, {@code --set key=value}, the
 * window's fields). Defaults are in {@link #defaults()}; the README documents each key's meaning and range.
 *
 * <p>Names of enumerated values are lower case in files ({@code "tanh"}, {@code "glorot_uniform"},
 * {@code "softmax_cross_entropy"}, {@code "adam"}).
 *
 * @param schemaVersion      version of this layout, currently {@link #SCHEMA_VERSION}
 * @param name               a label for the run (free text)
 * @param dataset            a built-in name (circles, xor, blobs, moons, spiral, iris, wine, breast-cancer,
 *                           digits) or a path to a CSV file
 * @param validationCsv      optional CSV used as the validation split instead of carving one out (null = none)
 * @param labelColumn        CSV label column by name (null = the last column)
 * @param samples            examples to generate (generated sets only)
 * @param noise              noise of the generated sets (standard deviation, in the set's units)
 * @param classes            classes for the generated sets that take a count (blobs, spiral)
 * @param validationFraction fraction of the data held out for validation
 * @param testFraction       fraction held out for the final test score
 * @param standardize        z-score features with the training split's mean and standard deviation
 * @param hiddenLayers       units per hidden layer
 * @param activation         hidden activation: sigmoid, tanh, relu, leaky_relu, identity
 * @param outputLoss         auto (softmax_cross_entropy for every classification set), or one of
 *                           softmax_cross_entropy, sigmoid_binary_cross_entropy, identity_mse
 * @param weightInit         zeros, constant, uniform, normal, glorot_uniform, glorot_normal, he_uniform,
 *                           he_normal, lecun_normal
 * @param weightInitParam    c, a or σ for constant, uniform, normal
 * @param biasInit           same schemes for the biases
 * @param biasInitParam      c, a or σ for the biases
 * @param optimizer          sgd, momentum, nesterov, rmsprop, adam
 * @param batchSize          examples per update; 0 = full batch
 * @param earlyStopping      stop when validation loss stops improving
 * @param splitSeed          seeds the train/validation/test split
 * @param dataSeed           seeds the generated datasets' points and noise
 * @param initSeed           seeds the initial weights
 * @param shuffleSeed        seeds the per-epoch shuffle and the dropout masks
 */
public record ExperimentConfig(
        int schemaVersion,
        String name,
        String dataset,
        String validationCsv,
        String labelColumn,
        int samples,
        double noise,
        int classes,
        double validationFraction,
        double testFraction,
        boolean standardize,
        List<Integer> hiddenLayers,
        String activation,
        String outputLoss,
        String weightInit,
        double weightInitParam,
        String biasInit,
        double biasInitParam,
        String optimizer,
        double learningRate,
        double momentum,
        double rho,
        double beta1,
        double beta2,
        double epsilon,
        int batchSize,
        int epochs,
        boolean shuffle,
        double l1,
        double l2,
        double dropout,
        boolean earlyStopping,
        int patience,
        double minDelta,
        int startFromEpoch,
        boolean restoreBestWeights,
        long splitSeed,
        long dataSeed,
        long initSeed,
        long shuffleSeed) {

    public static final int SCHEMA_VERSION = 1;

    public ExperimentConfig {
        hiddenLayers = hiddenLayers == null ? List.of() : List.copyOf(hiddenLayers);
    }

    /** A small tanh network on two moons with Adam: trains well in a second or two. */
    public static ExperimentConfig defaults() {
        return new ExperimentConfig(SCHEMA_VERSION, "moons", "moons", null, null, 400, 0.2, 3,
                0.2, 0.2, true, List.of(16, 16), "tanh", "auto", "glorot_uniform", 0.05, "zeros", 0.0,
                "adam", 0.01, 0.9, 0.99, 0.9, 0.999, 1e-8, 32, 200, true, 0.0, 0.0, 0.0,
                false, 20, 0.0, 0, true, 1L, 2L, 3L, 4L);
    }
}
