package org.epochlab.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.chart.Chart;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;

import org.epochlab.engine.EpochRecord;
import org.epochlab.engine.StopReason;
import org.epochlab.experiment.lesson.Lesson;
import org.epochlab.experiment.lesson.LessonResult;
import org.epochlab.experiment.lesson.RunOutcome;
import org.epochlab.experiment.lesson.SweepAxis;
import org.epochlab.ui.chart.ChartMarkers;
import org.epochlab.ui.chart.ChartMetric;
import org.epochlab.ui.chart.PlottedRun;
import org.epochlab.ui.chart.RunHistoryModel;
import org.epochlab.ui.chart.RunStyle;
import org.epochlab.ui.chart.StopLabels;
import org.epochlab.ui.chart.SweepChart;
import org.epochlab.ui.chart.TrainingChart;

/**
 * A lesson's own charts as PNG, with the same chart code as the window: the overlay of its runs' loss
 * curves (each run its colour and its dash pattern, named in the legend) and the sweep plot. Works with no
 * display.
 */
public final class LessonPngs {

    /** Per run: training and validation colour, and dash pattern; the n-th run gets the n-th entry. */
    private static final String[][] COLOURS = {
        {"#1f77b4", "#7fb8e0"}, {"#d62728", "#f2a0a0"}, {"#2ca02c", "#98df8a"}, {"#9467bd", "#c5b0d5"},
        {"#8c564b", "#c49c94"}, {"#e377c2", "#f7b6d2"}, {"#17becf", "#9edae5"},
    };
    private static final List<List<Double>> DASHES = List.of(List.of(), List.of(10.0, 5.0), List.of(3.0, 4.0),
            List.of(14.0, 4.0, 3.0, 4.0), List.of(6.0, 3.0), List.of(2.0, 2.0), List.of(20.0, 6.0));

    /** A run whose loss exceeds this many times the largest first-epoch loss of the others is cut off the overlay. */
    private static final double OFF_CHART = 3;

    private LessonPngs() {
    }

    /** The style of the {@code index}-th run of a lesson's overlay (0-based). */
    public static RunStyle style(String label, int index) {
        String[] c = COLOURS[index % COLOURS.length];
        return new RunStyle(label, Color.web(c[0]), Color.web(c[1]), DASHES.get(index % DASHES.size()));
    }

    /**
     * Draws every run's training and validation loss on one chart. A run with a single epoch cannot be a line
     * and a run whose loss blew up would flatten the others: both are named in the legend and the caption
     * instead of drawn.
     *
     * @param scale 1 for screen size, 2 for crisp slides
     */
    public static void overlay(LessonResult result, double scale, Path out) throws IOException {
        Lesson lesson = result.lesson();
        double ceiling = OFF_CHART * largestFirstLoss(result.outcomes());
        List<String> notes = new ArrayList<>();
        List<List<EpochRecord>> drawn = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (RunOutcome o : result.outcomes()) {
            List<EpochRecord> shown = onChart(o.history(), ceiling);
            String label = o.label();
            if (shown.size() < 2) {
                String why = o.history().size() < 2 ? "1 epoch: a single point, the first epoch of the longer runs"
                        : "loss " + lossText(o.last().trainLoss()) + " at epoch " + o.last().epoch() + ", "
                                + o.result().stopReason().key() + ": off the chart";
                notes.add(label + " (" + o.run().presetName() + "): " + why);
                label = label + " (not drawn)";
                shown = List.of();
            } else if (shown.size() < o.history().size()) {
                notes.add(label + ": drawn up to epoch " + shown.size() + "; then " + o.result().stopReason().key());
            }
            drawn.add(shown);
            labels.add(label);
        }
        String caption = caption(result, notes);
        ChartMarkers markers = earlyStopMarkers(result.outcomes());
        BufferedImage image = ChartPngRenderer.onFxThread(() -> {
            List<PlottedRun> runs = new ArrayList<>();
            for (int i = 0; i < drawn.size(); i++) {
                RunHistoryModel history = new RunHistoryModel();
                history.append(drawn.get(i));
                runs.add(new PlottedRun(history, style(labels.get(i), i)));
            }
            // longest first, so that a shorter run lies visibly on top of the longer run it starts
            List<PlottedRun> paintOrder = new ArrayList<>(runs);
            paintOrder.sort(Comparator.comparingInt((PlottedRun r) -> r.history().size()).reversed());
            TrainingChart chart = new TrainingChart(ChartMetric.LOSS, paintOrder);
            chart.setTitle("Loss of each run: lesson " + lesson.id());
            chart.setValueAxisLabel(ChartCaption.lossAxisLabel(result.outcomes().get(0).config().outputLoss()));
            chart.setMarkers(markers);
            // the chart's own legend is one row; a lesson's runs need a legend that wraps
            ((Chart) chart.node()).setLegendVisible(false);
            VBox figure = new VBox(chart.node(), legend(runs));
            VBox.setVgrow(chart.node(), Priority.ALWAYS);
            figure.setStyle("-fx-background-color: white;");
            return snapshot(figure, chart::refresh, caption, scale);
        });
        ChartPngExporter.write(image, out);
    }

    /** Plots final training loss, final validation loss and best validation loss against the swept setting. */
    public static void sweep(LessonResult result, double scale, Path out) throws IOException {
        Lesson lesson = result.lesson();
        SweepAxis axis = lesson.sweepAxis().orElseThrow(
                () -> new IllegalArgumentException("lesson " + lesson.id() + " is not a sweep"));
        List<RunOutcome> outcomes = result.outcomes();
        int n = outcomes.size();
        double[] train = new double[n];
        double[] val = new double[n];
        double[] best = new double[n];
        for (int i = 0; i < n; i++) {
            train[i] = outcomes.get(i).last().trainLoss();
            val[i] = outcomes.get(i).last().valLoss();
            best[i] = outcomes.get(i).report().bestValLoss();
        }
        String caption = caption(result, List.of());
        String lossLabel = ChartCaption.lossAxisLabel(outcomes.get(0).config().outputLoss());
        BufferedImage image = ChartPngRenderer.onFxThread(() -> {
            SweepChart chart = new SweepChart("Loss against " + axis.label() + ": lesson " + lesson.id(), axis.label(),
                    lossLabel, axis.values(), axis.log2(), train, val, best);
            return snapshot(chart.node(), () -> { }, caption, scale);
        });
        ChartPngExporter.write(image, out);
    }

    /** The best epoch and the stop line of the first run that stopped early, or none. */
    private static ChartMarkers earlyStopMarkers(List<RunOutcome> outcomes) {
        for (RunOutcome o : outcomes) {
            if (o.result().stopReason() == StopReason.EARLY_STOPPING) {
                return new ChartMarkers(o.result().bestEpoch(), 0, o.result().stoppedEpoch(),
                        StopLabels.describe(StopReason.EARLY_STOPPING, o.result().stoppedEpoch(), o.config().patience()));
            }
        }
        return ChartMarkers.NONE;
    }

    /** One entry per run: its label, then its training and validation line as drawn. */
    private static FlowPane legend(List<PlottedRun> runs) {
        FlowPane legend = new FlowPane(22, 6);
        legend.setPadding(new Insets(2, 16, 10, 16));
        legend.setAlignment(Pos.CENTER);
        for (PlottedRun run : runs) {
            RunStyle style = run.style();
            Label name = new Label(style.name() + ":");
            name.setStyle("-fx-font-size: 12px; -fx-font-weight: bold; -fx-text-fill: #222222;");
            HBox entry = new HBox(6, name, swatch(style, false), text("training"), swatch(style, true),
                    text("validation"));
            entry.setAlignment(Pos.CENTER_LEFT);
            legend.getChildren().add(entry);
        }
        return legend;
    }

    private static Line swatch(RunStyle style, boolean validation) {
        Line line = new Line(0, 0, 34, 0);
        line.setStroke(validation ? style.validationColor() : style.trainColor());
        line.setStrokeWidth(2.5);
        for (Double d : style.dashArray()) {
            line.getStrokeDashArray().add(d);
        }
        return line;
    }

    private static Label text(String s) {
        Label label = new Label(s);
        label.setStyle("-fx-font-size: 12px; -fx-text-fill: #333333;");
        return label;
    }

    private static BufferedImage snapshot(Region node, Runnable refresh, String caption,
                                          double scale) {
        StackPane root = new StackPane(node);
        new Scene(root, ChartPngRenderer.WIDTH, ChartPngRenderer.HEIGHT);
        root.applyCss();
        root.layout();
        refresh.run();
        root.layout();
        return ChartPngExporter.snapshot(node, caption, scale);
    }

    /** The epochs from the start while the losses stay finite and under {@code ceiling}. */
    private static List<EpochRecord> onChart(List<EpochRecord> history, double ceiling) {
        int end = 0;
        while (end < history.size() && inRange(history.get(end).trainLoss(), ceiling)
                && (!history.get(end).hasValidation() || inRange(history.get(end).valLoss(), ceiling))) {
            end++;
        }
        return history.subList(0, end);
    }

    private static boolean inRange(double loss, double ceiling) {
        return Double.isFinite(loss) && loss <= ceiling;
    }

    /** The largest first-epoch training loss among the runs whose first epoch is finite, at least 1e-9. */
    private static double largestFirstLoss(List<RunOutcome> outcomes) {
        List<Double> firsts = new ArrayList<>();
        for (RunOutcome o : outcomes) {
            firsts.add(o.first().trainLoss());
        }
        firsts.sort(Double::compare);
        // the median's neighbourhood, not the largest: a diverging run must not raise its own ceiling
        double typical = firsts.get(firsts.size() / 2);
        double largest = 1e-9;
        for (double f : firsts) {
            if (Double.isFinite(f) && f <= 10 * typical) {
                largest = Math.max(largest, f);
            }
        }
        return largest;
    }

    private static String caption(LessonResult result, List<String> notes) {
        List<String> lines = new ArrayList<>();
        lines.add("Question: " + result.lesson().title());
        List<String> runs = new ArrayList<>();
        for (RunOutcome o : result.outcomes()) {
            runs.add(o.label() + " = " + o.run().presetName());
        }
        lines.add("Runs: " + String.join(" · ", runs));
        if (!notes.isEmpty()) {
            lines.add("Not drawn: " + String.join(" · ", notes));
        }
        lines.add("Seeds: " + result.seeds());
        return String.join("\n", lines);
    }

    private static String lossText(double loss) {
        return Double.isNaN(loss) ? "NaN" : Double.isInfinite(loss) ? "∞" : String.format(Locale.ROOT, "%.3g", loss);
    }
}
