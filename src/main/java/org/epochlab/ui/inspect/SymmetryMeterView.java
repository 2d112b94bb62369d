package org.epochlab.ui.inspect;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

import org.epochlab.ui.chart.MinMaxDownsampler;
import org.epochlab.ui.chart.PlotPoints;
import org.epochlab.ui.chart.SeriesBuffer;

/**
 * How many different neurons each hidden layer really has: a big count ("1 distinct neuron of 16",
 * highlighted when a layer has collapsed into copies of one neuron), the mean cosine similarity of
 * its neurons' weight vectors, and that similarity per epoch as a small curve on a fixed −1 … 1
 * scale. Feed it through {@link #model()} on the FX thread.
 */
public final class SymmetryMeterView extends VBox {

    static final double CURVE_WIDTH = 220;
    static final double CURVE_HEIGHT = 56;

    private final SymmetryMeterViewModel model = new SymmetryMeterViewModel();
    private final List<LayerRow> rows = new ArrayList<>();
    private final Label title = new Label("Symmetry meter");

    public SymmetryMeterView() {
        createView();
        model.revisionProperty().addListener((obs, old, now) -> refresh());
    }

    private void createView() {
        setId("symmetryMeter");
        setSpacing(8);
        getStyleClass().add("inspect-view");
        getStylesheets().add(InspectStyles.STYLESHEET);
        title.getStyleClass().add("inspect-title");
        getChildren().add(title);
        Tooltip.install(this, new Tooltip("How many hidden neurons of each layer compute something different, "
                + "and how alike their weights are (cosine 1 = all the same direction)"));
    }

    public SymmetryMeterViewModel model() {
        return model;
    }

    /** Brings every row up to date with the model; called on every model change. */
    private void refresh() {
        while (rows.size() > model.layerCount()) {
            getChildren().remove(rows.remove(rows.size() - 1).node);
        }
        while (rows.size() < model.layerCount()) {
            LayerRow row = new LayerRow(rows.size());
            rows.add(row);
            getChildren().add(row.node);
        }
        for (int l = 0; l < rows.size(); l++) {
            rows.get(l).update(model, l);
        }
        title.setText(model.hasRun() && model.layerCount() == 0 ? "Symmetry meter: this network has no hidden layer"
                : "Symmetry meter");
    }

    /** One hidden layer: the count, the similarity and its curve. */
    private static final class LayerRow {

        final FlowPane node = new FlowPane(14, 6);
        final Label count = new Label();
        final Label unit = new Label();
        final Label cosine = new Label();
        final Label warning = new Label("its neurons are copies: the layer works like a single neuron");
        final Canvas curve = new Canvas(CURVE_WIDTH, CURVE_HEIGHT);
        final Label epochRange = new Label();
        final Label name;

        LayerRow(int layer) {
            name = new Label("Hidden layer " + (layer + 1));
            name.getStyleClass().add("inspect-title");
            node.getStyleClass().add("symmetry-layer");
            node.setId("symmetryLayer-" + layer);
            count.setId("symmetryCount-" + layer);
            count.getStyleClass().add("symmetry-count");
            unit.setId("symmetryUnit-" + layer);
            unit.getStyleClass().add("symmetry-unit");
            cosine.setId("symmetryCosine-" + layer);
            warning.getStyleClass().add("symmetry-warning");
            warning.setWrapText(true);
            warning.setMinHeight(Region.USE_PREF_SIZE);
            curve.setId("symmetryCurve-" + layer);
            count.setMinWidth(Region.USE_PREF_SIZE);
            unit.setMinWidth(Region.USE_PREF_SIZE);
            warning.setPrefWidth(230);
            HBox number = new HBox(6, count, unit);
            number.setAlignment(Pos.BASELINE_LEFT);
            VBox text = new VBox(2, name, number, cosine, warning);
            text.setMinWidth(200);
            epochRange.setId("symmetryEpochs-" + layer);
            epochRange.getStyleClass().add("symmetry-axis");
            VBox curveBox = new VBox(2, new Label("cosine similarity per epoch"), curve, epochRange);
            curveBox.setMinWidth(Region.USE_PREF_SIZE);
            node.getChildren().addAll(text, curveBox);
            node.setAlignment(Pos.CENTER_LEFT);
            Tooltip.install(curve, new Tooltip("Mean cosine similarity of this layer's neurons at each epoch; "
                    + "dashed lines at 1 (all alike) and 0 (unrelated)"));
        }

        void update(SymmetryMeterViewModel model, int layer) {
            boolean collapsed = model.collapsed(layer);
            int distinct = model.distinct(layer);
            count.setText(distinct == 0 ? "–" : Integer.toString(distinct));
            unit.setText(distinct == 0 ? model.distinctText(layer) : model.unitText(layer));
            cosine.setText(model.cosineText(layer));
            warning.setVisible(collapsed);
            warning.setManaged(collapsed);
            if (collapsed != node.getStyleClass().contains("collapsed")) {
                if (collapsed) {
                    node.getStyleClass().add("collapsed");
                } else {
                    node.getStyleClass().remove("collapsed");
                }
            }
            node.setAccessibleText("Hidden layer " + (layer + 1) + ": " + model.distinctText(layer) + ", "
                    + model.cosineText(layer));
            draw(model.epochs(), model.cosineHistory(layer), collapsed);
        }

        /** The curve over epochs 1 … last, y from −1 (bottom) to 1 (top). */
        private void draw(SeriesBuffer epochs, SeriesBuffer values, boolean collapsed) {
            GraphicsContext g = curve.getGraphicsContext2D();
            double w = curve.getWidth();
            double h = curve.getHeight();
            g.setFill(Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.setStroke(Color.gray(0.75));
            g.setLineWidth(1);
            g.setLineDashes(3, 3);
            g.strokeLine(0, y(1, h), w, y(1, h));
            g.strokeLine(0, y(0, h), w, y(0, h));
            g.setLineDashes();
            g.setStroke(Color.gray(0.6));
            g.strokeRect(0.5, 0.5, w - 1, h - 1);
            int n = epochs.size();
            epochRange.setText(n == 0 ? "no epoch yet" : "epochs " + (int) epochs.get(0) + " to " + (int) epochs.get(n - 1)
                    + " · scale −1 to 1");
            if (n == 0) {
                return;
            }
            double first = epochs.get(0);
            double last = Math.max(first + 1, epochs.get(n - 1));
            PlotPoints points = MinMaxDownsampler.downsample(epochs.toArray(), values.toArray(), n, first, last,
                    (int) w);
            g.setStroke(collapsed ? Color.web("#d55e00") : Color.web("#0072b2"));
            g.setLineWidth(2);
            g.beginPath();
            for (int i = 0; i < points.size(); i++) {
                double px = 2 + (points.x(i) - first) / (last - first) * (w - 4);
                double py = y(points.y(i), h);
                if (i == 0) {
                    g.moveTo(px, py);
                } else {
                    g.lineTo(px, py);
                }
            }
            g.stroke();
        }

        /** Room above 1 and below −1, so that a curve at 1 stays clear of the frame. */
        private static final double MARGIN = 6;

        private static double y(double value, double h) {
            return MARGIN + (1 - value) / 2 * (h - 2 * MARGIN);
        }
    }
}
