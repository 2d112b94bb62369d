package org.epochlab.bench;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.epochlab.data.BundledDatasets;
import org.epochlab.data.DataFormatException;
import org.epochlab.engine.Samples;

/**
 * One of the reference workloads of {@code mlp_reference.py}: the data (same shape and the same
 * way of generating it), the hidden widths, the batch size and the number of epochs. The data are
 * permuted by a seeded Fisher–Yates shuffle and split 80/20: the first ⌊0.8 n⌋ rows train, the rest
 * validate.
 *
 * @param name   the workload's name in the reference script
 * @param hidden units per hidden layer
 */
public record BenchWorkload(String name, List<Integer> hidden, int batchSize, int epochs) {

    /** The three reference workloads, in the reference's order. */
    public static final List<BenchWorkload> ALL = List.of(
            new BenchWorkload("digits-64x64", List.of(64), 32, 60),
            new BenchWorkload("spiral-256x256", List.of(256, 256), 64, 8),
            new BenchWorkload("wide-784x256", List.of(256), 256, 3));

    private static final long PERMUTATION_SEED = 7;

    public BenchWorkload {
        hidden = List.copyOf(hidden);
    }

    /** The workload called {@code name}, case-insensitively. */
    public static BenchWorkload named(String name) {
        for (BenchWorkload w : ALL) {
            if (w.name.equalsIgnoreCase(name)) {
                return w;
            }
        }
        throw new IllegalArgumentException("no workload named '" + name + "'; the workloads are "
                + String.join(", ", ALL.stream().map(BenchWorkload::name).toList()));
    }

    /** Training and validation rows of this workload. */
    public Samples[] data() {
        Samples all = switch (name) {
            case "digits-64x64" -> digits();
            case "spiral-256x256" -> spiral(6000, 3, 0.2, 1);
            case "wide-784x256" -> gaussian(20000, 784, 10, 2);
            default -> throw new IllegalStateException(name);
        };
        return splitEightyTwenty(all);
    }

    /** The bundled 8×8 digits, pixels scaled from 0–16 to 0–1. */
    static Samples digits() {
        Samples raw;
        try {
            raw = BundledDatasets.load("digits").samples();
        } catch (DataFormatException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        double[] x = new double[raw.rows() * raw.cols()];
        raw.copyAll(x);
        for (int i = 0; i < x.length; i++) {
            x[i] /= 16.0;
        }
        return new Samples(x, raw.rows(), raw.cols(), raw.labels(), raw.classes());
    }

    /**
     * The reference's spiral: n / k points per class c, radius r evenly spaced over [0, 1] and angle
     * t evenly spaced over [4c, 4(c + 1)] plus N(0, noise²), point (r sin t, r cos t).
     */
    static Samples spiral(int n, int classes, double noise, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int per = n / classes;
        double[] x = new double[per * classes * 2];
        int[] y = new int[per * classes];
        int row = 0;
        for (int c = 0; c < classes; c++) {
            for (int i = 0; i < per; i++, row++) {
                double step = per == 1 ? 0.0 : (double) i / (per - 1);
                double r = step;
                double t = 4.0 * c + 4.0 * step + noise * gaussian(random);
                x[2 * row] = r * Math.sin(t);
                x[2 * row + 1] = r * Math.cos(t);
                y[row] = c;
            }
        }
        return new Samples(x, row, 2, y, classes);
    }

    /** n × d standard normal features; label = arg max of x W over k classes, W d × k standard normal. */
    static Samples gaussian(int n, int d, int k, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] x = new double[n * d];
        for (int i = 0; i < x.length; i++) {
            x[i] = gaussian(random);
        }
        double[] w = new double[d * k];
        for (int i = 0; i < w.length; i++) {
            w[i] = gaussian(random);
        }
        int[] y = new int[n];
        double[] scores = new double[k];
        for (int i = 0; i < n; i++) {
            java.util.Arrays.fill(scores, 0.0);
            for (int p = 0; p < d; p++) {
                double v = x[i * d + p];
                for (int j = 0; j < k; j++) {
                    scores[j] += v * w[p * k + j];
                }
            }
            int best = 0;
            for (int j = 1; j < k; j++) {
                if (scores[j] > scores[best]) {
                    best = j;
                }
            }
            y[i] = best;
        }
        return new Samples(x, n, d, y, k);
    }

    /** Seeded permutation, then the first ⌊0.8 n⌋ rows train and the rest validate. */
    static Samples[] splitEightyTwenty(Samples all) {
        int n = all.rows();
        int cols = all.cols();
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        SplittableRandom random = new SplittableRandom(PERMUTATION_SEED);
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        int trainRows = (int) (n * 0.8);
        return new Samples[] {rows(all, order, 0, trainRows), rows(all, order, trainRows, n - trainRows)};
    }

    private static Samples rows(Samples all, int[] order, int from, int count) {
        int cols = all.cols();
        double[] x = new double[count * cols];
        int[] y = new int[count];
        for (int r = 0; r < count; r++) {
            all.copyRow(order[from + r], x, r * cols);
            y[r] = all.label(order[from + r]);
        }
        return new Samples(x, count, cols, y, all.classes());
    }

    /** Standard normal by the Box–Muller transform. */
    private static double gaussian(SplittableRandom random) {
        double u1 = 1.0 - random.nextDouble();
        double u2 = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s (hidden %s, batch %d, %d epochs)", name, hidden, batchSize, epochs);
    }
}
