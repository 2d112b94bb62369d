package org.epochlab.ui.runs;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;

import org.epochlab.experiment.run.RunFileException;
import org.epochlab.experiment.run.RunMessages;
import org.epochlab.experiment.run.RunRecord;
import org.epochlab.experiment.run.RunSetFile;

/**
 * The run history as a table: tick a run to draw it over the chart, edit its name in place, pick the baseline
 * the "differs from baseline" column compares with, delete runs, and save or open sets of runs. Problems with
 * files show as a notice above the table that the user dismisses; nothing here is modal but the file choosers.
 */
public final class RunHistoryView extends VBox {

    private final RunHistoryViewModel vm;
    private final TableView<RunRow> table = new TableView<>();

    public RunHistoryView(RunHistoryViewModel vm) {
        this.vm = vm;
        setId("runHistory");
        getStyleClass().add("run-history");
        setSpacing(4);
        getChildren().addAll(notice(), toolbar(), table);
        VBox.setVgrow(table, Priority.ALWAYS);
        createTable();
    }

    public TableView<RunRow> table() {
        return table;
    }

    private Region notice() {
        Label text = new Label();
        text.setId("runHistoryNotice");
        text.setWrapText(true);
        text.textProperty().bind(vm.noticeProperty());
        Button dismiss = new Button("Dismiss");
        dismiss.setId("dismissRunNotice");
        HBox box = new HBox(8, text, dismiss);
        box.getStyleClass().add("run-history-notice");
        box.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(text, Priority.ALWAYS);
        box.visibleProperty().bind(vm.noticeProperty().isNotEmpty());
        box.managedProperty().bind(box.visibleProperty());
        dismiss.setOnAction(e -> {
            box.visibleProperty().unbind();
            box.setVisible(false);
        });
        return box;
    }

    private HBox toolbar() {
        ComboBox<RunRow> baseline = new ComboBox<>(vm.rows());
        baseline.setId("baselineBox");
        baseline.setTooltip(new Tooltip("The run the \"differs from baseline\" column compares every run with"));
        baseline.valueProperty().bindBidirectional(vm.baselineProperty());
        baseline.setConverter(new StringConverter<>() {
            @Override
            public String toString(RunRow row) {
                return row == null ? "" : row.run().name();
            }

            @Override
            public RunRow fromString(String text) {
                return null;
            }
        });
        baseline.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(RunRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : row.run().name());
            }
        });
        baseline.setPrefWidth(200);
        baseline.valueProperty().addListener((o, was, now) -> table.refresh());

        Button none = new Button("Hide overlays");
        none.setId("hideOverlaysButton");
        none.setOnAction(e -> vm.rows().forEach(r -> r.setOverlaid(false)));
        Button delete = new Button("Delete");
        delete.setId("deleteRunButton");
        delete.setTooltip(new Tooltip("Removes the selected runs from the history and their files from the workspace (Delete), after asking"));
        delete.disableProperty().bind(Bindings.isEmpty(table.getSelectionModel().getSelectedItems()));
        delete.setOnAction(e -> deleteSelected());

        Label hint = new Label("Tick runs to draw them over the chart; double-click a name to rename it.");
        hint.getStyleClass().add("run-history-hint");
        HBox bar = new HBox(8, new Label("Baseline"), baseline, none, delete, hint);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    /** Deletes the selected runs once the user confirms: a run's history and file cannot be brought back. */
    private void deleteSelected() {
        List<RunRow> chosen = List.copyOf(table.getSelectionModel().getSelectedItems());
        if (!chosen.isEmpty() && confirmDeletion(chosen)) {
            chosen.forEach(vm::delete);
        }
    }

    private boolean confirmDeletion(List<RunRow> chosen) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION);
        if (getScene() != null) {
            alert.initOwner(getScene().getWindow());
        }
        alert.setTitle("Delete runs");
        alert.setHeaderText(chosen.size() == 1 ? "Delete the run \u201c" + chosen.get(0).run().name() + "\u201d?"
                : "Delete " + chosen.size() + " runs?");
        Label text = new Label((chosen.size() == 1 ? "Its history leaves the run history and its file the workspace."
                : "Their histories leave the run history and their files the workspace.")
                + " This cannot be undone; File \u2192 Save runs\u2026 keeps a copy first.");
        text.setWrapText(true);
        alert.getDialogPane().setContent(text);
        alert.getDialogPane().setPrefWidth(460);
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE); // the whole text, never "…"
        ButtonType deleteType = new ButtonType("Delete", ButtonBar.ButtonData.OK_DONE);
        alert.getButtonTypes().setAll(deleteType, ButtonType.CANCEL);
        Button confirm = (Button) alert.getDialogPane().lookupButton(deleteType);
        confirm.setId("confirmDeleteButton");
        confirm.setDefaultButton(false); // Enter keeps the runs; deleting takes a deliberate choice
        ((Button) alert.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        return alert.showAndWait().filter(deleteType::equals).isPresent();
    }

    private void createTable() {
        table.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DELETE && table.getEditingCell() == null) {
                e.consume();
                deleteSelected();
            }
        });
        table.setId("runTable");
        table.setItems(vm.rows());
        table.setEditable(true);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setPlaceholder(new Label("Finished and stopped runs are listed here and kept in the workspace."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        TableColumn<RunRow, Boolean> overlay = new TableColumn<>("Overlay");
        overlay.setId("overlayColumn");
        overlay.setCellValueFactory(c -> c.getValue().overlaidProperty());
        overlay.setCellFactory(CheckBoxTableCell.forTableColumn(overlay));
        overlay.setEditable(true);
        overlay.setPrefWidth(64);
        overlay.setMaxWidth(80);

        TableColumn<RunRow, String> name = new TableColumn<>("Name");
        name.setId("nameColumn");
        name.setCellValueFactory(c -> c.getValue().runProperty().map(RunRecord::name));
        name.setCellFactory(TextFieldTableCell.forTableColumn());
        name.setOnEditCommit(e -> {
            vm.rename(e.getRowValue(), e.getNewValue());
            table.refresh();
        });
        name.setEditable(true);
        name.setPrefWidth(180);

        TableColumn<RunRow, String> differs = new TableColumn<>("Differs from baseline");
        differs.setId("differsColumn");
        differs.setCellValueFactory(c -> new ReadOnlyStringWrapper(vm.differences(c.getValue())));
        differs.setEditable(false);
        differs.setPrefWidth(260);

        TableColumn<RunRow, String> reason = text("Stop reason", "stopColumn", RunColumns::stopReason, 110);
        reason.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                TableRow<RunRow> row = getTableRow();
                setText(empty ? null : item);
                setTooltip(empty || row == null || row.getItem() == null ? null
                        : new Tooltip(RunMessages.outcome(row.getItem().run())));
            }
        });

        table.getColumns().add(overlay);
        table.getColumns().add(name);
        table.getColumns().add(differs);
        table.getColumns().add(text("Best epoch", "bestEpochColumn", RunColumns::bestEpoch, 80));
        table.getColumns().add(text("Best val. loss", "bestLossColumn", RunColumns::bestValidationLoss, 100));
        table.getColumns().add(text("Final gap", "gapColumn", RunColumns::finalGap, 80));
        table.getColumns().add(reason);
        table.getColumns().add(text("Time", "timeColumn", RunColumns::time, 70));
    }

    private static TableColumn<RunRow, String> text(String title, String id, Function<RunRecord, String> of,
                                                     double width) {
        TableColumn<RunRow, String> c = new TableColumn<>(title);
        c.setId(id);
        c.setCellValueFactory(cell -> {
            ObservableValue<String> v = cell.getValue().runProperty().map(of);
            return v;
        });
        c.setEditable(false);
        c.setPrefWidth(width);
        return c;
    }

    // ---- files ----

    /** Asks for a file and saves the selected runs (all when none is selected) with their histories. */
    public void saveSet(Window owner) {
        FileChooser c = chooser("Save runs with their histories");
        c.setInitialFileName("runs" + RunSetFile.EXTENSION);
        File file = c.showSaveDialog(owner);
        if (file == null) {
            return;
        }
        try {
            vm.saveSet(file.toPath(), List.copyOf(table.getSelectionModel().getSelectedItems()));
        } catch (IOException e) {
            error(owner, "The runs were not saved", e.getMessage());
        }
    }

    /** Asks for a run set file and adds its runs to the history, ticked for the chart. */
    public void openSet(Window owner) {
        File file = chooser("Open saved runs").showOpenDialog(owner);
        if (file != null) {
            openSet(owner, file.toPath());
        }
    }

    public void openSet(Window owner, Path file) {
        try {
            vm.openSet(file).forEach(r -> r.setOverlaid(true));
        } catch (RunFileException e) {
            error(owner, "The runs could not be opened", e.getMessage());
        }
    }

    private static FileChooser chooser(String title) {
        FileChooser c = new FileChooser();
        c.setTitle(title);
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter("Epoch Lab runs", "*" + RunSetFile.EXTENSION));
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter("All files", "*"));
        return c;
    }

    private static void error(Window owner, String header, String message) {
        Alert a = new Alert(Alert.AlertType.ERROR, message);
        a.initOwner(owner);
        a.setHeaderText(header);
        a.show();
    }
}
