package org.epochlab.ui.inspect;

import org.epochlab.engine.NetworkFunction;

/**
 * The predicted class over a pixel grid of the input plane, as an image: each pixel takes the
 * colour of its class, mixed with white by how unsure the network is there. With k classes and
 * p the probability of the predicted class, confidence c = (p - 1/k) / (1 - 1/k) runs from 0
 * (a coin toss) to 1 (certain), and the tint from {@link #PALE} to {@link #DEEP}, pale enough for
 * the data points to stand out on top. Immutable.
 *
 * @param classes predicted class of each pixel, row-major from the top-left
 * @param argb    colour of each pixel
 */
public record DecisionField(PlaneRange range, int width, int height, int[] classes, int[] argb) {

    /** Tint of the least confident pixels. */
    static final double PALE = 0.12;
    /** Tint of the most confident pixels. */
    static final double DEEP = 0.6;

    /** Runs the network over the centre of every pixel; any thread. */
    public static DecisionField compute(NetworkFunction f, PlaneRange range, int width, int height) {
        int pixels = width * height;
        int k = f.classes();
        double[] p = f.probabilities(range.grid(width, height), pixels);
        int[] classes = new int[pixels];
        int[] argb = new int[pixels];
        for (int i = 0; i < pixels; i++) {
            int best = 0;
            for (int c = 1; c < k; c++) {
                if (p[i * k + c] > p[i * k + best]) {
                    best = c;
                }
            }
            double confidence = (p[i * k + best] - 1.0 / k) / (1.0 - 1.0 / k);
            classes[i] = best;
            argb[i] = ClassPalette.tint(best, PALE + (DEEP - PALE) * confidence);
        }
        return new DecisionField(range, width, height, classes, argb);
    }

    /** The predicted class at pixel (x, y), y counted from the top. */
    public int classAt(int x, int y) {
        return classes[y * width + x];
    }
}
