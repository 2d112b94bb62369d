package org.epochlab.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns label texts into class indices. When every label is a number, classes are ordered by value
 * ("2" before "10"; "1" and "1.0" are one class, named as first written); otherwise classes are ordered
 * by first appearance.
 */
final class LabelEncoder {

    private final Map<String, Integer> indexOfText = new HashMap<>();
    private final List<String> texts = new ArrayList<>();
    private final List<Long> firstLines = new ArrayList<>();
    private int[] labels = new int[1024];
    private int rows;

    /** Records the label of the next row, found on {@code line}. */
    void add(String text, long line) {
        Integer index = indexOfText.get(text);
        if (index == null) {
            index = texts.size();
            indexOfText.put(text, index);
            texts.add(text);
            firstLines.add(line);
        }
        if (rows == labels.length) {
            labels = Arrays.copyOf(labels, labels.length * 2);
        }
        labels[rows++] = index;
    }

    /** Distinct label texts seen so far. */
    int distinctTexts() {
        return texts.size();
    }

    /** The label texts in order of first appearance. */
    List<String> texts() {
        return List.copyOf(texts);
    }

    /** The line where label text {@code t} (index into {@link #texts()}) first occurs. */
    long firstLine(int t) {
        return firstLines.get(t);
    }

    /** Rows added so far. */
    int rows() {
        return rows;
    }

    /** Per row, the index of its label text in {@link #texts()}. */
    int[] textIndices() {
        return Arrays.copyOf(labels, rows);
    }

    /** The encoding of everything added. */
    Encoded encode() {
        int[] classOfText = texts.stream().allMatch(NumberCell::isNumber) ? numericOrder() : firstAppearanceOrder();
        int classes = Arrays.stream(classOfText).max().orElse(-1) + 1;
        String[] names = new String[classes];
        for (int t = 0; t < texts.size(); t++) {
            if (names[classOfText[t]] == null) {
                names[classOfText[t]] = texts.get(t);
            }
        }
        int[] encoded = new int[rows];
        for (int i = 0; i < rows; i++) {
            encoded[i] = classOfText[labels[i]];
        }
        return new Encoded(List.of(names), encoded);
    }

    /** Class names (index = class) and one class per row. */
    record Encoded(List<String> classNames, int[] labels) {
    }

    private int[] firstAppearanceOrder() {
        int[] order = new int[texts.size()];
        Arrays.setAll(order, t -> t);
        return order;
    }

    private int[] numericOrder() {
        double[] values = texts.stream().mapToDouble(t -> Double.parseDouble(t.strip())).toArray();
        double[] distinct = Arrays.stream(values).map(v -> v == 0.0 ? 0.0 : v).distinct().sorted().toArray();
        int[] order = new int[values.length];
        for (int t = 0; t < values.length; t++) {
            order[t] = Arrays.binarySearch(distinct, values[t] == 0.0 ? 0.0 : values[t]);
        }
        return order;
    }
}
