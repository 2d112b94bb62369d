package org.epochlab.engine;

import java.util.List;
import java.util.SplittableRandom;

/** Small data sets and configs built in code for the engine's tests. */
final class TestData {

    private TestData() {
    }

    /**
     * XOR-like points: x, y uniform in [-1, 1] away from the axes (|x|, |y| ≥ 0.1); class 1 when x and
     * y have the same sign.
     */
    static Samples xor(int n, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[][] x = new double[n][];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            double a = coordinate(rng);
            double b = coordinate(rng);
            x[i] = new double[] {a, b};
            labels[i] = a * b > 0 ? 1 : 0;
        }
        return Samples.of(x, labels, 2);
    }

    /** {@link #xor} with each label flipped with probability {@code flip}. */
    static Samples noisyXor(int n, double flip, long seed) {
        Samples clean = xor(n, seed);
        SplittableRandom rng = new SplittableRandom(seed + 1000);
        double[][] x = new double[n][];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            x[i] = new double[] {clean.feature(i, 0), clean.feature(i, 1)};
            labels[i] = rng.nextDouble() < flip ? 1 - clean.label(i) : clean.label(i);
        }
        return Samples.of(x, labels, 2);
    }

    /** Three Gaussian blobs in 2-D around (-2, 0), (2, 0) and (0, 2), σ = 0.5. */
    static Samples blobs(int n, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[][] centres = {{-2, 0}, {2, 0}, {0, 2}};
        double[][] x = new double[n][];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            int c = i % 3;
            x[i] = new double[] {centres[c][0] + 0.5 * rng.nextGaussian(), centres[c][1] + 0.5 * rng.nextGaussian()};
            labels[i] = c;
        }
        return Samples.of(x, labels, 3);
    }

    private static double coordinate(SplittableRandom rng) {
        double v = 0.1 + 0.9 * rng.nextDouble();
        return rng.nextBoolean() ? v : -v;
    }

    /** A config with the given optimizer and learning rate; everything else plain. */
    static TrainerConfig config(List<Integer> hidden, Activation activation, OutputLoss loss, OptimizerKind kind,
                                double learningRate, int batchSize, int epochs) {
        return new TrainerConfig(hidden, activation, loss, Initializer.of(InitScheme.GLOROT_UNIFORM),
                Initializer.zeros(), OptimizerSpec.of(kind, learningRate), 0, 0, 0, batchSize, epochs, true,
                EarlyStopping.off(), 1L, 2L);
    }
}
