package org.epochlab.ui.config;

import java.util.List;
import java.util.Set;
import java.util.function.Function;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The data: the dataset with a preview, CSV options, generated sets' size and noise, and the split fractions. */
final class DataSection extends FormSection {

    private final FormFields fields;
    private final ConfigViewModel vm;
    private final DatasetPreviews previews;
    private final List<String> builtIns;
    private final Set<String> generated;
    private final ComboBox<String> datasetBox = new ComboBox<>();
    private final ImageView previewImage = new ImageView();
    private final Label previewFacts = new Label();
    private final Label datasetDescription = new Label();

    DataSection(FormFields fields, DatasetPreviews previews, List<String> builtIns, Set<String> generated,
                Function<String, String> describe, Runnable openCsv) {
        super("Data");
        this.fields = fields;
        this.vm = fields.vm();
        this.previews = previews;
        this.builtIns = builtIns;
        this.generated = generated;

        datasetBox.setId("datasetBox");
        datasetBox.getItems().setAll(builtIns);
        datasetBox.setMaxWidth(Double.MAX_VALUE);
        datasetBox.setVisibleRowCount(10);
        datasetBox.setTooltip(FormSection.tip("The examples to learn from: a generated 2-D set or a real dataset."));
        datasetBox.setCellFactory(list -> new DatasetCell());
        datasetBox.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : Names.dataset(item));
            }
        });
        selectDataset(vm.datasetProperty().get());
        datasetBox.valueProperty().addListener((o, was, now) -> {
            if (now != null && !now.equals(vm.datasetProperty().get())) {
                vm.datasetProperty().set(now);
            }
        });
        vm.datasetProperty().addListener((o, was, now) -> {
            selectDataset(now);
            datasetDescription.setText(describe(describe, now));
        });
        Button open = new Button("Open CSV…");
        open.setId("openCsvButton");
        open.setTooltip(FormSection.tip("Loads your own CSV: one column per feature and a label column last."));
        open.setOnAction(e -> openCsv.run());
        open.setMinWidth(Control.USE_PREF_SIZE);
        HBox pick = new HBox(6, datasetBox, open);
        HBox.setHgrow(datasetBox, Priority.ALWAYS);
        row("Dataset", pick, fields.problemLabel("dataset", pick));

        previewImage.setId("datasetPreview");
        previewImage.setFitWidth(DatasetPreviews.PREVIEW);
        previewImage.setFitHeight(DatasetPreviews.PREVIEW);
        previewFacts.setId("datasetFacts");
        previewFacts.getStyleClass().add("facts");
        previewFacts.setWrapText(true);
        datasetDescription.setId("datasetDescription");
        datasetDescription.setWrapText(true);
        datasetDescription.getStyleClass().add("hint");
        datasetDescription.setText(describe(describe, vm.datasetProperty().get()));
        VBox words = new VBox(4, previewFacts, datasetDescription);
        words.setMinWidth(0);
        HBox.setHgrow(words, Priority.ALWAYS);
        HBox preview = new HBox(10, previewImage, words);
        preview.setAlignment(Pos.TOP_LEFT);
        wide(preview);

        TextField samples = fields.text("samples", "Examples to generate for a generated set (e.g. 400).");
        TextField noise = fields.text("noise", "How far generated points scatter from their shape (0 = none).");
        TextField classes = fields.text("classes", "How many classes blobs and spiral generate.");
        Label samplesRow = fields.row(this, "Samples", samples, "samples");
        Label noiseRow = fields.row(this, "Noise", noise, "noise");
        Label classesRow = fields.row(this, "Classes", classes, "classes");
        Runnable showGenerated = () -> {
            boolean gen = vm.isGenerated(generated);
            FormSection.show(samplesRow, samples, gen);
            FormSection.show(noiseRow, noise, gen);
            FormSection.show(classesRow, classes, vm.takesClassCount());
        };
        vm.datasetProperty().addListener(o -> showGenerated.run());
        showGenerated.run();

        TextField label = fields.text("labelColumn", "The CSV column that holds the class; empty means the last column.");
        label.setPromptText("last column");
        Label labelRow = fields.row(this, "Label column", label, "labelColumn");
        Runnable showLabel = () -> FormSection.show(labelRow, label, !builtIns.contains(vm.datasetProperty().get()));
        vm.datasetProperty().addListener(o -> showLabel.run());
        showLabel.run();

        fields.row(this, "Validation", fields.text("validationFraction",
                "Fraction of the examples held out to measure validation loss (0.2 = 20%)."), "validationFraction");
        fields.row(this, "Test", fields.text("testFraction",
                "Fraction held out and scored once, after training ends."), "testFraction");
        CheckBox standardize = new CheckBox("standardize features");
        standardize.setId("standardizeCheck");
        standardize.setTooltip(FormSection.tip("Rescale each feature to mean 0 and standard deviation 1, "
                + "measured on the training split only."));
        standardize.selectedProperty().bindBidirectional(vm.standardizeProperty());
        row("", standardize, fields.problemLabel("standardize", standardize));
        for (String key : List.of("dataset", "samples", "noise", "classes", "dataSeed", "labelColumn")) {
            observe(key, this::refreshPreview);
        }
        refreshPreview();
    }

    private void observe(String key, Runnable action) {
        if (key.equals("dataset")) {
            vm.datasetProperty().addListener(o -> action.run());
        } else {
            vm.text(key).addListener(o -> action.run());
        }
    }

    private void selectDataset(String name) {
        if (name != null && !datasetBox.getItems().contains(name)) {
            datasetBox.getItems().setAll(builtIns);
            datasetBox.getItems().add(name);
        }
        datasetBox.setValue(name);
    }

    private void refreshPreview() {
        String name = vm.datasetProperty().get();
        if (name == null) {
            return;
        }
        try {
            int samples = Integer.parseInt(vm.text("samples").get().trim());
            double noise = Double.parseDouble(vm.text("noise").get().trim());
            int classes = Integer.parseInt(vm.text("classes").get().trim());
            long seed = Long.parseLong(vm.text("dataSeed").get().trim());
            if (samples < 1 || samples > 20_000 || classes < 2 || classes > 10 || !(noise >= 0)) {
                return;
            }
            String labelColumn = vm.text("labelColumn").get().isBlank() ? null : vm.text("labelColumn").get().trim();
            previews.preview(name, samples, noise, classes, seed, labelColumn, summary -> {
                previewImage.setImage(summary.scatter());
                previewImage.setVisible(summary.scatter() != null);
                previewImage.setManaged(summary.scatter() != null);
                previewFacts.setText(summary.facts());
            });
        } catch (NumberFormatException e) {
            // the field shows what is wrong; the preview keeps the last good data
        }
    }

    private static String describe(Function<String, String> describe, String name) {
        try {
            return describe.apply(name);
        } catch (RuntimeException e) {
            return "your own data, read from " + Names.dataset(name);
        }
    }

    /** A list row: thumbnail (2-D sets), name, and a line of facts. */
    private final class DatasetCell extends ListCell<String> {
        private final ImageView thumb = new ImageView();
        private final Label name = new Label();
        private final Label facts = new Label();
        private final HBox box;

        DatasetCell() {
            thumb.setFitWidth(DatasetPreviews.THUMBNAIL);
            thumb.setFitHeight(DatasetPreviews.THUMBNAIL);
            name.getStyleClass().add("dataset-name");
            facts.getStyleClass().add("hint");
            Region placeholder = new Region();
            placeholder.setMinSize(DatasetPreviews.THUMBNAIL, DatasetPreviews.THUMBNAIL);
            StackPane frame = new StackPane(placeholder, thumb);
            box = new HBox(8, frame, new VBox(2, name, facts));
            box.setAlignment(Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            textProperty().unbind();
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            name.setText(Names.dataset(item));
            if (builtIns.contains(item)) {
                var summary = previews.thumbnail(item);
                thumb.imageProperty().bind(Bindings.createObjectBinding(
                        () -> summary.get() == null ? null : summary.get().scatter(), summary));
                facts.textProperty().bind(Bindings.createStringBinding(
                        () -> summary.get() == null ? "loading…" : summary.get().facts(), summary));
            } else {
                thumb.imageProperty().unbind();
                thumb.setImage(null);
                facts.textProperty().unbind();
                facts.setText("your CSV file");
            }
            setGraphic(box);
        }
    }
}
