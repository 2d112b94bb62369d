package org.epochlab.data;

import java.util.List;

import org.epochlab.engine.Samples;

/**
 * A CSV file as read, before its labels become classes: the feature values (row-major), and the label
 * texts with the line each first occurs on.
 *
 * @param labelColumn       the label column's name
 * @param labelColumnNumber its 1-based position in the file
 */
record CsvTable(String source, List<String> featureNames, String labelColumn, int labelColumnNumber,
                double[] values, int rows, LabelEncoder labels) {

    /** A dataset of its own: classes from its labels, at least two, and at least two rows per class on average. */
    Dataset toDataset() throws DataFormatException {
        LabelEncoder.Encoded encoded = labels.encode();
        List<String> classNames = encoded.classNames();
        String label = NumberCell.quote(labelColumn);
        if (classNames.size() < 2) {
            throw new DataFormatException(source + ": the label column " + label + " has only one class ("
                    + NumberCell.quote(classNames.get(0)) + "); a classifier needs at least two");
        }
        if (rows < 2 * classNames.size()) {
            throw new DataFormatException(source + ": the label column " + label + " has " + classNames.size()
                    + " classes in " + rows + " rows; each class needs 2 rows on average"
                    + " (is it the right label column?)");
        }
        return new Dataset(source, featureNames, classNames,
                new Samples(values, rows, featureNames.size(), encoded.labels(), classNames.size()));
    }

    /**
     * Rows for a model trained on {@code reference}: the same feature columns in the same order, and every
     * label one of the reference's classes (by name, or by value when both are numbers). Any number of
     * classes may be present, one included. The result carries the reference's feature and class names.
     */
    Dataset matching(Dataset reference) throws DataFormatException {
        if (!featureNames.equals(reference.featureNames())) {
            throw new DataFormatException(source + ": the feature columns differ from " + reference.name()
                    + "'s; expected " + String.join(", ", reference.featureNames())
                    + ", found " + String.join(", ", featureNames));
        }
        List<String> texts = labels.texts();
        int[] classOfText = new int[texts.size()];
        for (int t = 0; t < texts.size(); t++) {
            classOfText[t] = classIndex(texts.get(t), reference.classNames());
            if (classOfText[t] < 0) {
                throw new DataFormatException(source + " line " + labels.firstLine(t) + ", column "
                        + labelColumnNumber + " (" + labelColumn + "): class " + NumberCell.quote(texts.get(t))
                        + " does not occur in " + reference.name() + " (its classes are "
                        + String.join(", ", reference.classNames()) + ")");
            }
        }
        int[] textOfRow = labels.textIndices();
        int[] classOfRow = new int[rows];
        for (int i = 0; i < rows; i++) {
            classOfRow[i] = classOfText[textOfRow[i]];
        }
        return new Dataset(source, reference.featureNames(), reference.classNames(),
                new Samples(values, rows, featureNames.size(), classOfRow, reference.classes()));
    }

    private static int classIndex(String text, List<String> classNames) {
        int exact = classNames.indexOf(text);
        if (exact >= 0 || !NumberCell.isNumber(text)) {
            return exact;
        }
        double value = Double.parseDouble(text.strip());
        for (int c = 0; c < classNames.size(); c++) {
            if (NumberCell.isNumber(classNames.get(c)) && Double.parseDouble(classNames.get(c).strip()) == value) {
                return c;
            }
        }
        return -1;
    }
}
