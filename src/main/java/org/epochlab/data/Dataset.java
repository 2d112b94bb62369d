package org.epochlab.data;

import java.util.Arrays;
import java.util.List;

import org.epochlab.engine.Samples;

/**
 * A labelled classification dataset as loaded or generated, before splitting and scaling. Immutable.
 *
 * @param name         what the user calls it (a built-in name or the CSV file name)
 * @param featureNames one per column
 * @param classNames   one per class, index = label
 */
public record Dataset(String name, List<String> featureNames, List<String> classNames, Samples samples) {

    public Dataset {
        featureNames = List.copyOf(featureNames);
        classNames = List.copyOf(classNames);
        if (featureNames.size() != samples.cols()) {
            throw new IllegalArgumentException(name + ": " + featureNames.size() + " feature names for "
                    + samples.cols() + " columns");
        }
        if (classNames.size() != samples.classes()) {
            throw new IllegalArgumentException(name + ": " + classNames.size() + " class names for "
                    + samples.classes() + " classes");
        }
    }

    public int size() {
        return samples.rows();
    }

    public int features() {
        return samples.cols();
    }

    public int classes() {
        return samples.classes();
    }

    /** Counts per class, index = label. */
    public int[] classCounts() {
        int[] counts = new int[classes()];
        for (int i = 0; i < size(); i++) {
            counts[samples.label(i)]++;
        }
        return counts;
    }

    @Override
    public String toString() {
        return name + " (" + size() + " × " + features() + ", classes " + Arrays.toString(classNames.toArray()) + ")";
    }
}
