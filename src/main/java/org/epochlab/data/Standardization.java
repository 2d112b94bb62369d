package org.epochlab.data;

import java.util.Arrays;

import org.epochlab.engine.Samples;

/**
 * Per-feature means and standard deviations fitted on one block of samples (the training part), and the
 * z-score transform z = (x − mean) / sd they define. The standard deviation is the population one
 * (divide by n, as scikit-learn's StandardScaler). A feature whose sd is below 1e-12 × max(1, |mean|)
 * counts as constant: its sd is stored as 0 and it is only centred.
 *
 * @param means              one per feature
 * @param standardDeviations one per feature, 0 for a constant feature
 */
public record Standardization(double[] means, double[] standardDeviations) {

    private static final double CONSTANT_TOLERANCE = 1e-12;

    public Standardization {
        if (means.length != standardDeviations.length) {
            throw new IllegalArgumentException(means.length + " means for " + standardDeviations.length
                    + " standard deviations");
        }
        means = means.clone();
        standardDeviations = standardDeviations.clone();
    }

    /**
     * Mean and sd of each column of {@code train}, in two passes (mean first, then the mean squared
     * deviation from it) for accuracy.
     */
    public static Standardization fit(Samples train) {
        if (train.isEmpty()) {
            throw new IllegalArgumentException("cannot fit a standardization on an empty training part");
        }
        int n = train.rows();
        int d = train.cols();
        double[] mean = new double[d];
        double[] sd = new double[d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                mean[j] += train.feature(i, j);
            }
        }
        for (int j = 0; j < d; j++) {
            mean[j] /= n;
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                double deviation = train.feature(i, j) - mean[j];
                sd[j] += deviation * deviation;
            }
        }
        for (int j = 0; j < d; j++) {
            sd[j] = Math.sqrt(sd[j] / n);
            if (sd[j] < CONSTANT_TOLERANCE * Math.max(1.0, Math.abs(mean[j]))) {
                sd[j] = 0.0;
            }
        }
        return new Standardization(mean, sd);
    }

    public int features() {
        return means.length;
    }

    public boolean isConstant(int feature) {
        return standardDeviations[feature] == 0.0;
    }

    /** New samples with z = (x − mean) / sd per feature (x − mean for a constant feature); labels kept. */
    public Samples apply(Samples samples) {
        if (samples.cols() != features()) {
            throw new IllegalArgumentException("standardization fitted on " + features() + " features, samples have "
                    + samples.cols());
        }
        int n = samples.rows();
        int d = samples.cols();
        double[] values = new double[n * d];
        samples.copyAll(values);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                double centred = values[i * d + j] - means[j];
                values[i * d + j] = isConstant(j) ? centred : centred / standardDeviations[j];
            }
        }
        return new Samples(values, n, d, samples.labels(), samples.classes());
    }

    @Override
    public double[] means() {
        return means.clone();
    }

    @Override
    public double[] standardDeviations() {
        return standardDeviations.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Standardization s && Arrays.equals(s.means, means)
                && Arrays.equals(s.standardDeviations, standardDeviations);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(means) + Arrays.hashCode(standardDeviations);
    }

    @Override
    public String toString() {
        return "Standardization[means=" + Arrays.toString(means) + ", standardDeviations="
                + Arrays.toString(standardDeviations) + "]";
    }
}
