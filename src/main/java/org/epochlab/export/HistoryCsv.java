package org.epochlab.export;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;

import org.epochlab.engine.EpochRecord;

/**
 * A history as CSV, one row per epoch:
 * {@code epoch,train_loss,val_loss,train_acc,val_acc,updates,samples_seen,learning_rate}, then
 * {@code weight_norm_1..L} and {@code grad_norm_1..L} per layer (input side first, the output layer last),
 * then {@code distinct_neurons_1..H} and {@code cosine_similarity_1..H} per hidden layer. Numbers are written
 * with {@link Double#toString(double)}, so they read back to the same bits; a missing validation split
 * writes {@code NaN}. Nothing time-dependent is written: the same run gives the same bytes.
 */
public final class HistoryCsv {

    private HistoryCsv() {
    }

    /** The header for a network with {@code hiddenLayers} hidden layers (and one output layer). */
    public static List<String> header(int hiddenLayers) {
        List<String> header = new ArrayList<>(List.of("epoch", "train_loss", "val_loss", "train_acc", "val_acc",
                "updates", "samples_seen", "learning_rate"));
        numbered(header, "weight_norm_", hiddenLayers + 1);
        numbered(header, "grad_norm_", hiddenLayers + 1);
        numbered(header, "distinct_neurons_", hiddenLayers);
        numbered(header, "cosine_similarity_", hiddenLayers);
        return header;
    }

    /** Writes the header and one row per epoch, lines ending in {@code \n}. Does not close {@code out}. */
    public static void write(List<EpochRecord> history, int hiddenLayers, Writer out) throws IOException {
        CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(out);
        csv.writeRecord(header(hiddenLayers));
        for (EpochRecord r : history) {
            List<String> row = new ArrayList<>(List.of(Integer.toString(r.epoch()), Double.toString(r.trainLoss()),
                    Double.toString(r.valLoss()), Double.toString(r.trainAccuracy()),
                    Double.toString(r.valAccuracy()), Long.toString(r.updates()), Long.toString(r.samplesSeen()),
                    Double.toString(r.learningRate())));
            cells(row, r.weightNorms(), hiddenLayers + 1);
            cells(row, r.gradientNorms(), hiddenLayers + 1);
            cells(row, r.distinctNeurons(), hiddenLayers);
            cells(row, r.meanCosineSimilarity(), hiddenLayers);
            csv.writeRecord(row);
        }
        csv.flush();
    }

    private static void numbered(List<String> header, String prefix, int count) {
        for (int i = 1; i <= count; i++) {
            header.add(prefix + i);
        }
    }

    /** Exactly {@code count} cells: the values, or empty cells where a value is missing. */
    private static void cells(List<String> row, List<? extends Number> values, int count) {
        for (int i = 0; i < count; i++) {
            row.add(i < values.size() ? String.valueOf(values.get(i)) : "");
        }
    }
}
