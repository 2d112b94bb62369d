package org.epochlab.ui.config;

import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * A titled group of form rows: a label, the control, and under it a line for the problem with
 * the value (hidden while there is none).
 */
class FormSection extends VBox {

    private final GridPane grid = new GridPane();
    private int row;

    FormSection(String title) {
        getStyleClass().add("form-section");
        Label heading = new Label(title);
        heading.getStyleClass().add("form-heading");
        grid.setHgap(8);
        grid.setVgap(3);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(104);
        labels.setPrefWidth(104);
        ColumnConstraints controls = new ColumnConstraints();
        controls.setHgrow(Priority.ALWAYS);
        controls.setFillWidth(true);
        grid.getColumnConstraints().addAll(labels, controls);
        // the label column grows with the font (presentation mode): 104 px at the heading's 14 px
        heading.fontProperty().addListener((o, was, font) -> {
            double width = Math.max(104, 104 * font.getSize() / 14);
            labels.setMinWidth(width);
            labels.setPrefWidth(width);
        });
        setSpacing(4);
        setPadding(new Insets(0, 0, 6, 0));
        getChildren().addAll(heading, grid);
    }

    /** Shows or hides a row's label and control together (the grid closes the gap). */
    static void show(Label label, Node control, boolean shown) {
        for (Node n : new Node[] {label, control}) {
            n.setVisible(shown);
            n.setManaged(shown);
        }
    }

    /** Adds a labelled row; {@code problem} (may be null) goes on the line below it. */
    Label row(String label, Node control, Label problem) {
        Label l = new Label(label);
        l.setMinWidth(Control.USE_PREF_SIZE);
        l.setLabelFor(control);
        GridPane.setHalignment(l, HPos.LEFT);
        grid.add(l, 0, row);
        grid.add(control, 1, row);
        row++;
        if (problem != null) {
            grid.add(problem, 1, row);
            row++;
        }
        return l;
    }

    /** A row that spans both columns. */
    void wide(Node node) {
        grid.add(node, 0, row, 2, 1);
        row++;
    }

    static Tooltip tip(String text) {
        Tooltip t = new Tooltip(text);
        t.setShowDelay(Duration.millis(400));
        t.setShowDuration(Duration.seconds(20));
        t.setWrapText(true);
        t.setMaxWidth(360);
        return t;
    }
}
