package org.epochlab.ui.chart;

import java.util.Arrays;

/** Points ready to plot, in x order: the output of {@link MinMaxDownsampler}. */
public final class PlotPoints {

    private double[] x;
    private double[] y;
    private int size;

    PlotPoints(int capacity) {
        x = new double[Math.max(1, capacity)];
        y = new double[Math.max(1, capacity)];
    }

    void add(double px, double py) {
        if (size == x.length) {
            x = Arrays.copyOf(x, size * 2);
            y = Arrays.copyOf(y, size * 2);
        }
        x[size] = px;
        y[size] = py;
        size++;
    }

    public int size() {
        return size;
    }

    public double x(int i) {
        return x[i];
    }

    public double y(int i) {
        return y[i];
    }
}
