package org.epochlab.experiment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The built-in presets: one per built-in dataset that trains well, plus the teaching presets. Each is the
 * default config with a few keys changed, and each trains in a few seconds.
 */
public final class Presets {

    private static final String[] DIGITS = {"dataset=digits", "hiddenLayers=32", "activation=relu",
        "weightInit=he_uniform", "batchSize=32", "learningRate=0.005"};
    private static final String[] OVERFIT = {"dataset=circles", "samples=200", "noise=0.25", "validationFraction=0.4",
        "testFraction=0.2", "hiddenLayers=64,64", "batchSize=0", "learningRate=0.01", "epochs=200"};
    private static final String[] ZERO = {"dataset=moons", "samples=300", "noise=0.1", "hiddenLayers=16,16",
        "learningRate=0.02", "epochs=100"};
    private static final String[] RATE = {"dataset=moons", "samples=400", "noise=0.2", "hiddenLayers=16,16",
        "activation=leaky_relu", "weightInit=he_uniform", "optimizer=sgd", "epochs=50"};

    private static final List<Preset> ALL = List.of(
            preset("circles", "a ring around a disc: two small tanh layers learn a closed boundary",
                    "dataset=circles", "samples=400", "noise=0.1", "hiddenLayers=8,8", "learningRate=0.02",
                    "epochs=150"),
            preset("xor", "opposite quadrants alike: no straight line separates them, one hidden layer does",
                    "dataset=xor", "samples=400", "noise=0.1", "hiddenLayers=8", "learningRate=0.02", "epochs=150"),
            preset("blobs", "three Gaussian clouds: almost linearly separable, learnt in a few dozen epochs",
                    "dataset=blobs", "samples=300", "classes=3", "noise=0.3", "hiddenLayers=8", "epochs=60"),
            preset("moons", "two interleaved half-moons: two tanh layers learn the curved boundary",
                    "dataset=moons", "samples=1000", "noise=0.2", "hiddenLayers=16,16", "epochs=100"),
            preset("spiral", "three interleaved spiral arms: a hard set that needs width, depth and hundreds of epochs",
                    "dataset=spiral", "samples=900", "classes=3", "noise=0.05", "hiddenLayers=32,32",
                    "learningRate=0.01", "epochs=400"),
            preset("iris", "150 flowers, 4 measurements, 3 species: a small real set one hidden layer learns",
                    "dataset=iris", "hiddenLayers=8", "batchSize=16", "learningRate=0.01", "epochs=150"),
            preset("wine", "178 wines, 13 chemical measurements, 3 cultivars: easy once the features are standardized",
                    "dataset=wine", "hiddenLayers=16", "batchSize=16", "learningRate=0.003", "epochs=60"),
            preset("breast-cancer", "569 biopsies, 30 cell measurements, benign or malignant: above 95 % within 50 epochs",
                    "dataset=breast-cancer", "hiddenLayers=16", "learningRate=0.001", "epochs=50"),
            preset("digits", "1797 handwritten 8x8 digits, 64 pixels, 10 classes: one ReLU layer reads them",
                    "dataset=digits", "hiddenLayers=64", "activation=relu", "weightInit=he_uniform",
                    "learningRate=0.005", "epochs=40"),
            preset("overfitting", "80 noisy points and two layers of 128: both losses fall, then training loss"
                            + " keeps falling while validation loss turns up",
                    "dataset=circles", "samples=200", "noise=0.15", "validationFraction=0.4", "testFraction=0.2",
                    "hiddenLayers=128,128", "batchSize=0", "learningRate=0.005", "epochs=300"));

    /** The lessons' runs (see {@code experiment.lesson.Lessons}): each trains in well under two seconds. */
    private static final List<Preset> LESSON_PRESETS = List.of(
            // What an epoch is: digits, batch 32, one small ReLU layer; same seeds, so the runs share their first epochs.
            lesson("epoch-1", "1 epoch on the digits, batch 32: ceil(n/32) updates, each training image used once",
                    DIGITS, "epochs=1"),
            lesson("epoch-5", "5 epochs on the digits, batch 32: each training image used 5 times",
                    DIGITS, "epochs=5"),
            lesson("epoch-20", "20 epochs on the digits, batch 32: the same run carried on to epoch 20",
                    DIGITS, "epochs=20"),
            lesson("epoch-full-batch", "20 full-batch epochs on the digits: one update per epoch, 20 in all",
                    DIGITS, "epochs=20", "batchSize=0"),
            // How many epochs, early stopping, fighting overfitting: 80 noisy training points, a 64x64 network.
            lesson("overfit-noisy", "80 noisy points, a 64x64 network, 200 epochs: validation loss turns up while"
                    + " training loss keeps falling", OVERFIT),
            lesson("early-stopping", "overfit-noisy with early stopping (patience 20): stops 20 epochs after the best"
                    + " and restores its weights", OVERFIT, "earlyStopping=true", "patience=20"),
            lesson("overfit-l2", "overfit-noisy with L2 0.01: smaller weights, a smaller final gap", OVERFIT, "l2=0.01"),
            lesson("overfit-dropout", "overfit-noisy with dropout 0.5: a smaller final gap", OVERFIT, "dropout=0.5"),
            lesson("overfit-more-data", "overfit-noisy with 5 times the data (400 training points): a smaller final gap",
                    OVERFIT, "samples=1000"),
            // Zero initialization: moons, two tanh/sigmoid/ReLU layers of 16.
            lesson("zero-init-sigmoid", "all weights 0, sigmoid: 1 distinct neuron per layer; the copies learn together, as one",
                    ZERO, "activation=sigmoid", "weightInit=zeros"),
            lesson("zero-init-tanh", "all weights 0, tanh: hidden units output 0 and never change; only the output bias"
                    + " learns", ZERO, "weightInit=zeros"),
            lesson("zero-init-relu", "all weights 0, ReLU: hidden units output 0 and never change; only the output bias"
                    + " learns", ZERO, "activation=relu", "weightInit=zeros"),
            lesson("constant-init", "all weights 0.5, tanh: not zero, still symmetric: 1 distinct neuron per layer",
                    ZERO, "weightInit=constant", "weightInitParam=0.5"),
            lesson("random-init", "Glorot random weights, tanh: 16 distinct neurons per layer learn the curved boundary",
                    ZERO),
            // Learning rate and optimizer: moons, two leaky-ReLU layers of 16, batch 32, 50 epochs.
            lesson("lr-too-small", "SGD with learning rate 0.0003: the loss crawls", RATE, "learningRate=0.0003"),
            lesson("lr-good", "SGD with learning rate 0.1: the loss falls steadily", RATE, "learningRate=0.1"),
            lesson("lr-too-large", "SGD with learning rate 10: the loss explodes and the run stops as diverged", RATE,
                    "learningRate=10"),
            lesson("optimizer-adam", "Adam with learning rate 0.01 on lr-good's seeds: a lower loss in the same epochs",
                    RATE, "optimizer=adam", "learningRate=0.01"),
            // The width sweep: overfit-noisy's setup with 1 to 64 units per layer.
            sweep(1), sweep(2), sweep(4), sweep(8), sweep(16), sweep(32), sweep(64));

    private static final List<Preset> EVERY = concat(ALL, LESSON_PRESETS);

    private Presets() {
    }

    /** The dataset and teaching presets, then the lessons' presets. */
    public static List<Preset> all() {
        return EVERY;
    }

    /** The presets the lessons run, in lesson order. */
    public static List<Preset> lessonPresets() {
        return LESSON_PRESETS;
    }

    public static Optional<Preset> find(String name) {
        return all().stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** The preset names, comma-separated, for messages. */
    public static String names() {
        return String.join(", ", all().stream().map(Preset::name).toList());
    }

    private static List<Preset> concat(List<Preset> a, List<Preset> b) {
        List<Preset> all = new ArrayList<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    private static Preset lesson(String name, String shows, String[] base, String... changes) {
        String[] assignments = Arrays.copyOf(base, base.length + changes.length);
        System.arraycopy(changes, 0, assignments, base.length, changes.length);
        return preset(name, shows, assignments);
    }

    private static Preset sweep(int width) {
        return lesson("sweep-width-" + width, "overfit-noisy's setup, noise 0.2, with " + width + " unit"
                + (width == 1 ? "" : "s") + " per hidden layer, for the width sweep", OVERFIT, "noise=0.2",
                "hiddenLayers=" + width + "," + width);
    }

    private static Preset preset(String name, String shows, String... assignments) {
        try {
            ExperimentConfig config = ConfigOverrides.apply(ExperimentConfig.defaults(), assignments);
            return new Preset(name, shows, ConfigOverrides.apply(config, "name=" + name));
        } catch (ConfigException e) {
            throw new IllegalStateException("preset " + name + ": " + e.getMessage(), e);
        }
    }
}
