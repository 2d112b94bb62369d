package org.epochlab.ui.chart;

import java.util.ArrayList;
import java.util.List;

/** Tick positions on the 1-2-5 ladder (…, 0.1, 0.2, 0.5, 1, 2, 5, 10, …). */
final class TickLadder {

    private static final double[] MANTISSAS = {1, 2, 5};

    private TickLadder() {
    }

    /** The smallest ladder value ≥ {@code rough} (rough > 0). */
    static double niceStep(double rough) {
        if (!(rough > 0) || !Double.isFinite(rough)) {
            return 1;
        }
        return ladderAtOrAbove(rough);
    }

    static double ladderAtOrAbove(double x) {
        double decade = Math.pow(10, Math.floor(Math.log10(x)));
        for (double m : MANTISSAS) {
            if (m * decade >= x * (1 - 1e-9)) {
                return m * decade;
            }
        }
        return 10 * decade;
    }

    static double ladderAtOrBelow(double x) {
        double decade = Math.pow(10, Math.floor(Math.log10(x)));
        for (int i = MANTISSAS.length - 1; i >= 0; i--) {
            if (MANTISSAS[i] * decade <= x * (1 + 1e-9)) {
                return MANTISSAS[i] * decade;
            }
        }
        return decade / 2;
    }

    /** Multiples of {@code step} within [lower, upper]. */
    static List<Double> linearTicks(double lower, double upper, double step) {
        List<Double> ticks = new ArrayList<>();
        long first = (long) Math.ceil(lower / step - 1e-9);
        for (long k = first; k * step <= upper + step * 1e-9; k++) {
            ticks.add(k * step);
        }
        return ticks;
    }

    /**
     * Major ticks for a log axis over [lower, upper] (log10 units): 1-2-5 × 10^k when that gives at
     * most {@code maxTicks}, else every decade, else every n-th decade.
     */
    static List<Double> logTicks(double lower, double upper, int maxTicks) {
        List<Double> ladder = logLadder(lower, upper, MANTISSAS);
        if (ladder.size() <= maxTicks) {
            return ladder;
        }
        ladder = logLadder(lower, upper, new double[] {1});
        int every = 1;
        while (ladder.size() / every > maxTicks) {
            every++;
        }
        List<Double> ticks = new ArrayList<>();
        for (double t : ladder) {
            if (Math.round(t) % every == 0) {
                ticks.add(t);
            }
        }
        return ticks;
    }

    /** 2..9 × 10^k inside [lower, upper], when a decade spans enough pixels to show them. */
    static List<Double> logMinorTicks(double lower, double upper, double length) {
        double pixelsPerDecade = length / Math.max(1e-9, upper - lower);
        if (pixelsPerDecade < 40) {
            return List.of();
        }
        return logLadder(lower, upper, new double[] {2, 3, 4, 5, 6, 7, 8, 9});
    }

    private static List<Double> logLadder(double lower, double upper, double[] mantissas) {
        List<Double> ticks = new ArrayList<>();
        for (int k = (int) Math.floor(lower) - 1; k <= (int) Math.ceil(upper); k++) {
            for (double m : mantissas) {
                double t = k + Math.log10(m);
                if (t >= lower - 1e-9 && t <= upper + 1e-9) {
                    ticks.add(t);
                }
            }
        }
        return ticks;
    }
}
