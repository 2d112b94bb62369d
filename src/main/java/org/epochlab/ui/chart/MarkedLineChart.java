package org.epochlab.ui.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntFunction;

import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;

/**
 * A line chart over epochs that also draws the run's markers: the best epoch (a dashed line), the
 * overfitting region (shaded from its first epoch to the last one) and the stop point, each with a
 * small label, plus a hover guide with a read-out of the values under the mouse.
 *
 * <p>Never animated and without symbols: each series holds at most about two points per pixel.
 */
final class MarkedLineChart extends LineChart<Number, Number> {

    private static final double LABEL_GAP = 4;

    private final PlotAxis epochAxis;
    private final PlotAxis valueAxis;
    private final Rectangle overfitRegion = new Rectangle();
    private final Line bestLine = new Line();
    private final Line stopLine = new Line();
    private final Line hoverLine = new Line();
    private final Line cursorLine = new Line();
    private final Line replayLine = new Line();
    private final Label bestLabel = markerLabel("best-label",
            "The epoch with the lowest validation loss: the model that generalizes best.");
    private final Label overfitLabel = markerLabel("overfit-label",
            "From here on validation loss rises while training loss keeps falling: the model overfits.");
    private final Label stopLabel = markerLabel("stop-label", "Where training stopped, and why.");
    private final Label replayLabel = markerLabel("replay-label",
            "Where early stopping with the replay's patience and min delta would have stopped this run.");
    private final Label readout = new Label();

    private ChartMarkers markers = ChartMarkers.NONE;
    private int lastEpoch;
    private int hoverEpoch;
    private Point2D hoverPoint;
    private IntFunction<String> hoverText = epoch -> null;
    private int cursorEpoch;
    private int replayEpoch;

    MarkedLineChart(PlotAxis epochAxis, PlotAxis valueAxis, Node legend) {
        super(epochAxis, valueAxis);
        this.epochAxis = epochAxis;
        this.valueAxis = valueAxis;
        setAnimated(false);
        setCreateSymbols(false);
        setAxisSortingPolicy(SortingPolicy.NONE);
        setLegend(legend);
        getStyleClass().addAll(LabChartStyle.STYLE_CLASS, "training-chart");

        overfitRegion.getStyleClass().add("overfit-region");
        bestLine.getStyleClass().add("best-line");
        stopLine.getStyleClass().add("stop-line");
        hoverLine.getStyleClass().add("hover-line");
        cursorLine.getStyleClass().add("cursor-line");
        replayLine.getStyleClass().add("replay-line");
        readout.getStyleClass().add("hover-readout");
        for (Node n : List.of(overfitRegion, bestLine, stopLine, hoverLine, cursorLine, replayLine, bestLabel,
                overfitLabel, stopLabel, replayLabel, readout)) {
            n.setVisible(false);
            n.setManaged(false);
            // the labels take the mouse for their tooltips; lines and region let it through to the read-out
            n.setMouseTransparent(!(n instanceof Label) || n == readout);
        }
        getPlotChildren().addAll(overfitRegion, bestLine, stopLine, replayLine, cursorLine, hoverLine, overfitLabel,
                bestLabel, stopLabel, replayLabel, readout);

        addEventHandler(MouseEvent.MOUSE_MOVED, this::onMouseMoved);
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> clearHover());
    }

    private static Label markerLabel(String styleClass, String tooltip) {
        Label label = new Label();
        label.getStyleClass().addAll("marker-label", styleClass);
        label.setTooltip(new Tooltip(tooltip));
        return label;
    }

    /** The owner builds the legend (one entry per visible curve, not per series). */
    @Override
    protected void updateLegend() {
        // the legend node given to the constructor stays
    }

    @Override
    protected void seriesAdded(Series<Number, Number> series, int seriesIndex) {
        super.seriesAdded(series, seriesIndex);
        overfitRegion.toBack();
        for (Node n : List.of(bestLine, stopLine, replayLine, cursorLine, hoverLine, overfitLabel, bestLabel, stopLabel,
                replayLabel, readout)) {
            n.toFront();
        }
    }

    void setMarkers(ChartMarkers markers, int lastEpoch) {
        this.markers = markers;
        this.lastEpoch = lastEpoch;
        bestLabel.setText(markers.bestEpoch() > 0 ? markers.bestLabel() : "");
        overfitLabel.setText(markers.overfitEpoch() > 0 ? markers.overfitLabel() : "");
        stopLabel.setText(markers.stopEpoch() > 0 ? markers.stopLabel() : "");
        requestChartLayout();
    }

    ChartMarkers markers() {
        return markers;
    }

    /** A thin vertical cursor at {@code epoch} (the epoch the inspection views show); 0 hides it. */
    void setCursor(int epoch) {
        if (epoch != cursorEpoch) {
            cursorEpoch = Math.max(0, epoch);
            requestChartLayout();
        }
    }

    int cursorEpoch() {
        return cursorEpoch;
    }

    /** Where a replayed early stopping would have stopped, with its label; 0 hides it. */
    void setReplayMarker(int epoch, String label) {
        replayEpoch = Math.max(0, epoch);
        replayLabel.setText(replayEpoch > 0 && label != null ? label : "");
        requestChartLayout();
    }

    int replayEpoch() {
        return replayEpoch;
    }

    String replayLabelText() {
        return replayLabel.getText();
    }

    void setHoverText(IntFunction<String> hoverText) {
        this.hoverText = hoverText;
    }

    /** Shows the guide and read-out at {@code epoch} (0 hides them); {@code at} places the read-out, null = top left. */
    void showHover(int epoch, Point2D at) {
        String text = epoch > 0 ? hoverText.apply(epoch) : null;
        hoverEpoch = text == null ? 0 : epoch;
        hoverPoint = at;
        readout.setText(text == null ? "" : text);
        requestChartLayout();
    }

    void clearHover() {
        showHover(0, null);
    }

    int hoverEpoch() {
        return hoverEpoch;
    }

    String readoutText() {
        return readout.getText();
    }

    private void onMouseMoved(MouseEvent e) {
        Parent plot = bestLine.getParent();
        if (plot == null || lastEpoch < 1) {
            return;
        }
        Point2D p = plot.sceneToLocal(e.getSceneX(), e.getSceneY());
        if (p.getX() < 0 || p.getX() > epochAxis.getWidth() || p.getY() < 0 || p.getY() > valueAxis.getHeight()) {
            clearHover();
            return;
        }
        int epoch = (int) Math.round(epochAxis.getValueForDisplay(p.getX()).doubleValue());
        showHover(Math.max(1, Math.min(lastEpoch, epoch)), p);
    }

    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        double width = epochAxis.getWidth();
        double height = valueAxis.getHeight();

        List<Label> labels = new ArrayList<>();
        layoutVerticalLine(bestLine, markers.bestEpoch(), height);
        layoutVerticalLine(stopLine, markers.stopEpoch(), height);
        layoutVerticalLine(cursorLine, cursorEpoch, height);
        layoutVerticalLine(replayLine, replayEpoch, height);
        if (markers.overfitEpoch() > 0 && lastEpoch >= markers.overfitEpoch()) {
            double left = x(markers.overfitEpoch());
            double right = Math.max(left + 1, x(lastEpoch));
            overfitRegion.setX(left);
            overfitRegion.setY(0);
            overfitRegion.setWidth(right - left);
            overfitRegion.setHeight(height);
            overfitRegion.setVisible(true);
            labels.add(overfitLabel);
        } else {
            overfitRegion.setVisible(false);
        }
        if (bestLine.isVisible()) {
            labels.add(bestLabel);
        }
        if (stopLine.isVisible()) {
            labels.add(stopLabel);
        }
        if (replayLine.isVisible() && !replayLabel.getText().isEmpty()) {
            labels.add(replayLabel);
        }
        for (Label l : List.of(bestLabel, overfitLabel, stopLabel, replayLabel)) {
            l.setVisible(labels.contains(l));
        }
        placeLabels(labels, width);
        layoutHover(width, height);
    }

    private double x(int epoch) {
        return epochAxis.getDisplayPosition(epoch);
    }

    private void layoutVerticalLine(Line line, int epoch, double height) {
        boolean shown = epoch > 0 && lastEpoch > 0;
        line.setVisible(shown);
        if (shown) {
            double x = Math.round(x(epoch)) + 0.5;
            line.setStartX(x);
            line.setEndX(x);
            line.setStartY(0);
            line.setEndY(height);
        }
    }

    /**
     * Puts each label beside its marker, right of it when it fits and left otherwise, in the first
     * row from the top where it overlaps no label already placed.
     */
    private void placeLabels(List<Label> labels, double width) {
        List<double[]> taken = new ArrayList<>(); // {left, right, row}
        labels.sort(Comparator.comparingDouble(this::anchor));
        for (Label label : labels) {
            label.applyCss();
            double w = label.prefWidth(-1);
            double h = label.prefHeight(-1);
            label.resize(w, h);
            double anchor = anchor(label);
            double left = anchor + w + LABEL_GAP <= width ? anchor + LABEL_GAP : anchor - LABEL_GAP - w;
            left = Math.max(0, Math.min(width - w, left));
            int row = 0;
            while (overlaps(taken, left, left + w, row)) {
                row++;
            }
            taken.add(new double[] {left, left + w, row});
            label.relocate(left, LABEL_GAP + row * (h + 2));
        }
    }

    private double anchor(Label label) {
        if (label == bestLabel) {
            return x(markers.bestEpoch());
        }
        if (label == overfitLabel) {
            return x(markers.overfitEpoch());
        }
        if (label == replayLabel) {
            return x(replayEpoch);
        }
        return x(markers.stopEpoch());
    }

    private static boolean overlaps(List<double[]> taken, double left, double right, int row) {
        for (double[] t : taken) {
            if (t[2] == row && left < t[1] + LABEL_GAP && right + LABEL_GAP > t[0]) {
                return true;
            }
        }
        return false;
    }

    private void layoutHover(double width, double height) {
        boolean shown = hoverEpoch > 0;
        hoverLine.setVisible(shown);
        readout.setVisible(shown);
        if (!shown) {
            return;
        }
        double x = Math.round(x(hoverEpoch)) + 0.5;
        hoverLine.setStartX(x);
        hoverLine.setEndX(x);
        hoverLine.setStartY(0);
        hoverLine.setEndY(height);
        readout.applyCss();
        double w = readout.prefWidth(-1);
        double h = readout.prefHeight(-1);
        readout.resize(w, h);
        double px = hoverPoint == null ? x : hoverPoint.getX();
        double py = hoverPoint == null ? height / 2 : hoverPoint.getY();
        double left = px + 14 + w <= width ? px + 14 : px - 14 - w;
        double top = py + 14 + h <= height ? py + 14 : py - 14 - h;
        readout.relocate(Math.max(0, left), Math.max(0, top));
    }
}
