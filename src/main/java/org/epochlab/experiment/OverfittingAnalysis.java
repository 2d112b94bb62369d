package org.epochlab.experiment;

import java.util.List;

import org.epochlab.engine.EpochRecord;

/**
 * Finds the best epoch and the onset of overfitting in a history (a pure function).
 *
 * <p>With vₖ and tₖ the validation and training loss of epoch k (1-based):
 * <ul>
 *   <li><b>Best epoch</b> b: the epoch with the lowest validation loss (the first one on ties).</li>
 *   <li><b>Overfitting onset</b>: the first epoch c after b such that, with the band
 *       T = v_b + max(τ·v_b, δ) above the best loss,
 *       <ol>
 *         <li>vₖ &gt; T for every k in c … c+w−1 (validation loss stays clearly above its best for a whole
 *             window of w epochs), and</li>
 *         <li>t_{c+w−1} &lt; t_c (training loss is still falling across that window).</li>
 *       </ol>
 *       c is the first epoch of that window: where validation loss left its best for good while the network
 *       kept fitting the training set better. The defaults are τ = {@value #TOLERANCE} (10 % of the best loss),
 *       δ = {@value #FLOOR} (an absolute floor, so that tiny losses do not make the band vanishingly thin) and
 *       w = {@value #WINDOW} epochs. Epoch-to-epoch noise of a few percent does not stay above the band for ten
 *       epochs in a row; a bump before a later, lower best is not counted (the onset comes after the best
 *       epoch); and a loss that rises because the learning rate is too large raises training loss too, so it
 *       does not count either.</li>
 *   <li><b>Generalization gap</b>: vₖ − tₖ per epoch (NaN without validation).</li>
 * </ul>
 * A history without validation losses has no best epoch (0, NaN) and no onset; so has a history that ends
 * less than a window after its best epoch.
 */
public final class OverfittingAnalysis {

    /** τ: how far above its best, relative to the best, validation loss must stay. */
    public static final double TOLERANCE = 0.10;
    /** δ: the smallest distance above the best that counts, in loss units. */
    public static final double FLOOR = 0.01;
    /** w: how many consecutive epochs validation loss must stay above the band. */
    public static final int WINDOW = 10;

    private OverfittingAnalysis() {
    }

    /** The analysis with the default τ, δ and w. */
    public static OverfittingReport analyze(List<EpochRecord> history) {
        return analyze(history, TOLERANCE, FLOOR, WINDOW);
    }

    /** The analysis with a chosen tolerance τ, floor δ and window w (≥ 1). */
    public static OverfittingReport analyze(List<EpochRecord> history, double tolerance, double floor, int window) {
        if (window < 1) {
            throw new IllegalArgumentException("window must be ≥ 1 epoch, got " + window);
        }
        int n = history.size();
        double[] val = new double[n];
        double[] train = new double[n];
        double[] gap = new double[n];
        for (int i = 0; i < n; i++) {
            val[i] = history.get(i).valLoss();
            train[i] = history.get(i).trainLoss();
            gap[i] = val[i] - train[i];
        }
        int best = bestIndex(val);
        if (best < 0) {
            return new OverfittingReport(0, Double.NaN, 0, gap);
        }
        double threshold = val[best] + Math.max(tolerance * val[best], floor);
        return new OverfittingReport(best + 1, val[best], onsetIndex(val, train, best, threshold, window) + 1, gap);
    }

    /** Index of the lowest finite value, the first on ties; -1 if there is none. */
    private static int bestIndex(double[] val) {
        int best = -1;
        for (int i = 0; i < val.length; i++) {
            if (Double.isFinite(val[i]) && (best < 0 || val[i] < val[best])) {
                best = i;
            }
        }
        return best;
    }

    /** Index of the onset epoch c (0-based, after {@code best}), or -1. */
    private static int onsetIndex(double[] val, double[] train, int best, double threshold, int window) {
        for (int c = best + 1; c + window <= val.length; c++) {
            int end = c + window - 1;
            if (staysAbove(val, c, end, threshold) && train[end] < train[c]) {
                return c;
            }
        }
        return -1;
    }

    private static boolean staysAbove(double[] val, int from, int to, double threshold) {
        for (int k = from; k <= to; k++) {
            if (!(val[k] > threshold)) {
                return false;
            }
        }
        return true;
    }
}
