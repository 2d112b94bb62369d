package org.epochlab.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

import org.epochlab.ui.config.Digits;

/** The run controls above the chart: Train, Pause/Resume, Step, Stop, Continue (+N epochs), Reset. */
final class RunBar extends HBox {

    private final Spinner<Integer> moreEpochs =
            new Spinner<>(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, 100_000, 100, 10));

    RunBar(RunActions actions) {
        setId("runBar");
        getStyleClass().add("run-bar");
        setSpacing(6);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(6, 10, 6, 10));
        moreEpochs.setId("continueEpochsField");
        moreEpochs.setEditable(true);
        Digits.only(moreEpochs, 6);
        moreEpochs.setPrefWidth(90);
        moreEpochs.setTooltip(new Tooltip("How many more epochs Continue trains."));
        moreEpochs.getValueFactory().valueProperty().addListener((o, was, now) -> {
            if (now != null) {
                actions.continueEpochsProperty().set(now);
            }
        });
        var train = actions.train().button();
        train.getStyleClass().add("train-button");
        Label plus = new Label("+");
        Label epochsWord = new Label("epochs");
        getChildren().addAll(train, actions.pause().button(), actions.step().button(), actions.stop().button(),
                actions.continueRun().button(), plus, moreEpochs, epochsWord, actions.reset().button());
        for (var child : getChildren()) {
            if (child instanceof Button b) {
                b.setMinWidth(Control.USE_PREF_SIZE);
            }
        }
    }
}
