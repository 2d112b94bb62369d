package org.epochlab.ui.inspect;

import org.epochlab.engine.Samples;

/** A rectangle of the input plane (first feature across, second up), and a grid of points over it. */
public record PlaneRange(double xMin, double xMax, double yMin, double yMax) {

    /** Margin around the data, as a fraction of its extent on each side. */
    static final double MARGIN = 0.08;

    public PlaneRange {
        if (!(xMax > xMin) || !(yMax > yMin)) {
            throw new IllegalArgumentException("an empty plane range: x " + xMin + ".." + xMax + ", y " + yMin + ".."
                    + yMax);
        }
    }

    /** The smallest box holding every point of the given 2-feature sample sets, widened by {@link #MARGIN}. */
    public static PlaneRange around(Samples... sets) {
        double xMin = Double.POSITIVE_INFINITY;
        double xMax = Double.NEGATIVE_INFINITY;
        double yMin = Double.POSITIVE_INFINITY;
        double yMax = Double.NEGATIVE_INFINITY;
        for (Samples s : sets) {
            if (s == null) {
                continue;
            }
            for (int r = 0; r < s.rows(); r++) {
                xMin = Math.min(xMin, s.feature(r, 0));
                xMax = Math.max(xMax, s.feature(r, 0));
                yMin = Math.min(yMin, s.feature(r, 1));
                yMax = Math.max(yMax, s.feature(r, 1));
            }
        }
        if (xMin > xMax) {
            return new PlaneRange(-1, 1, -1, 1);
        }
        double dx = Math.max(xMax - xMin, 1e-6);
        double dy = Math.max(yMax - yMin, 1e-6);
        return new PlaneRange(xMin - MARGIN * dx, xMin + dx + MARGIN * dx, yMin - MARGIN * dy,
                yMin + dy + MARGIN * dy);
    }

    /**
     * The centres of a width × height pixel grid, row-major from the top-left pixel, as rows of
     * (x, y): pixel (i, j) sits at x = xMin + (i + ½) Δx, y = yMax - (j + ½) Δy.
     */
    public double[] grid(int width, int height) {
        double[] points = new double[2 * width * height];
        double dx = (xMax - xMin) / width;
        double dy = (yMax - yMin) / height;
        int k = 0;
        for (int j = 0; j < height; j++) {
            double y = yMax - (j + 0.5) * dy;
            for (int i = 0; i < width; i++) {
                points[k++] = xMin + (i + 0.5) * dx;
                points[k++] = y;
            }
        }
        return points;
    }

    /** Horizontal position of x in [0, width]. */
    public double toPixelX(double x, double width) {
        return (x - xMin) / (xMax - xMin) * width;
    }

    /** Vertical position of y in [0, height], 0 at the top. */
    public double toPixelY(double y, double height) {
        return (yMax - y) / (yMax - yMin) * height;
    }
}
