package org.epochlab.experiment;

import java.util.List;
import java.util.Optional;

/**
 * The built-in presets: one per built-in dataset that trains well, plus the teaching presets. Each is the
 * default config with a few keys changed, and each trains in a few seconds.
 */
public final class Presets {

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

    private Presets() {
    }

    public static List<Preset> all() {
        return ALL;
    }

    public static Optional<Preset> find(String name) {
        return all().stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** The preset names, comma-separated, for messages. */
    public static String names() {
        return String.join(", ", all().stream().map(Preset::name).toList());
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
