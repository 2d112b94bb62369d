package org.epochlab.experiment.lesson;

import java.util.Locale;

/** Numbers as the findings print them. */
final class Numbers {

    private Numbers() {
    }

    /** A loss: 3 decimals, 4 below 0.1, so that small losses do not print as 0.000. */
    static String loss(double v) {
        if (!Double.isFinite(v)) {
            return Double.isNaN(v) ? "NaN" : (v > 0 ? "∞" : "-∞");
        }
        return String.format(Locale.ROOT, Math.abs(v) >= 0.1 ? "%.3f" : "%.4f", v);
    }

    /** An accuracy in [0, 1] as a percentage with one decimal. */
    static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.1f %%", 100 * fraction);
    }

    /** A relative change from {@code from} to {@code to}, such as "−87 %". */
    static String change(double from, double to) {
        long p = Math.round(100 * (to - from) / from);
        return (p < 0 ? "−" + (-p) : "+" + p) + " %";
    }

    /** A hyper-parameter such as a learning rate: the shortest plain decimal. */
    static String plain(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
