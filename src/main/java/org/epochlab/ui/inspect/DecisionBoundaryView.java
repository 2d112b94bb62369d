package org.epochlab.ui.inspect;

import java.util.function.Supplier;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Rectangle;

import org.epochlab.engine.Samples;

/**
 * The predicted class over the input plane of a 2-D dataset, under its points: the class colour
 * shows what the network predicts there and its depth how sure it is; training points are filled
 * circles, validation points hollow rings. Updated live while training: the field is computed off
 * the FX thread, at most five times a second, always from the newest weights.
 *
 * <p>Feed it through {@link #model()} on the FX thread: {@code start} once per run, then
 * {@code feed} with each new weight snapshot.
 */
public final class DecisionBoundaryView extends BorderPane {

    private final DecisionBoundaryViewModel model = new DecisionBoundaryViewModel();
    private final LatestWinsWorker worker = new LatestWinsWorker("decision-boundary", 200);
    private final Label title = new Label("Decision boundary");
    private final Label axes = new Label();
    private final FlowPane legend = new FlowPane(12, 4);
    /** Declared before the plot, which shows it. */
    private final WritableImage field = new WritableImage(DecisionBoundaryViewModel.RESOLUTION,
            DecisionBoundaryViewModel.RESOLUTION);
    private final PlotArea plot = new PlotArea();
    private final Label notPlanar = new Label();
    private final ReadOnlyObjectWrapper<DecisionField> shown = new ReadOnlyObjectWrapper<>(this, "shown");

    public DecisionBoundaryView() {
        createView();
        model.revisionProperty().addListener((obs, old, now) -> requestRender());
        model.dataRevisionProperty().addListener((obs, old, now) -> dataChanged());
    }

    private void createView() {
        setId("decisionBoundary");
        getStyleClass().add("inspect-view");
        getStylesheets().add(InspectStyles.STYLESHEET);
        title.setId("decisionTitle");
        title.getStyleClass().add("inspect-title");
        legend.setId("decisionLegend");
        legend.setPadding(new Insets(6, 0, 0, 0));
        notPlanar.setId("decisionNotPlanar");
        notPlanar.setWrapText(true);
        plot.setId("decisionPlot");
        setTop(title);
        setCenter(plot);
        setBottom(new VBox(2, axes, legend));
        Tooltip.install(this, new Tooltip("The class the network predicts at each point of the plane, "
                + "deeper where it is surer, under the training (filled) and validation (ring) points"));
    }

    public DecisionBoundaryViewModel model() {
        return model;
    }

    /** The field on show (null before the first). */
    public ReadOnlyObjectProperty<DecisionField> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** Computes and shows the field now, on the calling (FX) thread: for export and tests. */
    public void renderNow() {
        Supplier<DecisionField> job = model.renderJob();
        if (job != null) {
            show(job.get(), model.epoch());
        }
    }

    /** Stops the drawing thread; the view stays as it is. */
    public void dispose() {
        worker.close();
    }

    private void requestRender() {
        Supplier<DecisionField> job = model.renderJob();
        if (job == null) {
            plot.showField(false);
            title.setText("Decision boundary");
            shown.set(null);
            return;
        }
        int epoch = model.epoch();
        InspectedRun run = model.run();
        worker.submit(job, f -> {
            if (model.run() == run) {
                show(f, epoch);
            }
        });
    }

    private void show(DecisionField f, int epoch) {
        field.getPixelWriter().setPixels(0, 0, f.width(), f.height(), PixelFormat.getIntArgbInstance(), f.argb(), 0,
                f.width());
        plot.showField(true);
        title.setText("Decision boundary at epoch " + epoch);
        shown.set(f);
    }

    private void dataChanged() {
        InspectedRun run = model.run();
        legend.getChildren().clear();
        if (run == null || !run.isPlanar()) {
            notPlanar.setText(run == null ? "No run yet."
                    : "The decision boundary is drawn for data with two features; this data has " + run.features() + ".");
            setCenter(notPlanar);
            axes.setText("");
            return;
        }
        setCenter(plot);
        axes.setText("across: " + run.featureNames().get(0) + " · up: " + run.featureNames().get(1));
        for (int c = 0; c < run.classes(); c++) {
            Rectangle swatch = new Rectangle(12, 12, ClassPalette.color(c));
            legend.getChildren().add(legendItem(swatch, run.classNames().get(c)));
        }
        Circle filled = new Circle(4.5, Color.gray(0.45));
        filled.setStroke(Color.gray(0.15));
        Circle ring = new Circle(4.5, Color.TRANSPARENT);
        ring.setStroke(Color.gray(0.3));
        ring.setStrokeWidth(2);
        legend.getChildren().addAll(legendItem(filled, "training"), legendItem(ring, "validation"),
                new Label("deeper shade: surer prediction"));
        plot.redrawPoints();
    }

    private static HBox legendItem(Node mark, String text) {
        Label label = new Label(text);
        label.getStyleClass().add("legend-swatch-label");
        HBox item = new HBox(4, mark, label);
        item.setAlignment(Pos.CENTER_LEFT);
        return item;
    }

    /** A square plot: the field image, with the points drawn over it on a canvas of the same size. */
    private final class PlotArea extends Region {

        private final ImageView image = new ImageView(field);
        private final Canvas points = new Canvas();

        PlotArea() {
            image.setSmooth(true);
            image.setVisible(false);
            getChildren().addAll(image, points);
            setMinSize(160, 160);
            setPrefSize(420, 420);
        }

        void showField(boolean visible) {
            image.setVisible(visible);
        }

        @Override
        protected void layoutChildren() {
            double side = Math.floor(Math.min(getWidth(), getHeight()));
            double x = Math.floor((getWidth() - side) / 2);
            image.setFitWidth(side);
            image.setFitHeight(side);
            image.relocate(x, 0);
            points.relocate(x, 0);
            if (points.getWidth() != side || points.getHeight() != side) {
                points.setWidth(side);
                points.setHeight(side);
                redrawPoints();
            }
        }

        void redrawPoints() {
            GraphicsContext g = points.getGraphicsContext2D();
            double side = points.getWidth();
            g.clearRect(0, 0, side, side);
            g.setStroke(Color.gray(0.55));
            g.setLineWidth(1);
            g.strokeRect(0.5, 0.5, side - 1, side - 1);
            InspectedRun run = model.run();
            PlaneRange range = model.range();
            if (run == null || range == null) {
                return;
            }
            drawPoints(g, run.train(), range, side, true);
            drawPoints(g, run.validation(), range, side, false);
        }

        private static void drawPoints(GraphicsContext g, Samples s, PlaneRange range, double side, boolean filled) {
            if (s == null) {
                return;
            }
            double r = 3.6;
            for (int i = 0; i < s.rows(); i++) {
                double x = range.toPixelX(s.feature(i, 0), side);
                double y = range.toPixelY(s.feature(i, 1), side);
                Color colour = ClassPalette.color(s.label(i));
                if (filled) {
                    g.setFill(colour);
                    g.fillOval(x - r, y - r, 2 * r, 2 * r);
                    g.setStroke(Color.gray(0.15));
                    g.setLineWidth(0.8);
                    g.strokeOval(x - r, y - r, 2 * r, 2 * r);
                } else {
                    g.setStroke(Color.gray(0.15));
                    g.setLineWidth(3.6);
                    g.strokeOval(x - r, y - r, 2 * r, 2 * r);
                    g.setStroke(colour);
                    g.setLineWidth(2);
                    g.strokeOval(x - r, y - r, 2 * r, 2 * r);
                }
            }
        }
    }
}
