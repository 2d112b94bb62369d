import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.epochlab.engine.EpochRecord;
import org.epochlab.experiment.OverfittingAnalysis;
import org.epochlab.experiment.OverfittingReport;

/**
 * Compares two history.csv files epoch by epoch (the lab's and an exported script's): the largest and the
 * mean absolute difference of the training and validation losses, and where each curve has its lowest
 * validation loss and its overfitting onset by the lab's own analysis.
 *
 * <pre>java -cp target/epoch-lab.jar packaging/check/CompareHistories.java LAB.csv OTHER.csv</pre>
 */
public final class CompareHistories {

    public static void main(String[] args) throws IOException {
        List<EpochRecord> lab = read(Path.of(args[0]));
        List<EpochRecord> other = read(Path.of(args[1]));
        int n = Math.min(lab.size(), other.size());
        System.out.printf(Locale.ROOT, "epochs compared: %d (lab %d, script %d)%n", n, lab.size(), other.size());
        report("train_loss", lab, other, n, true);
        report("val_loss", lab, other, n, false);
        describe("lab   ", lab);
        describe("script", other);
    }

    private static void report(String name, List<EpochRecord> a, List<EpochRecord> b, int n, boolean train) {
        double max = 0;
        double sum = 0;
        int at = 0;
        for (int i = 0; i < n; i++) {
            double d = Math.abs(value(a.get(i), train) - value(b.get(i), train));
            sum += d;
            if (d > max) {
                max = d;
                at = i + 1;
            }
        }
        System.out.printf(Locale.ROOT, "%-10s max |difference| %.3g (epoch %d), mean |difference| %.3g%n",
                name, max, at, sum / n);
    }

    private static double value(EpochRecord r, boolean train) {
        return train ? r.trainLoss() : r.valLoss();
    }

    private static void describe(String who, List<EpochRecord> history) {
        OverfittingReport report = OverfittingAnalysis.analyze(history);
        EpochRecord last = history.get(history.size() - 1);
        System.out.printf(Locale.ROOT,
                "%s lowest val_loss %.6f at epoch %d; overfitting from epoch %d; last epoch %d: train %.6f, val %.6f%n",
                who, report.bestValLoss(), report.bestEpoch(), report.overfitEpoch(), last.epoch(), last.trainLoss(),
                last.valLoss());
    }

    /** The first five columns of a history.csv (plain numbers, no quoting). */
    private static List<EpochRecord> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        List<EpochRecord> records = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split(",");
            records.add(new EpochRecord(Integer.parseInt(c[0]), Double.parseDouble(c[1]), Double.parseDouble(c[3]),
                    Double.parseDouble(c[2]), Double.parseDouble(c[4]), 0, 0, 0, List.of(), List.of(), List.of(),
                    List.of()));
        }
        return records;
    }
}
