package org.epochlab.ui.config;

import java.util.Locale;

import javafx.scene.image.Image;

import org.epochlab.data.Dataset;

/**
 * What the dataset list shows about one set: its name, a line of facts, and a scatter plot when
 * it has two features (null otherwise).
 */
public record DatasetSummary(String name, String facts, Image scatter) {

    /** "150 rows × 4 features, 3 classes". */
    public static String facts(Dataset d) {
        return String.format(Locale.ROOT, "%,d rows × %d feature%s, %d classes", d.size(), d.features(),
                d.features() == 1 ? "" : "s", d.classes());
    }

    /** Summarises {@code d} with a {@code size}-pixel scatter plot if it is 2-D. Any thread. */
    public static DatasetSummary of(String name, Dataset d, int size) {
        Image scatter = d.features() == 2 ? ScatterImage.image(ScatterImage.pixels(d.samples(), size), size) : null;
        return new DatasetSummary(name, facts(d), scatter);
    }
}
