package org.epochlab.data;

import java.util.Locale;
import java.util.Set;

/**
 * Reads one numeric cell. Accepts plain decimal numbers with an optional sign and exponent
 * ({@code 3}, {@code -0.5}, {@code .5}, {@code 1e-3}) and surrounding spaces; with a semicolon separator
 * also a decimal comma ({@code 1,5}), as spreadsheets in many locales write it. Everything else is a
 * problem the caller reports: an empty cell or a missing-value marker, text, or a value that is not finite.
 */
final class NumberCell {

    /** Markers spreadsheets and data sets use for a missing value. */
    private static final Set<String> MISSING_MARKERS = Set.of("na", "n/a", "?", "null", "none", "-");
    private static final Set<String> NON_FINITE = Set.of("nan", "inf", "+inf", "-inf", "infinity", "+infinity",
            "-infinity");

    private NumberCell() {
    }

    /** A parsed value, or the reason there is none (then {@code value} is NaN). */
    record Result(double value, String problem) {

        boolean ok() {
            return problem == null;
        }
    }

    static Result parse(String cell, boolean decimalComma) {
        String text = cell.strip();
        if (text.isEmpty() || MISSING_MARKERS.contains(text.toLowerCase(Locale.ROOT))) {
            return problem(text.isEmpty() ? "missing value" : "missing value ('" + text + "')");
        }
        String decimal = decimalComma && text.indexOf(',') >= 0 && text.indexOf('.') < 0
                ? text.replace(',', '.') : text;
        if (!isPlainDecimal(decimal)) {
            if (NON_FINITE.contains(text.toLowerCase(Locale.ROOT))) {
                return problem("'" + text + "' is not a finite number");
            }
            return problem(quote(text) + " is not a number");
        }
        double value = Double.parseDouble(decimal);
        if (!Double.isFinite(value)) {
            return problem("'" + text + "' is too large (not a finite number)");
        }
        return new Result(value, null);
    }

    /** True for finite decimal numbers as {@link #parse} accepts them (after a decimal comma is replaced). */
    static boolean isNumber(String cell) {
        String text = cell.strip();
        return isPlainDecimal(text) && Double.isFinite(Double.parseDouble(text));
    }

    /** [+-]? (digits [. digits?] | . digits) ([eE] [+-]? digits)? — no hex, no d/f suffixes, no spaces inside. */
    static boolean isPlainDecimal(String s) {
        int i = 0;
        int n = s.length();
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        int intDigits = 0;
        while (i < n && isDigit(s.charAt(i))) {
            i++;
            intDigits++;
        }
        int fracDigits = 0;
        if (i < n && s.charAt(i) == '.') {
            i++;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
                fracDigits++;
            }
        }
        if (intDigits + fracDigits == 0) {
            return false;
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int expDigits = 0;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
                expDigits++;
            }
            if (expDigits == 0) {
                return false;
            }
        }
        return i == n;
    }

    /** The cell as it appears in a message: at most 40 characters, control characters shown as '?'. */
    static String quote(String text) {
        String shown = text.length() > 40 ? text.substring(0, 40) + "…" : text;
        StringBuilder b = new StringBuilder(shown.length() + 2).append('\'');
        shown.codePoints().forEach(cp -> b.appendCodePoint(Character.isISOControl(cp) ? '?' : cp));
        return b.append('\'').toString();
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static Result problem(String problem) {
        return new Result(Double.NaN, problem);
    }
}
