package org.epochlab.ui.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;

import org.epochlab.engine.EpochRecord;
import org.epochlab.engine.StopReason;
import org.epochlab.experiment.OverfittingReport;

/**
 * The live charts of one run: training and validation loss per epoch (with the best epoch, the
 * overfitting region and the stopping point marked) and accuracy on a second tab, with a log-scale
 * toggle and a smoothing slider. FX thread only.
 *
 * <p>Feed it with {@link #append(List)} once per frame with the epochs that arrived since the last
 * frame; the whole history stays in a {@link RunHistoryModel} and the charts draw a downsampled view.
 * Other runs can be laid over the current one with {@link #addOverlay(String, List)}.
 */
public final class TrainingChartsView extends BorderPane {

    /** The largest smoothing weight the slider offers. */
    public static final double MAX_SMOOTHING = 0.99;

    private final RunHistoryModel current = new RunHistoryModel();
    private final List<PlottedRun> runs = new ArrayList<>(List.of(new PlottedRun(current, RunStyle.CURRENT)));
    private final TrainingChart lossChart = new TrainingChart(ChartMetric.LOSS, runs);
    private final TrainingChart accuracyChart = new TrainingChart(ChartMetric.ACCURACY, runs);
    private final BooleanProperty logScale = new SimpleBooleanProperty(this, "logScale", false);
    private final DoubleProperty smoothing = new SimpleDoubleProperty(this, "smoothing", 0);
    private final Slider smoothingSlider = new Slider(0, MAX_SMOOTHING, 0);
    private final CheckBox logScaleBox = new CheckBox("Log scale");
    private final TabPane tabs = new TabPane();
    private TrainingChart staleChart;
    private int patience;

    public TrainingChartsView() {
        createView();
        initListeners();
        refresh();
    }

    private void createView() {
        setId("trainingCharts");
        getStylesheets().add(TrainingChart.STYLESHEET);
        lossChart.node().setId("lossChart");
        accuracyChart.node().setId("accuracyChart");
        setLossAxisLabel("loss (cross-entropy)");

        logScaleBox.setId("logScaleToggle");
        logScaleBox.setTooltip(new Tooltip("Plot the loss on a logarithmic axis: small late changes become visible"));
        smoothingSlider.setId("smoothingSlider");
        smoothingSlider.setPrefWidth(160);
        smoothingSlider.setTooltip(new Tooltip(
                "Exponential moving average of the curves, debiased as in TensorBoard; the raw curve stays faint beneath"));
        Label smoothingValue = new Label();
        smoothingValue.setId("smoothingValue");
        smoothingValue.setMinWidth(32);
        smoothingValue.textProperty().bind(smoothing.map(v -> String.format(Locale.ROOT, "%.2f", v.doubleValue())));
        HBox toolbar = new HBox(logScaleBox, new Label("Smoothing"), smoothingSlider, smoothingValue);
        toolbar.getStyleClass().add("training-charts-toolbar");

        Tab loss = new Tab("Loss", lossChart.node());
        Tab accuracy = new Tab("Accuracy", accuracyChart.node());
        loss.setTooltip(new Tooltip("Loss per epoch: how wrong the network is; lower is better."));
        accuracy.setTooltip(new Tooltip("Accuracy per epoch: the share of examples classified correctly."));
        loss.setClosable(false);
        accuracy.setClosable(false);
        tabs.getTabs().addAll(loss, accuracy);
        setTop(toolbar);
        setCenter(tabs);
    }

    private void initListeners() {
        smoothingSlider.valueProperty().bindBidirectional(smoothing);
        logScaleBox.selectedProperty().bindBidirectional(logScale);
        smoothing.addListener((obs, old, w) -> {
            double clamped = Math.max(0, Math.min(MAX_SMOOTHING, w.doubleValue()));
            if (clamped != w.doubleValue()) {
                smoothing.set(clamped);
                return;
            }
            lossChart.setSmoothing(clamped, false);
            accuracyChart.setSmoothing(clamped, false);
            refresh();
        });
        logScale.addListener((obs, old, log) -> {
            lossChart.setLogScale(log, false);
            refresh();
        });
        tabs.getSelectionModel().selectedIndexProperty().addListener((obs, old, index) -> refreshStaleChart());
    }

    /** Empties every series and marker (a new run). */
    public void clear() {
        current.clear();
        lossChart.setMarkers(ChartMarkers.NONE);
        accuracyChart.setMarkers(ChartMarkers.NONE);
        showCursor(0);
        showReplayMarker(0, "");
        lossChart.clearHover(); // the mouse may rest on the chart: no read-out of epochs that are gone
        accuracyChart.clearHover();
        refresh();
    }

    /** Adds the next epochs of the current run, in order (one batch per frame). */
    public void append(List<EpochRecord> records) {
        if (records.isEmpty()) {
            return;
        }
        current.append(records);
        refresh();
    }

    /**
     * Shows the best epoch and overfitting region from {@code report}, and where and why the run
     * stopped ({@code reason} null while the run goes on).
     */
    public void showAnalysis(OverfittingReport report, int stoppedEpoch, StopReason reason) {
        showAnalysis(report, stoppedEpoch, reason,
                StopLabels.isMarked(reason) ? StopLabels.describe(reason, stoppedEpoch, patience) : "");
    }

    /**
     * The early-stopping patience of the current run, named in the stop label ("early stopping at
     * epoch 61 (patience 20)"); 0 leaves it out.
     */
    public void setEarlyStoppingPatience(int patience) {
        this.patience = Math.max(0, patience);
    }

    /**
     * As {@link #showAnalysis(OverfittingReport, int, StopReason)}, with the text beside the stop
     * marker given (see {@link StopLabels#describe(StopReason, int, int)}).
     */
    public void showAnalysis(OverfittingReport report, int stoppedEpoch, StopReason reason, String stopLabel) {
        ChartMarkers markers = new ChartMarkers(report == null ? 0 : report.bestEpoch(),
                report == null ? 0 : report.overfitEpoch(), StopLabels.isMarked(reason) ? stoppedEpoch : 0, stopLabel);
        lossChart.setMarkers(markers);
        accuracyChart.setMarkers(markers);
    }

    /** Marks the epoch the inspection views show on both charts with a thin vertical cursor (0 hides it). */
    public void showCursor(int epoch) {
        lossChart.setCursorEpoch(epoch);
        accuracyChart.setCursorEpoch(epoch);
    }

    /** Marks where a replayed early stopping would have stopped ("early stopping would stop at epoch 61"); 0 hides it. */
    public void showReplayMarker(int epoch, String label) {
        lossChart.setReplayMarker(epoch, label);
        accuracyChart.setReplayMarker(epoch, label);
    }

    /**
     * The node exported as PNG: the loss chart with its legend and markers, brought up to date first
     * when another tab is on show.
     */
    public Node lossChartNode() {
        if (staleChart == lossChart) {
            refreshStaleChart();
        }
        return lossChart.node();
    }

    public Node accuracyChartNode() {
        return accuracyChart.node();
    }

    public TrainingChart lossChart() {
        return lossChart;
    }

    public TrainingChart accuracyChart() {
        return accuracyChart;
    }

    /** The current run's full history, as appended. */
    public RunHistoryModel history() {
        return current;
    }

    /** Epochs held for the current run: every plotted series covers this many epochs before downsampling. */
    public int pointCount() {
        return current.size();
    }

    /** The markers currently shown (0 for a marker not shown). */
    public ChartMarkers shownMarkers() {
        return lossChart.markers();
    }

    /** The y-axis title of the loss chart, such as "loss (cross-entropy)" or "loss (MSE)". */
    public void setLossAxisLabel(String label) {
        lossChart.setValueAxisLabel(label);
    }

    /** The epochs the run is set to last, so that the epoch axis does not rescale as the run grows. */
    public void setPlannedEpochs(int epochs) {
        lossChart.setPlannedEpochs(epochs, false);
        accuracyChart.setPlannedEpochs(epochs, false);
        refresh();
    }

    /** Shows the loss (0) or the accuracy (1) tab. */
    public void selectTab(int index) {
        tabs.getSelectionModel().select(index);
    }

    /**
     * Lays a finished run over the current one, drawn dashed in its own colours.
     *
     * @return its index among the plotted runs (the current run is 0)
     */
    public int addOverlay(String name, List<EpochRecord> history) {
        RunHistoryModel model = new RunHistoryModel();
        model.append(history);
        runs.add(new PlottedRun(model, RunStyle.overlay(name, runs.size() - 1)));
        refresh();
        return runs.size() - 1;
    }

    /**
     * The current run's name, put before its legend entries while other runs are overlaid ("moons, zero init:
     * validation loss"); empty for none.
     */
    public void setCurrentRunName(String name) {
        setCurrentStyle(RunStyle.CURRENT.withName(name == null ? "" : name));
    }

    /** Lays a finished run over the current one, drawn in {@code style}; returns its index among the plotted runs. */
    public int addOverlay(RunStyle style, List<EpochRecord> history) {
        RunHistoryModel model = new RunHistoryModel();
        model.append(history);
        runs.add(new PlottedRun(model, style));
        refresh();
        return runs.size() - 1;
    }

    /** How the current run is drawn ({@link RunStyle#CURRENT} unless a lesson names and styles its runs). */
    public void setCurrentStyle(RunStyle style) {
        if (!runs.get(0).style().equals(style)) {
            runs.set(0, new PlottedRun(current, style));
            refresh();
        }
    }

    /** Runs on the chart, the current one included. */
    public int plottedRuns() {
        return runs.size();
    }

    /** Removes every overlaid run, keeping the current one. */
    public void clearOverlays() {
        runs.subList(1, runs.size()).clear();
        refresh();
    }

    public BooleanProperty logScaleProperty() {
        return logScale;
    }

    public boolean isLogScale() {
        return logScale.get();
    }

    public void setLogScale(boolean log) {
        logScale.set(log);
    }

    /** The smoothing weight, 0 (off) to {@value #MAX_SMOOTHING}. */
    public DoubleProperty smoothingProperty() {
        return smoothing;
    }

    public double getSmoothing() {
        return smoothing.get();
    }

    public void setSmoothing(double weight) {
        smoothing.set(weight);
    }

    /** Redraws the chart on show now; the hidden one when its tab is selected (it would cost as much again). */
    private void refresh() {
        boolean accuracyShown = tabs.getSelectionModel().getSelectedIndex() == 1;
        (accuracyShown ? accuracyChart : lossChart).refresh();
        staleChart = accuracyShown ? lossChart : accuracyChart;
    }

    private void refreshStaleChart() {
        if (staleChart != null) {
            staleChart.refresh();
            staleChart = null;
        }
    }
}
