package org.epochlab.data;

/**
 * Picks the field separator from the header line: whichever of comma, semicolon and tab occurs most often
 * outside double quotes (comma on a tie or when none occurs).
 */
final class DelimiterDetector {

    private static final char[] CANDIDATES = {',', ';', '\t'};

    private DelimiterDetector() {
    }

    static char detect(String headerLine) {
        int[] counts = new int[CANDIDATES.length];
        boolean quoted = false;
        for (int i = 0; i < headerLine.length(); i++) {
            char c = headerLine.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                for (int k = 0; k < CANDIDATES.length; k++) {
                    if (c == CANDIDATES[k]) {
                        counts[k]++;
                    }
                }
            }
        }
        int best = 0;
        for (int k = 1; k < CANDIDATES.length; k++) {
            if (counts[k] > counts[best]) {
                best = k;
            }
        }
        return CANDIDATES[best];
    }

    /** "comma", "semicolon" or "tab", for messages. */
    static String name(char delimiter) {
        return switch (delimiter) {
            case ';' -> "semicolon";
            case '\t' -> "tab";
            default -> "comma";
        };
    }
}
