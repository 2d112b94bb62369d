package org.epochlab.ui.config;

import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The hidden layers, input side first: one row per layer with its units, a button to remove it,
 * and a button to add one. Rows are rebuilt only when the number of layers changes, so typing
 * into a spinner keeps its focus.
 */
final class HiddenLayersEditor extends VBox {

    static final int MAX_UNITS = 1024;

    private final ConfigViewModel vm;
    private final VBox rows = new VBox(3);
    private int builtFor = -1;

    HiddenLayersEditor(ConfigViewModel vm) {
        this.vm = vm;
        setSpacing(4);
        setId("hiddenLayersBox");
        Button add = new Button("+ Add layer");
        add.setId("addLayerButton");
        add.setTooltip(FormSection.tip("Adds a hidden layer after the last one (same width)."));
        add.setOnAction(e -> vm.addHiddenLayer());
        getChildren().addAll(rows, add);
        vm.hiddenLayers().addListener((ListChangeListener<Integer>) c -> refresh());
        rebuild();
    }

    private void refresh() {
        if (builtFor != vm.hiddenLayers().size()) {
            rebuild();
            return;
        }
        for (int i = 0; i < vm.hiddenLayers().size(); i++) {
            @SuppressWarnings("unchecked")
            Spinner<Integer> s = (Spinner<Integer>) ((HBox) rows.getChildren().get(i)).getChildren().get(1);
            if (!s.getValue().equals(vm.hiddenLayers().get(i))) {
                s.getValueFactory().setValue(vm.hiddenLayers().get(i));
            }
        }
    }

    private void rebuild() {
        rows.getChildren().clear();
        builtFor = vm.hiddenLayers().size();
        if (vm.hiddenLayers().isEmpty()) {
            Label none = new Label("none: a linear model (inputs straight to outputs)");
            none.getStyleClass().add("hint");
            rows.getChildren().add(none);
            return;
        }
        for (int i = 0; i < vm.hiddenLayers().size(); i++) {
            rows.getChildren().add(row(i));
        }
    }

    private HBox row(int index) {
        int n = index + 1;
        Label name = new Label("Layer " + n);
        name.setMinWidth(52);
        Spinner<Integer> units = new Spinner<>(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, MAX_UNITS,
                vm.hiddenLayers().get(index)));
        units.setId("hiddenUnits" + n);
        units.setEditable(true);
        Digits.only(units, 4);
        units.setPrefWidth(90);
        units.setTooltip(FormSection.tip("Neurons in hidden layer " + n + " (1 to " + MAX_UNITS + ")."));
        units.valueProperty().addListener((o, was, now) -> {
            if (now != null) {
                vm.setHiddenUnits(index, now);
            }
        });
        units.getEditor().textProperty().addListener((o, was, now) -> {
            try {
                int v = Integer.parseInt(now.trim());
                if (v >= 1 && v <= MAX_UNITS) {
                    units.getValueFactory().setValue(v);
                }
            } catch (NumberFormatException e) {
                // an unfinished number: the spinner keeps its last value until focus leaves
            }
        });
        Label unitsWord = new Label("units");
        Button remove = new Button("✕");
        remove.setId("removeLayer" + n);
        remove.setTooltip(FormSection.tip("Removes hidden layer " + n + "."));
        remove.setOnAction(e -> vm.removeHiddenLayer(index));
        HBox row = new HBox(6, name, units, unitsWord, remove);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }
}
