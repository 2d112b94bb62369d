package org.epochlab.ui.inspect;

import java.util.List;
import java.util.function.Supplier;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The validation split's confusion matrix at the selected epoch's weights: one row per actual
 * class, one column per predicted class, each cell its count, shaded by its share of the row (so a
 * rare class shows its errors as clearly as a common one); the accuracy is in the title. Scored off
 * the FX thread. Feed it through {@link #model()} on the FX thread.
 */
public final class ConfusionMatrixView extends BorderPane {

    /** Cell shade at a row share of 1. */
    private static final int SHADE = 0x0072B2;

    private final ConfusionMatrixViewModel model = new ConfusionMatrixViewModel();
    private final LatestWinsWorker worker = new LatestWinsWorker("confusion-matrix", 200);
    private final Label title = new Label();
    private final GridPane grid = new GridPane();
    private final ReadOnlyObjectWrapper<ConfusionMatrix> shown = new ReadOnlyObjectWrapper<>(this, "shown");
    private Label[][] cells = new Label[0][0];
    /** The class names that label the grid: a new run with the same classes reuses its cells. */
    private List<String> builtFor;

    public ConfusionMatrixView() {
        createView();
        model.revisionProperty().addListener((obs, old, now) -> requestRender());
    }

    private void createView() {
        setId("confusionMatrix");
        getStyleClass().add("inspect-view");
        getStylesheets().add(InspectStyles.STYLESHEET);
        title.setId("confusionTitle");
        title.getStyleClass().add("inspect-title");
        title.setText(model.emptyText());
        grid.setId("confusionGrid");
        grid.managedProperty().bind(grid.visibleProperty()); // hidden between runs, it takes no room
        grid.setHgap(2);
        grid.setVgap(2);
        // the axis titles sit outside the grid, so that their length never stretches a row or column
        Label predicted = new Label("predicted class →");
        Label actual = new Label("actual class →");
        actual.setRotate(90);
        VBox matrix = new VBox(2, predicted, grid);
        matrix.setAlignment(Pos.TOP_CENTER);
        HBox body = new HBox(4, new Group(actual), matrix);
        body.setAlignment(Pos.CENTER_LEFT);
        body.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        setTop(title);
        setCenter(body);
        BorderPane.setAlignment(body, Pos.TOP_LEFT);
        Tooltip.install(this, new Tooltip("How the validation examples of each actual class (rows) were "
                + "classified (columns): the diagonal is right, everything else a mistake"));
    }

    public ConfusionMatrixViewModel model() {
        return model;
    }

    /** The matrix on show (null when there is none). */
    public ReadOnlyObjectProperty<ConfusionMatrix> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** Scores and shows the current weights now, on the calling (FX) thread: for export and tests. */
    public void renderNow() {
        Supplier<ConfusionMatrix> job = model.computeJob();
        if (job != null) {
            show(job.get());
        }
    }

    /** Stops the scoring thread; the view stays as it is. */
    public void dispose() {
        worker.close();
    }

    private void requestRender() {
        Supplier<ConfusionMatrix> job = model.computeJob();
        if (job == null) {
            grid.setVisible(false); // kept: the next run with the same classes fills the same cells
            title.setText(model.emptyText());
            shown.set(null);
            return;
        }
        InspectedRun run = model.run();
        worker.submit(job, m -> {
            if (model.run() == run) {
                show(m);
            }
        });
    }

    private void show(ConfusionMatrix m) {
        int k = m.classes();
        if (!model.run().classNames().equals(builtFor)) {
            build(model.run().classNames());
            builtFor = model.run().classNames();
        }
        for (int a = 0; a < k; a++) {
            for (int p = 0; p < k; p++) {
                double share = m.rowShare(a, p);
                Label cell = cells[a][p];
                cell.setText(Integer.toString(m.counts()[a][p]));
                cell.setStyle("-fx-background-color: " + Colours.css(Colours.mixWithWhite(SHADE, share))
                        + "; -fx-text-fill: " + (share > 0.5 ? "white" : m.counts()[a][p] == 0 ? "#b0b0b0" : "#202020") + ";"
                        + (a == p ? " -fx-font-weight: bold;" : ""));
            }
        }
        grid.setVisible(true);
        title.setText(m.title());
        shown.set(m);
    }

    /** Headers and empty cells for k classes: names across the top (predicted) and down the side (actual). */
    private void build(List<String> names) {
        int k = names.size();
        grid.getChildren().clear();
        cells = new Label[k][k];
        for (int c = 0; c < k; c++) {
            Label column = header(names.get(c));
            grid.add(column, c + 1, 0);
            GridPane.setHalignment(column, HPos.CENTER);
            grid.add(header(names.get(c)), 0, c + 1);
            for (int p = 0; p < k; p++) {
                Label cell = new Label();
                cell.getStyleClass().add("confusion-cell");
                cell.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
                cell.setId("confusionCell-" + c + "-" + p);
                cells[c][p] = cell;
                grid.add(cell, p + 1, c + 1);
            }
        }
    }

    private static Label header(String name) {
        Label label = new Label(name);
        label.getStyleClass().add("confusion-header");
        return label;
    }
}
