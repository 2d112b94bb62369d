package org.epochlab.ui.config;

import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;

import org.controlsfx.control.ToggleSwitch;

/** Early stopping: on or off, patience, min delta, and whether the best epoch's weights come back. */
final class EarlyStoppingSection extends FormSection {

    private final FormFields fields;
    private final ConfigViewModel vm;

    EarlyStoppingSection(FormFields fields) {
        super("Early stopping");
        this.fields = fields;
        this.vm = fields.vm();

        ToggleSwitch on = new ToggleSwitch();
        on.setId("earlyStoppingSwitch");
        on.setTooltip(FormSection.tip("Stop when validation loss has not improved for 'patience' epochs."));
        on.selectedProperty().bindBidirectional(vm.earlyStoppingProperty());
        on.setMaxWidth(Region.USE_PREF_SIZE);
        row("Stop early", on, fields.problemLabel("earlyStopping", on));
        TextField patience = fields.text("patience", "Epochs without improvement before stopping.");
        TextField minDelta = fields.text("minDelta", "How much validation loss must fall to count as an improvement.");
        CheckBox restore = new CheckBox("restore the best epoch's weights");
        restore.setId("restoreBestCheck");
        restore.setTooltip(FormSection.tip("After stopping, go back to the weights of the best validation epoch."));
        restore.selectedProperty().bindBidirectional(vm.restoreBestWeightsProperty());
        Node patienceRow = fields.row(this, "Patience", patience, "patience");
        Node minDeltaRow = fields.row(this, "Min delta", minDelta, "minDelta");
        row("", restore, null);
        for (Node n : List.of(patience, minDelta, restore, patienceRow, minDeltaRow)) {
            n.disableProperty().bind(on.selectedProperty().not());
        }
    }
}
