package org.epochlab.data;

import java.util.SplittableRandom;

import org.epochlab.engine.Samples;

/** Stratified train/validation/test splits and standardization fitted on the training part only. */
public final class Splitter {

    private Splitter() {
    }

    /**
     * Splits each class separately in the given fractions, order shuffled with {@code seed}.
     *
     * <p>For a class of n rows the test part gets round(n × testFraction) rows and the validation part
     * round(n × validationFraction), the training part the rest, so every part holds each class in its
     * proportion to within one example. The training part keeps at least one row of every class (taken
     * from the larger of the other two parts when rounding would leave none). A fraction of 0 gives an
     * empty part. Each part's rows are then shuffled, so no part is ordered by class.
     *
     * @throws IllegalArgumentException a fraction outside [0, 1), or fractions whose sum is not below 1
     */
    public static Split stratified(Samples all, double validationFraction, double testFraction, long seed) {
        checkFractions(validationFraction, testFraction);
        int[][] byClass = rowsByClass(all);
        SplittableRandom random = new SplittableRandom(seed);
        int[] train = new int[all.rows()];
        int[] validation = new int[all.rows()];
        int[] test = new int[all.rows()];
        int trainCount = 0;
        int validationCount = 0;
        int testCount = 0;
        for (int[] rows : byClass) {
            Shuffle.inPlace(rows, random);
            int n = rows.length;
            int nTest = (int) Math.round(n * testFraction);
            int nValidation = (int) Math.round(n * validationFraction);
            if (n > 0 && nTest + nValidation >= n) {
                if (nTest >= nValidation) {
                    nTest = n - 1 - nValidation;
                } else {
                    nValidation = n - 1 - nTest;
                }
            }
            System.arraycopy(rows, 0, test, testCount, nTest);
            testCount += nTest;
            System.arraycopy(rows, nTest, validation, validationCount, nValidation);
            validationCount += nValidation;
            int nTrain = n - nTest - nValidation;
            System.arraycopy(rows, nTest + nValidation, train, trainCount, nTrain);
            trainCount += nTrain;
        }
        return new Split(select(all, train, trainCount, random), select(all, validation, validationCount, random),
                select(all, test, testCount, random));
    }

    /**
     * z = (x − mean) / sd per feature, with mean and sd of {@code split.train()} only (a feature with sd 0
     * is only centred), applied to all three parts.
     */
    public static Split standardized(Split split) {
        return standardized(split, Standardization.fit(split.train()));
    }

    /** Applies a standardization fitted elsewhere (normally on {@code split.train()}) to all three parts. */
    public static Split standardized(Split split, Standardization scaling) {
        return new Split(scaling.apply(split.train()), scaling.apply(split.validation()),
                scaling.apply(split.test()));
    }

    private static void checkFractions(double validationFraction, double testFraction) {
        if (!(validationFraction >= 0 && validationFraction < 1)) {
            throw new IllegalArgumentException("validation fraction must be in [0, 1), got " + validationFraction);
        }
        if (!(testFraction >= 0 && testFraction < 1)) {
            throw new IllegalArgumentException("test fraction must be in [0, 1), got " + testFraction);
        }
        if (validationFraction + testFraction >= 1) {
            throw new IllegalArgumentException("validation + test fractions must be below 1, got "
                    + validationFraction + " + " + testFraction);
        }
    }

    private static int[][] rowsByClass(Samples all) {
        int[] counts = new int[all.classes()];
        for (int i = 0; i < all.rows(); i++) {
            counts[all.label(i)]++;
        }
        int[][] byClass = new int[all.classes()][];
        for (int c = 0; c < byClass.length; c++) {
            byClass[c] = new int[counts[c]];
        }
        int[] filled = new int[all.classes()];
        for (int i = 0; i < all.rows(); i++) {
            int c = all.label(i);
            byClass[c][filled[c]++] = i;
        }
        return byClass;
    }

    private static Samples select(Samples all, int[] rows, int count, SplittableRandom random) {
        int[] order = java.util.Arrays.copyOf(rows, count);
        Shuffle.inPlace(order, random);
        int d = all.cols();
        double[] features = new double[count * d];
        int[] labels = new int[count];
        for (int k = 0; k < count; k++) {
            all.copyRow(order[k], features, k * d);
            labels[k] = all.label(order[k]);
        }
        return new Samples(features, count, d, labels, all.classes());
    }
}
