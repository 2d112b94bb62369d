package org.epochlab.engine;

import java.util.Arrays;

/**
 * An immutable block of labelled examples: a rows × cols feature matrix (row-major) and one class
 * index per row. The engine copies rows out of it into its own workspaces; nothing outside can
 * change it.
 */
public final class Samples {

    private final double[] features;
    private final int rows;
    private final int cols;
    private final int[] labels;
    private final int classes;

    /**
     * @param features row-major rows × cols values; copied
     * @param labels   class index per row, each in [0, classes); copied
     */
    public Samples(double[] features, int rows, int cols, int[] labels, int classes) {
        if (rows < 0 || cols < 1 || features.length != rows * cols || labels.length != rows) {
            throw new IllegalArgumentException("samples: " + features.length + " values and " + labels.length
                    + " labels do not make " + rows + " rows × " + cols + " columns");
        }
        if (classes < 2) {
            throw new IllegalArgumentException("samples need at least 2 classes, got " + classes);
        }
        for (int i = 0; i < rows; i++) {
            if (labels[i] < 0 || labels[i] >= classes) {
                throw new IllegalArgumentException("row " + i + " has label " + labels[i] + " outside [0, " + classes + ")");
            }
        }
        this.features = features.clone();
        this.rows = rows;
        this.cols = cols;
        this.labels = labels.clone();
        this.classes = classes;
    }

    /** From one array per row; all rows must have the same length. */
    public static Samples of(double[][] x, int[] labels, int classes) {
        int cols = x.length == 0 ? 1 : x[0].length;
        double[] flat = new double[x.length * cols];
        for (int i = 0; i < x.length; i++) {
            if (x[i].length != cols) {
                throw new IllegalArgumentException("row " + i + " has " + x[i].length + " values, expected " + cols);
            }
            System.arraycopy(x[i], 0, flat, i * cols, cols);
        }
        return new Samples(flat, x.length, cols, labels, classes);
    }

    public int rows() {
        return rows;
    }

    public int cols() {
        return cols;
    }

    public int classes() {
        return classes;
    }

    public double feature(int row, int col) {
        return features[row * cols + col];
    }

    public int label(int row) {
        return labels[row];
    }

    /** A copy of the labels. */
    public int[] labels() {
        return labels.clone();
    }

    /** Copies row {@code row} into {@code dest} starting at {@code offset} (no allocation). */
    public void copyRow(int row, double[] dest, int offset) {
        System.arraycopy(features, row * cols, dest, offset, cols);
    }

    /** Copies the whole row-major feature block into {@code dest} (length ≥ rows × cols). */
    public void copyAll(double[] dest) {
        System.arraycopy(features, 0, dest, 0, features.length);
    }

    /** The row-major feature block itself, for the engine to read in place; never modified. */
    double[] features() {
        return features;
    }

    public boolean isEmpty() {
        return rows == 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Samples s && s.rows == rows && s.cols == cols && s.classes == classes
                && Arrays.equals(s.features, features) && Arrays.equals(s.labels, labels);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(features) + Arrays.hashCode(labels);
    }
}
