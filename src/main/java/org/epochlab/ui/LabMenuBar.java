package org.epochlab.ui;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

import org.epochlab.data.DatasetCredits;
import org.epochlab.experiment.Preset;
import org.epochlab.experiment.Presets;
import org.epochlab.ui.lab.LabViewModel;
import org.epochlab.ui.run.RunPhase;

/** File, Run, Presets and Help. */
final class LabMenuBar extends MenuBar {

    LabMenuBar(Stage stage, LabViewModel lab, RunActions run, FileActions files, Runnable exit) {
        setId("menuBar");
        var hasHistory = lab.run().phaseProperty().isNotEqualTo(RunPhase.IDLE);

        Menu file = new Menu("_File");
        file.getItems().addAll(
                item("openCsvMenuItem", "Open CSV…", shortcut(KeyCode.O), files::openCsv),
                item("openConfigMenuItem", "Open config…", shortcut(KeyCode.O, KeyCombination.SHIFT_DOWN),
                        files::openConfig),
                item("saveConfigMenuItem", "Save config as JSON…", shortcut(KeyCode.S), files::saveConfig),
                new SeparatorMenuItem(),
                enabledWhen(item("exportPngMenuItem", "Export chart as PNG (1×)", shortcut(KeyCode.E),
                        () -> files.exportPng(1)), hasHistory),
                enabledWhen(item("exportPng2xMenuItem", "Export chart as PNG (2×)",
                        shortcut(KeyCode.E, KeyCombination.SHIFT_DOWN), () -> files.exportPng(2)), hasHistory),
                enabledWhen(item("exportHistoryMenuItem", "Export history as CSV…",
                        shortcut(KeyCode.H, KeyCombination.SHIFT_DOWN), files::exportHistory), hasHistory),
                new SeparatorMenuItem(),
                item("quitMenuItem", "Quit", shortcut(KeyCode.Q), () -> {
                    stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST));
                }));

        Menu runMenu = new Menu("_Run");
        for (UiAction a : run.all()) {
            runMenu.getItems().add(a.menuItem());
        }

        Menu presets = new Menu("_Presets");
        presets.setId("presetsMenu");
        // filled when first opened: building the presets (a config each) at start-up would delay the first frame
        MenuItem filling = new MenuItem("…");
        filling.setDisable(true);
        presets.getItems().add(filling);
        presets.setOnShowing(e -> fillPresets(presets, lab));

        Menu help = new Menu("_Help");
        help.getItems().add(item("aboutMenuItem", "About Epoch Lab", null, () -> about(stage)));
        getMenus().addAll(file, runMenu, presets, help);
    }

    /** The preset items, once: "digits — what it shows". */
    static void fillPresets(Menu presets, LabViewModel lab) {
        if (presets.getItems().size() == 1 && presets.getItems().get(0).getId() == null) {
            List<MenuItem> items = new ArrayList<>();
            for (Preset p : Presets.all()) {
                MenuItem m = new MenuItem(p.name() + " — " + p.shows());
                m.setId("preset-" + p.name());
                m.setOnAction(e -> lab.load(p.config()));
                items.add(m);
            }
            presets.getItems().setAll(items);
        }
    }

    private static MenuItem item(String id, String text, KeyCombination key, Runnable action) {
        MenuItem m = new MenuItem(text);
        m.setId(id);
        m.setAccelerator(key);
        m.setOnAction(e -> action.run());
        return m;
    }

    private static MenuItem enabledWhen(MenuItem m, ObservableBooleanValue enabled) {
        m.disableProperty().bind(Bindings.not(enabled));
        return m;
    }

    private static KeyCombination shortcut(KeyCode code, KeyCombination.Modifier... more) {
        KeyCombination.Modifier[] mods = new KeyCombination.Modifier[more.length + 1];
        mods[0] = KeyCombination.SHORTCUT_DOWN;
        System.arraycopy(more, 0, mods, 1, more.length);
        return new KeyCodeCombination(code, mods);
    }

    private static void about(Stage stage) {
        String version = LabMenuBar.class.getPackage().getImplementationVersion();
        Alert a = new Alert(Alert.AlertType.INFORMATION);
        a.initOwner(stage);
        a.setTitle("About Epoch Lab");
        a.setHeaderText("Epoch Lab " + (version == null ? "(development build)" : version));
        TextArea text = new TextArea("A lab for finding out what an epoch is, how many to train, when a model "
                + "starts to overfit, what early stopping does, and why setting every weight to zero fails.\n\n"
                + "Datasets\n" + DatasetCredits.text());
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount(10);
        text.setId("aboutText");
        a.getDialogPane().setContent(text);
        a.show();
    }
}
