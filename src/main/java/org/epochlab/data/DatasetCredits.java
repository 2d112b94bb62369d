package org.epochlab.data;

import java.util.List;
import java.util.Map;

/**
 * The credit the bundled datasets' license (CC BY 4.0) asks for, one sentence per set, for the About box
 * and the help text. The full credits sit beside the files in {@code /datasets/README.md}.
 */
public final class DatasetCredits {

    private static final Map<String, String> CREDITS = Map.of(
            "iris", "Iris: R. A. Fisher (1936), from the UCI Machine Learning Repository, CC BY 4.0.",
            "wine", "Wine: S. Aeberhard and M. Forina (1991), from the UCI Machine Learning Repository, CC BY 4.0.",
            "breast-cancer", "Breast Cancer Wisconsin (Diagnostic): W. Wolberg, O. Mangasarian, N. Street and"
                    + " W. Street (1995), from the UCI Machine Learning Repository, CC BY 4.0.",
            "digits", "Optical Recognition of Handwritten Digits: E. Alpaydin and C. Kaynak (1998), from the UCI"
                    + " Machine Learning Repository, CC BY 4.0.");

    private DatasetCredits() {
    }

    /** The credit sentence of a bundled set, or null for a set that needs none (generated, user CSV). */
    public static String of(String name) {
        return CREDITS.get(name);
    }

    /** Every bundled set's credit, one per line, in menu order, with the license link. */
    public static String text() {
        StringBuilder text = new StringBuilder();
        for (String name : BundledDatasets.names()) {
            text.append(CREDITS.get(name)).append('\n');
        }
        return text.append("License: https://creativecommons.org/licenses/by/4.0/\n").toString();
    }

    /** The credit sentences in menu order. */
    public static List<String> all() {
        return BundledDatasets.names().stream().map(CREDITS::get).toList();
    }
}
