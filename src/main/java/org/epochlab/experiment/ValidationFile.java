package org.epochlab.experiment;

import java.util.List;

import org.epochlab.data.DataFormatException;
import org.epochlab.data.Dataset;
import org.epochlab.engine.Samples;

/** A separately supplied validation set, put in the main dataset's terms: same columns, same label indices. */
final class ValidationFile {

    private ValidationFile() {
    }

    /**
     * The validation examples with each label renumbered to the main dataset's index for the same class name.
     *
     * @throws DataFormatException when the columns differ or a label is not one of the dataset's
     */
    static Samples relabel(Dataset validation, Dataset main) throws DataFormatException {
        if (validation.features() != main.features()) {
            throw new DataFormatException("validationCsv " + validation.name() + " has " + validation.features()
                    + " feature columns, but dataset " + main.name() + " has " + main.features());
        }
        List<String> names = main.classNames();
        int[] toMain = new int[validation.classes()];
        for (int c = 0; c < toMain.length; c++) {
            String label = validation.classNames().get(c);
            toMain[c] = names.indexOf(label);
            if (toMain[c] < 0) {
                throw new DataFormatException("validationCsv " + validation.name() + " has the label '" + label
                        + "', which dataset " + main.name() + " does not have (its labels: " + String.join(", ", names)
                        + ")");
            }
        }
        Samples v = validation.samples();
        double[] features = new double[v.rows() * v.cols()];
        v.copyAll(features);
        int[] labels = v.labels();
        for (int i = 0; i < labels.length; i++) {
            labels[i] = toMain[labels[i]];
        }
        return new Samples(features, v.rows(), v.cols(), labels, main.classes());
    }
}
