package org.epochlab.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;

import org.epochlab.engine.TrainingResult;
import org.epochlab.experiment.ExperimentConfig;
import org.epochlab.experiment.OverfittingAnalysis;
import org.epochlab.experiment.OverfittingReport;
import org.epochlab.ui.chart.ChartMarkers;
import org.epochlab.ui.chart.ChartMetric;
import org.epochlab.ui.chart.PlottedRun;
import org.epochlab.ui.chart.RunHistoryModel;
import org.epochlab.ui.chart.RunStyle;
import org.epochlab.ui.chart.StopLabels;
import org.epochlab.ui.chart.TrainingChart;

/**
 * Renders a finished run's loss chart, with its caption strip, to a PNG with the same chart code
 * as the window. Works with no display (starts JavaFX headless when it is not running yet).
 */
public final class ChartPngRenderer {

    /** Size of the chart in the PNG at scale 1, in pixels, before the caption strip. */
    public static final int WIDTH = 1000;
    public static final int HEIGHT = 600;

    private static final long FX_TIMEOUT_SECONDS = 60;

    private ChartPngRenderer() {
    }

    /**
     * @param scale 1 for screen size, 2 for crisp slides
     * @throws IOException when the file cannot be written (the message names it)
     */
    public static void render(ExperimentConfig config, TrainingResult result, double scale, Path out) throws IOException {
        render(config, result, OverfittingAnalysis.analyze(result.history()), scale, out);
    }

    /** As {@link #render(ExperimentConfig, TrainingResult, double, Path)}, with the run's analysis given. */
    public static void render(ExperimentConfig config, TrainingResult result, OverfittingReport report, double scale,
                              Path out) throws IOException {
        String caption = ChartCaption.text(config, ChartRunSummary.of(result, report));
        BufferedImage image = onFxThread(
                () -> ChartPngExporter.snapshot(lossChart(config, result, report).node(), caption, scale));
        ChartPngExporter.write(image, out);
    }

    /**
     * The loss chart of a finished run, laid out at {@value #WIDTH} × {@value #HEIGHT} in a scene of its
     * own, with the best epoch, overfitting region and stop point marked. FX thread.
     */
    static TrainingChart lossChart(ExperimentConfig config, TrainingResult result, OverfittingReport report) {
        RunHistoryModel history = new RunHistoryModel();
        history.append(result.history());
        TrainingChart chart = new TrainingChart(ChartMetric.LOSS, List.of(new PlottedRun(history, RunStyle.CURRENT)));
        chart.setTitle(config.name() == null || config.name().isBlank()
                ? ChartMetric.LOSS.title() : ChartMetric.LOSS.title() + ": " + config.name());
        chart.setValueAxisLabel(ChartCaption.lossAxisLabel(config.outputLoss()));
        boolean stopShown = StopLabels.isMarked(result.stopReason());
        chart.setMarkers(new ChartMarkers(report.bestEpoch(), report.overfitEpoch(),
                stopShown ? result.stoppedEpoch() : 0,
                stopShown ? StopLabels.describe(result.stopReason(), result.stoppedEpoch(),
                        config.earlyStopping() ? config.patience() : 0) : ""));
        StackPane root = new StackPane(chart.node());
        new Scene(root, WIDTH, HEIGHT);
        root.applyCss();
        root.layout();
        chart.refresh();
        root.layout();
        return chart;
    }

    /** Runs {@code work} on the FX thread, starting a headless toolkit first when none is running, and waits for it. */
    static <T> T onFxThread(Supplier<T> work) throws IOException {
        if (Platform.isFxApplicationThread()) {
            return work.get();
        }
        ensureToolkit();
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                result.set(work.get());
            } catch (RuntimeException e) {
                failure.set(e);
            } finally {
                done.countDown();
            }
        });
        try {
            if (!done.await(FX_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                throw new IOException("rendering the chart took longer than " + FX_TIMEOUT_SECONDS + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while rendering the chart", e);
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        return result.get();
    }

    /**
     * Starts JavaFX with Monocle's headless glass and the software renderer when it is not running,
     * so that charts render on machines without a display.
     */
    private static synchronized void ensureToolkit() {
        try {
            Platform.runLater(() -> { });
            return;
        } catch (IllegalStateException notStarted) {
            // the toolkit is not running: start it headless below
        }
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        CountDownLatch started = new CountDownLatch(1);
        try {
            Platform.startup(started::countDown);
        } catch (IllegalStateException alreadyStarted) {
            return;
        }
        Platform.setImplicitExit(false);
        try {
            started.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
