package org.epochlab.ui.chart;

/**
 * TensorBoard's smoothing: a debiased exponential moving average.
 *
 * <pre>
 *   s_0 = 0
 *   s_t = w s_{t-1} + (1 - w) x_t
 *   smoothed_t = s_t / (1 - w^t)
 * </pre>
 *
 * where t counts the finite values seen so far. Dividing by 1 - w^t removes the pull towards the
 * starting 0, so the first smoothed value equals the first raw value. As in TensorBoard, a
 * non-finite value (NaN, ±∞) is passed through unchanged and does not enter the average, and a
 * constant series is returned as it is.
 */
public final class DebiasedEma {

    private DebiasedEma() {
    }

    /**
     * Smooths {@code values[0..n)} into {@code out[0..n)}.
     *
     * @param values not modified
     * @param weight w in [0, 1); 0 returns the values unchanged
     * @param out    modified; may be {@code values} itself
     */
    public static void smooth(double[] values, int n, double weight, double[] out) {
        if (!(weight >= 0 && weight < 1)) {
            throw new IllegalArgumentException("smoothing weight must be in [0, 1), got " + weight);
        }
        if (weight == 0 || isConstant(values, n)) {
            System.arraycopy(values, 0, out, 0, n);
            return;
        }
        double last = 0;
        double debias = 1; // w^t
        for (int i = 0; i < n; i++) {
            double x = values[i];
            if (!Double.isFinite(x)) {
                out[i] = x;
                continue;
            }
            last = weight * last + (1 - weight) * x;
            debias *= weight;
            out[i] = last / (1 - debias);
        }
    }

    /** A smoothed copy of {@code values}. */
    public static double[] smooth(double[] values, double weight) {
        double[] out = new double[values.length];
        smooth(values, values.length, weight, out);
        return out;
    }

    private static boolean isConstant(double[] values, int n) {
        for (int i = 1; i < n; i++) {
            if (Double.compare(values[i], values[0]) != 0) {
                return false;
            }
        }
        return true;
    }
}
