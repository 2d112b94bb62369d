package org.epochlab.ui.config;

import java.util.List;

import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.StringConverter;

import org.epochlab.engine.OptimizerKind;

/** Training: optimizer, learning rate (log slider and exact field), batch size, epochs, L2 and dropout. */
final class TrainingSection extends FormSection {

    private final FormFields fields;
    private final ConfigViewModel vm;

    TrainingSection(FormFields fields) {
        super("Training");
        this.fields = fields;
        this.vm = fields.vm();

        ComboBox<OptimizerKind> optimizer = fields.combo("optimizerBox", List.of(OptimizerKind.values()), Names::of,
                "The rule that turns gradients into weight updates.");
        optimizer.valueProperty().bindBidirectional(vm.optimizerProperty());
        row("Optimizer", optimizer, fields.problemLabel("optimizer", optimizer));

        Slider lrSlider = new Slider(ConfigViewModel.MIN_LR_EXPONENT, ConfigViewModel.MAX_LR_EXPONENT, -2);
        lrSlider.setId("learningRateSlider");
        lrSlider.setMajorTickUnit(1);
        lrSlider.setMinorTickCount(0);
        lrSlider.setShowTickMarks(true);
        lrSlider.setShowTickLabels(true);
        lrSlider.setLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Double exponent) {
                return ConfigViewModel.format(Math.pow(10, Math.round(exponent)));
            }

            @Override
            public Double fromString(String s) {
                return Math.log10(Double.parseDouble(s));
            }
        });
        lrSlider.setTooltip(FormSection.tip("Learning rate on a log scale: each tick is ten times the last."));
        lrSlider.valueProperty().bindBidirectional(vm.learningRateExponentProperty());
        TextField lr = fields.text("learningRate", "Step size η of each weight update; type an exact value.");
        lr.setPrefColumnCount(7);
        HBox lrBox = new HBox(6, lr, lrSlider);
        HBox.setHgrow(lrSlider, Priority.ALWAYS);
        lrBox.setAlignment(Pos.TOP_LEFT);
        row("Learning rate", lrBox, fields.problemLabel("learningRate", lr));

        TextField batch = fields.text("batchSize", "Examples per weight update (one update per mini-batch).");
        CheckBox full = new CheckBox("full batch");
        full.setId("fullBatchCheck");
        full.setTooltip(FormSection.tip("Use every training example in each update: one update per epoch."));
        full.selectedProperty().bindBidirectional(vm.fullBatchProperty());
        batch.disableProperty().bind(full.selectedProperty());
        HBox batchBox = new HBox(10, batch, full);
        batchBox.setAlignment(Pos.CENTER_LEFT);
        row("Batch size", batchBox, fields.problemLabel("batchSize", batch));

        fields.row(this, "Epochs", fields.text("epochs", "Passes over the whole training set."), "epochs");
        fields.row(this, "L2", fields.text("l2", "Weight decay λ: adds ½λ·Σw² to the loss to keep weights small."), "l2");
        fields.row(this, "Dropout", fields.text("dropout", "Probability of silencing each hidden neuron in a training pass."),
                "dropout");
        Label paused = new Label("While paused, learning rate, L2 and dropout apply from the next epoch.");
        paused.getStyleClass().add("hint");
        paused.setWrapText(true);
        wide(paused);
    }
}
