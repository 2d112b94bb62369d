package org.epochlab.ui.config;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;

/** The four seeds, each with a button that draws a new one: same seeds, same run. */
final class SeedSection extends FormSection {

    private final FormFields fields;
    private final ConfigViewModel vm;

    SeedSection(FormFields fields) {
        super("Seeds");
        this.fields = fields;
        this.vm = fields.vm();

        seedRow("Split", "splitSeed", "Which examples go to training, validation and test.");
        seedRow("Data", "dataSeed", "Where the generated points fall.");
        seedRow("Weights", "initSeed", "The random initial weights.");
        seedRow("Shuffle", "shuffleSeed", "The order of examples in each epoch and the dropout masks.");
    }

    private void seedRow(String label, String key, String what) {
        TextField f = fields.text(key, "Seed of " + what.substring(0, 1).toLowerCase() + what.substring(1)
                + " Same seeds, same run.");
        Button again = new Button("New seed");
        String idStem = Character.toUpperCase(key.charAt(0)) + key.substring(1);
        again.setId("new" + idStem + "Button");
        again.setTooltip(FormSection.tip("Draws a new random " + label.toLowerCase() + " seed."));
        again.setOnAction(e -> vm.newSeed(key));
        again.setMinWidth(Control.USE_PREF_SIZE);
        HBox box = new HBox(6, f, again);
        box.setAlignment(Pos.CENTER_LEFT);
        row(label, box, fields.problemLabel(key, f));
    }
}
