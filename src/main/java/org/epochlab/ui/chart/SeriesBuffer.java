package org.epochlab.ui.chart;

import java.util.Arrays;

/**
 * A growable array of doubles: one value per epoch, kept for the whole run so that the chart can be
 * redrawn at any width, scale or smoothing without asking the trainer again.
 */
public final class SeriesBuffer {

    private double[] values;
    private int size;

    public SeriesBuffer() {
        this(256);
    }

    public SeriesBuffer(int initialCapacity) {
        values = new double[Math.max(1, initialCapacity)];
    }

    public void add(double value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, values.length * 2);
        }
        values[size++] = value;
    }

    public double get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("index " + index + " outside 0.." + (size - 1));
        }
        return values[index];
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    public void clear() {
        size = 0;
    }

    /**
     * The backing array, valid up to {@link #size()}; for fast reads only (never written through,
     * replaced when the buffer grows).
     */
    double[] backingArray() {
        return values;
    }

    /** A copy of the values. */
    public double[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
