package org.epochlab.ui.chart;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;

import org.epochlab.engine.EpochRecord;
import org.epochlab.engine.StopReason;
import org.epochlab.experiment.OverfittingReport;
import org.epochlab.export.ChartPngExporter;

/**
 * Renders the whole chart view (toolbar, tabs) mid-hover with smoothing and, optionally, a log axis,
 * for looking at it: {@code ChartViewSample file [log] [accuracy]}.
 */
public final class ChartViewSample {

    private ChartViewSample() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        boolean log = List.of(args).contains("log");
        boolean accuracy = List.of(args).contains("accuracy");
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                List<EpochRecord> history = OverfittingHistories.overfitting(300);
                TrainingChartsView view = new TrainingChartsView();
                StackPane root = new StackPane(view);
                new Scene(root, 1000, 640);
                view.setPlannedEpochs(400);
                view.append(history);
                view.showAnalysis(new OverfittingReport(83, 0.31, 81, new double[300]), 300, StopReason.CANCELLED);
                view.setSmoothing(0.8);
                view.setLogScale(log);
                if (accuracy) {
                    view.selectTab(1);
                }
                root.applyCss();
                root.layout();
                (accuracy ? view.accuracyChart() : view.lossChart()).hoverAt(150, new Point2D(420, 200));
                root.layout();
                ChartPngExporter.write(ChartPngExporter.snapshot(root, "", 1), out);
            } catch (Exception e) {
                e.printStackTrace();
            } finally {
                done.countDown();
            }
        });
        done.await();
        Platform.exit();
    }
}
