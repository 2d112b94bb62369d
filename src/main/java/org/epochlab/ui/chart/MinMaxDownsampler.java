package org.epochlab.ui.chart;

/**
 * Reduces a series to at most two points per pixel column: the lowest and the highest value in each
 * column, in the order they occur. A line through them covers exactly the pixels the full series
 * would, so every spike and dip stays visible while the chart only lays out about 2 × width points.
 *
 * <p>Non-finite values (NaN for a missing validation split, ±∞ after divergence or on a log scale of
 * 0) cannot be drawn and are left out.
 */
public final class MinMaxDownsampler {

    private MinMaxDownsampler() {
    }

    /**
     * @param x       sorted ascending; not modified
     * @param y       not modified
     * @param n       points to read from x and y
     * @param xMin    x at the left edge of the plot
     * @param xMax    x at the right edge of the plot
     * @param columns pixel columns between them (≥ 1)
     */
    public static PlotPoints downsample(double[] x, double[] y, int n, double xMin, double xMax, int columns) {
        if (columns < 1) {
            throw new IllegalArgumentException("columns must be ≥ 1, got " + columns);
        }
        int finite = 0;
        for (int i = 0; i < n; i++) {
            if (Double.isFinite(y[i])) {
                finite++;
            }
        }
        if (finite <= 2 * columns || !(xMax > xMin)) {
            PlotPoints all = new PlotPoints(finite);
            for (int i = 0; i < n; i++) {
                if (Double.isFinite(y[i])) {
                    all.add(x[i], y[i]);
                }
            }
            return all;
        }
        PlotPoints out = new PlotPoints(2 * columns);
        double pixelsPerUnit = columns / (xMax - xMin);
        int column = -1;
        int minAt = -1;
        int maxAt = -1;
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(y[i])) {
                continue;
            }
            int c = Math.min(columns - 1, Math.max(0, (int) ((x[i] - xMin) * pixelsPerUnit)));
            if (c != column) {
                flush(x, y, minAt, maxAt, out);
                column = c;
                minAt = i;
                maxAt = i;
            } else if (y[i] < y[minAt]) {
                minAt = i;
            } else if (y[i] > y[maxAt]) {
                maxAt = i;
            }
        }
        flush(x, y, minAt, maxAt, out);
        return out;
    }

    private static void flush(double[] x, double[] y, int minAt, int maxAt, PlotPoints out) {
        if (minAt < 0) {
            return;
        }
        int first = Math.min(minAt, maxAt);
        int second = Math.max(minAt, maxAt);
        out.add(x[first], y[first]);
        if (second != first) {
            out.add(x[second], y[second]);
        }
    }
}
