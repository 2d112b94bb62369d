package org.epochlab.ui.chart;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** Short, locale-independent number texts for tick labels, read-outs and captions. */
public final class NumberLabels {

    private NumberLabels() {
    }

    /**
     * {@code value} rounded to {@code significant} digits, without trailing zeros: 0.01, 0.2345, 120,
     * 3e-05 for very small and 1.5e+07 for very large magnitudes.
     */
    public static String format(double value, int significant) {
        if (!Double.isFinite(value)) {
            return Double.isNaN(value) ? "NaN" : value > 0 ? "∞" : "-∞";
        }
        if (value == 0) {
            return "0";
        }
        double magnitude = Math.abs(value);
        if (magnitude < 1e-4 || magnitude >= 1e7) {
            String s = String.format(Locale.ROOT, "%." + (significant - 1) + "e", value);
            int e = s.indexOf('e');
            String mantissa = stripZeros(s.substring(0, e));
            int exponent = Integer.parseInt(s.substring(e + 1));
            return mantissa + "e" + (exponent < 0 ? "-" : "+") + String.format(Locale.ROOT, "%02d", Math.abs(exponent));
        }
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(significant));
        return stripZeros(rounded.toPlainString());
    }

    /** A tick value on a linear axis whose ticks are {@code step} apart: as many decimals as the step needs. */
    public static String tick(double value, double step) {
        if (step >= 1e6 || step < 1e-4) {
            return Math.abs(value) < step / 2 ? "0" : format(value, 3);
        }
        int decimals = Math.max(0, (int) Math.ceil(-Math.log10(step) - 1e-9));
        double rounded = Math.abs(value) < step / 2 ? 0 : value;
        return String.format(Locale.ROOT, "%." + decimals + "f", rounded);
    }

    private static String stripZeros(String s) {
        if (s.indexOf('.') < 0) {
            return s;
        }
        int end = s.length();
        while (s.charAt(end - 1) == '0') {
            end--;
        }
        if (s.charAt(end - 1) == '.') {
            end--;
        }
        return s.substring(0, end);
    }
}
