package org.epochlab.export.code;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;

import org.epochlab.engine.Samples;
import org.epochlab.experiment.PreparedExperiment;

/**
 * The rows the lab trains on, as CSV: one column per feature (after scaling, exactly as the engine sees
 * them), then {@code label} (the class index) and {@code split} ({@value #TRAIN}, {@value #VALIDATION} or
 * {@value #TEST}). Training rows come first, in the lab's order, then validation, then test. Numbers are
 * written with {@link Double#toString(double)}, so Python's {@code float()} reads back the same bits.
 */
public final class ExportedDataCsv {

    public static final String LABEL = "label";
    public static final String SPLIT = "split";
    public static final String TRAIN = "train";
    public static final String VALIDATION = "validation";
    public static final String TEST = "test";

    private ExportedDataCsv() {
    }

    /** Writes the header and every row, lines ending in {@code \n}. Does not close {@code out}. */
    public static void write(PreparedExperiment prepared, Writer out) throws IOException {
        CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(out);
        List<String> header = new ArrayList<>(prepared.dataset().featureNames());
        header.add(LABEL);
        header.add(SPLIT);
        csv.writeRecord(header);
        rows(csv, prepared.split().train(), TRAIN);
        rows(csv, prepared.split().validation(), VALIDATION);
        rows(csv, prepared.split().test(), TEST);
        csv.flush();
    }

    private static void rows(CsvWriter csv, Samples samples, String split) {
        if (samples == null) {
            return;
        }
        String[] row = new String[samples.cols() + 2];
        for (int i = 0; i < samples.rows(); i++) {
            for (int j = 0; j < samples.cols(); j++) {
                row[j] = Double.toString(samples.feature(i, j));
            }
            row[samples.cols()] = Integer.toString(samples.label(i));
            row[samples.cols() + 1] = split;
            csv.writeRecord(row);
        }
    }
}
