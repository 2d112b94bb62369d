package org.epochlab.ui.chart;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.layout.StackPane;

import org.epochlab.engine.EpochRecord;

/**
 * Times one chart update with a long history: append one epoch to a view holding 10,000, then lay out
 * (as the next pulse does), and once more with a software-rendered snapshot. Prints milliseconds.
 * Run headless: {@code java -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw ...}.
 */
public final class ChartUpdateBenchmark {

    private static final int EPOCHS = 10_000;
    private static final int UPDATES = 60;
    private static final int WARM_UP = 40;

    private ChartUpdateBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                run(0);
                run(0.6);
            } finally {
                done.countDown();
            }
        });
        done.await();
        Platform.exit();
    }

    private static void run(double smoothing) {
        List<EpochRecord> history = OverfittingHistories.overfitting(EPOCHS + 2 * (WARM_UP + UPDATES));
        TrainingChartsView view = new TrainingChartsView();
        StackPane root = new StackPane(view);
        new Scene(root, 1200, 700);
        view.setSmoothing(smoothing);
        view.append(history.subList(0, EPOCHS));
        root.applyCss();
        root.layout();
        int next = EPOCHS;
        double[] layoutMs = new double[UPDATES];
        double[] renderMs = new double[UPDATES];
        for (int i = -WARM_UP; i < UPDATES; i++) {
            long t0 = System.nanoTime();
            view.append(history.subList(next, next + 1));
            root.applyCss();
            root.layout();
            long t1 = System.nanoTime();
            view.append(history.subList(next + 1, next + 2));
            root.applyCss();
            root.layout();
            view.lossChartNode().snapshot(new SnapshotParameters(), null);
            long t2 = System.nanoTime();
            next += 2;
            if (i >= 0) {
                layoutMs[i] = (t1 - t0) / 1e6;
                renderMs[i] = (t2 - t1) / 1e6;
            }
        }
        System.out.printf(Locale.ROOT, "smoothing %.1f, %d epochs, %d columns, %d points in the training-loss series"
                        + " (median of %d updates):%n"
                        + "  append one epoch + layout: %.2f ms%n"
                        + "  append one epoch + layout + software render of the loss chart: %.2f ms%n",
                smoothing, view.pointCount(), view.lossChart().columns(),
                view.lossChart().plottedPoints(0, ChartQuantity.TRAIN_LOSS), UPDATES, median(layoutMs),
                median(renderMs));
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
