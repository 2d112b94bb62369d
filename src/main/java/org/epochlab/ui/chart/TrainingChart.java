package org.epochlab.ui.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import javafx.collections.ObservableList;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;
import javafx.scene.shape.Path;

/**
 * One chart of one metric (loss or accuracy) over epochs, for any number of overlaid runs.
 *
 * <p>The runs' full histories stay in their {@link RunHistoryModel}s; on every {@link #refresh()} the
 * chart smooths them (debiased EMA), maps them to the axis (log10, percent) and hands the line chart
 * at most two points per pixel column per curve. With smoothing on, the raw curve is drawn faintly
 * beneath the smoothed one. FX thread only.
 */
public final class TrainingChart {

    private static final int DEFAULT_COLUMNS = 1000;
    static final String STYLESHEET = Objects.requireNonNull(
            TrainingChart.class.getResource("training-charts.css")).toExternalForm();

    private final ChartMetric metric;
    private final List<PlottedRun> runs;
    private final PlotAxis epochAxis = new PlotAxis("epoch");
    private final PlotAxis valueAxis;
    /** Wraps onto more rows when many runs are overlaid. */
    private final FlowPane legend = new FlowPane();
    private final MarkedLineChart chart;
    private final List<RunCurves> curves = new ArrayList<>();
    private List<Object> legendKey = List.of();

    private double smoothing;
    private boolean logScale;
    private int plannedEpochs;
    private int columns = DEFAULT_COLUMNS;

    /**
     * @param runs the runs to draw, the current one first; read on each refresh (the owner adds and
     *             removes runs, then calls {@link #refresh()})
     */
    public TrainingChart(ChartMetric metric, List<PlottedRun> runs) {
        this.metric = metric;
        this.runs = runs;
        valueAxis = new PlotAxis(metric.axisLabel());
        epochAxis.setWholeNumbers(true);
        legend.getStyleClass().add("training-legend");
        // the chart sizes its legend to min(preferred width, its own width): wrap at the chart's width, not at 400 px
        legend.setPrefWrapLength(4000);
        chart = new MarkedLineChart(epochAxis, valueAxis, legend);
        legend.prefWrapLengthProperty().bind(chart.widthProperty().subtract(40));
        chart.setTitle(metric.title());
        chart.getStylesheets().addAll(LabChartStyle.STYLESHEET, STYLESHEET);
        chart.setHoverText(this::hoverText);
        epochAxis.widthProperty().addListener((obs, old, width) -> {
            int c = columnsFor(width.doubleValue());
            if (c != columns) {
                columns = c;
                refresh();
            }
        });
    }

    /** The chart with its title, axes, legend and markers: what the window shows and the PNG holds. */
    public Region node() {
        return chart;
    }

    public ChartMetric metric() {
        return metric;
    }

    public void setTitle(String title) {
        chart.setTitle(title);
    }

    public void setValueAxisLabel(String label) {
        valueAxis.setLabel(label);
    }

    public String valueAxisLabel() {
        return valueAxis.getLabel();
    }

    /** The smoothing weight w in [0, 1); the chart redraws at once. */
    public void setSmoothing(double weight) {
        setSmoothing(weight, true);
    }

    void setSmoothing(double weight, boolean redraw) {
        if (!(weight >= 0 && weight < 1)) {
            throw new IllegalArgumentException("smoothing must be in [0, 1), got " + weight);
        }
        smoothing = weight;
        if (redraw) {
            refresh();
        }
    }

    /** A log10 value axis (for losses); the chart redraws at once. */
    public void setLogScale(boolean log) {
        setLogScale(log, true);
    }

    void setLogScale(boolean log, boolean redraw) {
        logScale = log;
        valueAxis.setLogScale(log);
        if (redraw) {
            refresh();
        }
    }

    /** The epochs the run is set to last: the epoch axis spans at least this many, so a live curve grows rightwards. */
    public void setPlannedEpochs(int epochs) {
        setPlannedEpochs(epochs, true);
    }

    void setPlannedEpochs(int epochs, boolean redraw) {
        plannedEpochs = Math.max(0, epochs);
        if (redraw) {
            refresh();
        }
    }

    public void setMarkers(ChartMarkers markers) {
        chart.setMarkers(markers, currentLastEpoch());
    }

    public ChartMarkers markers() {
        return chart.markers();
    }

    /** A thin vertical cursor at the epoch the inspection views show (0 hides it). */
    public void setCursorEpoch(int epoch) {
        chart.setCursor(epoch);
    }

    public int cursorEpoch() {
        return chart.cursorEpoch();
    }

    /** A distinct marker where a replayed early stopping would have stopped, with its label (0 hides it). */
    public void setReplayMarker(int epoch, String label) {
        chart.setReplayMarker(epoch, label);
    }

    /** The epoch of the replay marker, 0 when hidden. */
    public int replayEpoch() {
        return chart.replayEpoch();
    }

    public String replayLabel() {
        return chart.replayLabelText();
    }

    public PlotAxis valueAxis() {
        return valueAxis;
    }

    public PlotAxis epochAxis() {
        return epochAxis;
    }

    /** Points the chart holds for a run's curve (the smoothed one when smoothing is on), after downsampling. */
    public int plottedPoints(int run, ChartQuantity quantity) {
        return curves.get(run).shown(quantity).getData().size();
    }

    /** Points of the faint raw curve beneath a smoothed one (0 when smoothing is off). */
    public int plottedRawPoints(int run, ChartQuantity quantity) {
        return curves.get(run).faint(quantity).getData().size();
    }

    /** Pixel columns the curves are downsampled to. */
    public int columns() {
        return columns;
    }

    /** Shows the hover guide and read-out at an epoch, as the mouse does (0 hides them). */
    public void hoverAt(int epoch) {
        chart.showHover(epoch, null);
    }

    public void hoverAt(int epoch, Point2D plotPoint) {
        chart.showHover(epoch, plotPoint);
    }

    /** The epoch under the hover guide, 0 when none. */
    public int hoverEpoch() {
        return chart.hoverEpoch();
    }

    /** The text of the hover read-out ("" when hidden). */
    public String hoverReadout() {
        return chart.readoutText();
    }

    /** Redraws every curve from the runs' histories. */
    public void refresh() {
        syncCurves();
        int last = 0;
        for (PlottedRun run : runs) {
            last = Math.max(last, run.history().lastEpoch());
        }
        epochAxis.setBounds(0, Math.max(Math.max(plannedEpochs, last), 1));
        double[] range = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (int r = 0; r < runs.size(); r++) {
            RunHistoryModel history = runs.get(r).history();
            RunCurves c = curves.get(r);
            drawCurve(history, metric.train(), c, range);
            drawCurve(history, metric.validation(), c, range);
        }
        double min = metric == ChartMetric.LOSS && !logScale ? Math.min(0, range[0]) : range[0];
        valueAxis.fit(min, range[1], logScale ? Double.NEGATIVE_INFINITY : 0, metric.ceiling());
        updateLegend();
        chart.setMarkers(chart.markers(), currentLastEpoch());
    }

    private int currentLastEpoch() {
        return runs.isEmpty() ? 0 : runs.get(0).history().lastEpoch();
    }

    private static int columnsFor(double width) {
        return width >= 1 ? (int) Math.ceil(width) : DEFAULT_COLUMNS;
    }

    private void drawCurve(RunHistoryModel history, ChartQuantity q, RunCurves c, double[] range) {
        int n = history.size();
        double[] epochs = history.epochs().backingArray();
        double[] raw = history.series(q).backingArray();
        double[] smoothed = c.smoothed(q, n);
        DebiasedEma.smooth(raw, n, smoothing, smoothed);
        double[] plotted = toAxis(smoothed, n);
        PlotPoints shown = MinMaxDownsampler.downsample(epochs, plotted, n, epochAxis.getLowerBound(),
                epochAxis.getUpperBound(), columns);
        PlotPoints faint = smoothing > 0
                ? MinMaxDownsampler.downsample(epochs, toAxis(raw, n), n, epochAxis.getLowerBound(),
                        epochAxis.getUpperBound(), columns)
                : new PlotPoints(0);
        widen(range, shown);
        widen(range, faint);
        setPoints(c.shown(q), shown);
        setPoints(c.faint(q), faint);
    }

    /** Values as plotted: × 100 for percentages, then log10 on a log axis (0 and below become -∞ and are skipped). */
    private double[] toAxis(double[] values, int n) {
        double[] out = new double[n];
        double factor = metric.displayFactor();
        for (int i = 0; i < n; i++) {
            double v = values[i] * factor;
            out[i] = logScale ? (v > 0 ? Math.log10(v) : Double.NEGATIVE_INFINITY) : v;
        }
        return out;
    }

    private static void widen(double[] range, PlotPoints p) {
        for (int i = 0; i < p.size(); i++) {
            range[0] = Math.min(range[0], p.y(i));
            range[1] = Math.max(range[1], p.y(i));
        }
    }

    /** Replaces a series' points, reusing its data objects so the chart does not rebuild nodes. */
    private static void setPoints(XYChart.Series<Number, Number> series, PlotPoints p) {
        ObservableList<XYChart.Data<Number, Number>> data = series.getData();
        int reuse = Math.min(data.size(), p.size());
        for (int i = 0; i < reuse; i++) {
            XYChart.Data<Number, Number> d = data.get(i);
            if (d.getXValue().doubleValue() != p.x(i)) {
                d.setXValue(p.x(i));
            }
            if (d.getYValue().doubleValue() != p.y(i)) {
                d.setYValue(p.y(i));
            }
        }
        if (p.size() < data.size()) {
            data.remove(p.size(), data.size());
            if (p.size() == 0 && series.getNode() instanceof Path path) {
                // LineChart redraws a series' path only when it has points: an emptied one keeps its old line
                path.getElements().clear();
            }
        } else if (p.size() > data.size()) {
            List<XYChart.Data<Number, Number>> added = new ArrayList<>(p.size() - reuse);
            for (int i = reuse; i < p.size(); i++) {
                added.add(new XYChart.Data<>(p.x(i), p.y(i)));
            }
            data.addAll(added);
        }
    }

    /** Adds or removes series so that each run has its four curves, styled from its {@link RunStyle}. */
    private void syncCurves() {
        while (curves.size() > runs.size()) {
            RunCurves removed = curves.remove(curves.size() - 1);
            chart.getData().removeAll(removed.all());
        }
        for (int r = 0; r < runs.size(); r++) {
            if (r < curves.size() && curves.get(r).style.equals(runs.get(r).style())) {
                continue;
            }
            if (r < curves.size()) {
                chart.getData().removeAll(curves.get(r).all());
                curves.remove(r);
            }
            RunCurves c = new RunCurves(runs.get(r).style());
            curves.add(r, c);
            chart.getData().addAll(c.all());
            c.style(metric);
        }
    }

    private void updateLegend() {
        // records compared by value: the legend is rebuilt only when a run, its style or its validation changes
        List<Object> key = new ArrayList<>();
        for (PlottedRun run : runs) {
            key.add(run.style());
            key.add(run.history().hasValidation());
        }
        if (key.equals(legendKey)) {
            return;
        }
        legendKey = key;
        legend.getChildren().clear();
        boolean named = runs.stream().anyMatch(r -> !r.style().name().isEmpty());
        if (named && runs.size() > 2) {
            // one entry per run: its training and validation swatches, then its name
            legend.getChildren().add(new Label("dark: training " + metric.word() + ", light: validation "
                    + metric.word()));
            for (PlottedRun run : runs) {
                HBox swatches = new HBox(3, swatch(run.style(), metric.train()));
                if (run.history().hasValidation()) {
                    swatches.getChildren().add(swatch(run.style(), metric.validation()));
                }
                swatches.setAlignment(Pos.CENTER);
                legend.getChildren().add(new Label(run.style().name(), swatches));
            }
            return;
        }
        for (PlottedRun run : runs) {
            addLegendEntry(run.style(), metric.train(), "training " + metric.word());
            if (run.history().hasValidation()) {
                addLegendEntry(run.style(), metric.validation(), "validation " + metric.word());
            }
        }
    }

    private static Line swatch(RunStyle style, ChartQuantity q) {
        Line swatch = new Line(0, 0, 22, 0);
        swatch.setStyle(lineStyle(style, q, 1));
        swatch.getStyleClass().add("legend-swatch");
        return swatch;
    }

    private void addLegendEntry(RunStyle style, ChartQuantity q, String text) {
        // a run's name is given only while another run shares the chart
        boolean named = !style.name().isEmpty() && runs.size() > 1;
        Label label = new Label(named ? style.name() + ": " + text : text, swatch(style, q));
        label.setTooltip(new Tooltip(q.isValidation()
                ? "Measured on examples the network never trains on: how well it generalizes."
                : "Measured on the training examples, averaged over the epoch: how well it fits them."));
        legend.getChildren().add(label);
    }

    /** Colour and dashes; the width comes from the stylesheet (thicker in presentation mode). */
    private static String lineStyle(RunStyle style, ChartQuantity q, double opacity) {
        String dash = style.dashArray().isEmpty() ? "" : "-fx-stroke-dash-array: " + style.cssDashArray() + ";";
        return "-fx-stroke: " + RunStyle.css(style.colour(q), opacity) + ";" + dash;
    }

    private static void styleCurve(Node curve, String style, String widthClass) {
        curve.setStyle(style);
        if (!curve.getStyleClass().contains(widthClass)) {
            curve.getStyleClass().add(widthClass);
        }
    }

    /** Hides the hover guide and read-out until the mouse moves again. */
    void clearHover() {
        chart.clearHover();
    }

    private String hoverText(int epoch) {
        StringBuilder text = new StringBuilder("epoch " + epoch);
        boolean any = false;
        for (int r = 0; r < runs.size(); r++) {
            RunHistoryModel h = runs.get(r).history();
            int i = h.indexOf(epoch);
            if (i < 0) {
                continue;
            }
            any = true;
            String prefix = runs.get(r).style().name().isEmpty() ? "" : runs.get(r).style().name() + ": ";
            appendValue(text, prefix + "training  ", h.series(metric.train()).get(i), curves.get(r).smoothedValue(metric.train(), i));
            if (h.hasValidation()) {
                appendValue(text, prefix + "validation", h.series(metric.validation()).get(i),
                        curves.get(r).smoothedValue(metric.validation(), i));
            }
        }
        return any ? text.toString() : null;
    }

    private void appendValue(StringBuilder text, String name, double raw, double smoothed) {
        text.append('\n').append(name).append("  ").append(valueText(raw));
        if (smoothing > 0) {
            text.append("  (smoothed ").append(valueText(smoothed)).append(')');
        }
    }

    private String valueText(double v) {
        return metric == ChartMetric.ACCURACY
                ? NumberLabels.format(v * 100, 4) + " %"
                : NumberLabels.format(v, 4);
    }

    /** The four series of one run: faint raw and shown (smoothed or raw) curves, training and validation. */
    private static final class RunCurves {
        private final RunStyle style;
        private final XYChart.Series<Number, Number> faintTrain = new XYChart.Series<>();
        private final XYChart.Series<Number, Number> faintValidation = new XYChart.Series<>();
        private final XYChart.Series<Number, Number> shownTrain = new XYChart.Series<>();
        private final XYChart.Series<Number, Number> shownValidation = new XYChart.Series<>();
        private double[] smoothedTrain = new double[0];
        private double[] smoothedValidation = new double[0];

        RunCurves(RunStyle style) {
            this.style = style;
        }

        List<XYChart.Series<Number, Number>> all() {
            return List.of(faintTrain, faintValidation, shownTrain, shownValidation);
        }

        XYChart.Series<Number, Number> shown(ChartQuantity q) {
            return q.isValidation() ? shownValidation : shownTrain;
        }

        XYChart.Series<Number, Number> faint(ChartQuantity q) {
            return q.isValidation() ? faintValidation : faintTrain;
        }

        /** The smoothing output buffer for a quantity, at least n long. */
        double[] smoothed(ChartQuantity q, int n) {
            if (q.isValidation()) {
                if (smoothedValidation.length < n) {
                    smoothedValidation = new double[Math.max(n, 2 * smoothedValidation.length)];
                }
                return smoothedValidation;
            }
            if (smoothedTrain.length < n) {
                smoothedTrain = new double[Math.max(n, 2 * smoothedTrain.length)];
            }
            return smoothedTrain;
        }

        double smoothedValue(ChartQuantity q, int i) {
            double[] s = q.isValidation() ? smoothedValidation : smoothedTrain;
            return i < s.length ? s[i] : Double.NaN;
        }

        void style(ChartMetric metric) {
            styleCurve(faintTrain.getNode(), lineStyle(style, metric.train(), 0.28), "faint-curve");
            styleCurve(faintValidation.getNode(), lineStyle(style, metric.validation(), 0.28), "faint-curve");
            styleCurve(shownTrain.getNode(), lineStyle(style, metric.train(), 1), "shown-curve");
            styleCurve(shownValidation.getNode(), lineStyle(style, metric.validation(), 1), "shown-curve");
        }
    }
}
