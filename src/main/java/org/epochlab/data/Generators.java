package org.epochlab.data;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.epochlab.engine.Samples;

/**
 * The generated 2-D sets. Each draws every random number from one {@link SplittableRandom} seeded with
 * {@code seed}, so the same arguments give the same points. Classes are balanced (sizes differ by at most
 * one), rows come in shuffled order, and {@code noise} is the standard deviation of Gaussian noise added
 * to each coordinate after the clean shape is drawn.
 */
public final class Generators {

    /** Largest sample count a generated set accepts. */
    public static final int MAX_SAMPLES = 100_000;
    /** Largest class count of blobs and spiral. */
    public static final int MAX_CLASSES = 10;
    /** Largest noise standard deviation accepted. */
    public static final double MAX_NOISE = 10.0;

    private static final List<String> FEATURES = List.of("x1", "x2");

    private Generators() {
    }

    /**
     * Two concentric rings: "inner" at radius 0.5, "outer" at radius 1; angle θ ~ U[0, 2π),
     * point = r (cos θ, sin θ) + noise. Without noise the circle of radius 0.75 separates them.
     */
    public static Dataset circles(int samples, double noise, long seed) {
        check(samples, noise, 2);
        return build("circles", List.of("inner", "outer"), samples, seed, (label, random, p) -> {
            double r = label == 0 ? 0.5 : 1.0;
            double theta = 2 * Math.PI * random.nextDouble();
            p[0] = r * Math.cos(theta);
            p[1] = r * Math.sin(theta);
        }, noise);
    }

    /**
     * The four quadrants of the square [-1, 1]²: |x1|, |x2| ~ U[0.1, 1] with signs drawn so that x1·x2 > 0
     * for "same sign" and x1·x2 < 0 for "opposite sign", then noise. Without noise the two axes
     * (the 0.1-wide margin around them) separate the classes.
     */
    public static Dataset xor(int samples, double noise, long seed) {
        check(samples, noise, 2);
        return build("xor", List.of("same sign", "opposite sign"), samples, seed, (label, random, p) -> {
            double s1 = random.nextBoolean() ? 1 : -1;
            double s2 = label == 0 ? s1 : -s1;
            p[0] = s1 * random.nextDouble(0.1, 1.0);
            p[1] = s2 * random.nextDouble(0.1, 1.0);
        }, noise);
    }

    /**
     * k Gaussian blobs with centres on the unit circle, c_j = (cos 2πj/k, sin 2πj/k), and standard
     * deviation {@code noise} around them (noise 0 puts every point of a class on its centre).
     */
    public static Dataset blobs(int samples, double noise, int classes, long seed) {
        check(samples, noise, classes);
        return build("blobs", names("blob ", classes), samples, seed, (label, random, p) -> {
            double angle = 2 * Math.PI * label / classes;
            p[0] = Math.cos(angle);
            p[1] = Math.sin(angle);
        }, noise);
    }

    /**
     * Two interleaving half circles (scikit-learn's make_moons, centred on the origin): t ~ U[0, π],
     * "upper" = (cos t − 0.5, sin t − 0.25), "lower" = (0.5 − cos t, 0.25 − sin t), then noise.
     * Clean points lie in [-1.5, 1.5] × [-1.25, 1.25] and the two moons do not touch.
     */
    public static Dataset moons(int samples, double noise, long seed) {
        check(samples, noise, 2);
        return build("moons", List.of("upper", "lower"), samples, seed, (label, random, p) -> {
            double t = Math.PI * random.nextDouble();
            double sign = label == 0 ? 1 : -1;
            p[0] = sign * (Math.cos(t) - 0.5);
            p[1] = sign * (Math.sin(t) - 0.25);
        }, noise);
    }

    /**
     * k interleaved spiral arms of one turn each: r ~ U[0.1, 1], θ = 2πj/k + 2πr for arm j,
     * point = r (cos θ, sin θ) + noise. Clean points lie in the unit disc; at any angle neighbouring arms
     * are 1/k apart in radius.
     */
    public static Dataset spiral(int samples, double noise, int classes, long seed) {
        check(samples, noise, classes);
        return build("spiral", names("arm ", classes), samples, seed, (label, random, p) -> {
            double r = random.nextDouble(0.1, 1.0);
            double theta = 2 * Math.PI * label / classes + 2 * Math.PI * r;
            p[0] = r * Math.cos(theta);
            p[1] = r * Math.sin(theta);
        }, noise);
    }

    /** Draws one clean point of class {@code label} into {@code point}. */
    @FunctionalInterface
    private interface Shape {
        void draw(int label, SplittableRandom random, double[] point);
    }

    private static Dataset build(String name, List<String> classNames, int samples, long seed, Shape shape,
                                 double noise) {
        int classes = classNames.size();
        SplittableRandom random = new SplittableRandom(seed);
        int[] labels = balancedShuffledLabels(samples, classes, random);
        double[] features = new double[samples * 2];
        double[] point = new double[2];
        for (int i = 0; i < samples; i++) {
            shape.draw(labels[i], random, point);
            features[2 * i] = point[0] + noise * gaussian(random);
            features[2 * i + 1] = point[1] + noise * gaussian(random);
        }
        return new Dataset(name, FEATURES, classNames, new Samples(features, samples, 2, labels, classes));
    }

    /** Class j gets ⌊n/k⌋ rows, plus one for j < n mod k; the order is a seeded Fisher–Yates shuffle. */
    private static int[] balancedShuffledLabels(int samples, int classes, SplittableRandom random) {
        int[] labels = new int[samples];
        for (int i = 0; i < samples; i++) {
            labels[i] = i % classes;
        }
        Shuffle.inPlace(labels, random);
        return labels;
    }

    /** Standard normal by the Box–Muller transform (both factors drawn from the one generator). */
    private static double gaussian(SplittableRandom random) {
        double u1 = 1.0 - random.nextDouble(); // (0, 1], so log is finite
        double u2 = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }

    private static List<String> names(String prefix, int classes) {
        List<String> names = new ArrayList<>(classes);
        for (int j = 0; j < classes; j++) {
            names.add(prefix + j);
        }
        return names;
    }

    private static void check(int samples, double noise, int classes) {
        if (classes < 2 || classes > MAX_CLASSES) {
            throw new IllegalArgumentException("classes must be between 2 and " + MAX_CLASSES + ", got " + classes);
        }
        if (samples < 2 * classes || samples > MAX_SAMPLES) {
            throw new IllegalArgumentException("samples must be between " + 2 * classes + " (2 per class) and "
                    + MAX_SAMPLES + ", got " + samples);
        }
        if (!(noise >= 0 && noise <= MAX_NOISE)) {
            throw new IllegalArgumentException("noise must be between 0 and " + MAX_NOISE + ", got " + noise);
        }
    }
}
