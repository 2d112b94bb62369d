package org.epochlab.ui.config;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import org.controlsfx.control.SegmentedButton;
import org.controlsfx.control.ToggleSwitch;
import org.epochlab.engine.Activation;
import org.epochlab.engine.InitScheme;
import org.epochlab.engine.OptimizerKind;

/**
 * The configuration form, built in code: data, network, training, early stopping and seeds. Each
 * control has an id named after its config key ({@code #learningRateField}) and a tooltip; a bad
 * value is marked at its field with the reason.
 */
public final class ConfigPanel extends ScrollPane {

    private final ConfigViewModel vm;
    private final DatasetPreviews previews;
    private final List<String> builtIns;
    private final Set<String> generated;
    private final Map<String, Label> problemLabels = new HashMap<>();
    private final Map<String, Node> fields = new HashMap<>();
    private final Label otherProblems = new Label();

    private final ComboBox<String> datasetBox = new ComboBox<>();
    private final ImageView previewImage = new ImageView();
    private final Label previewFacts = new Label();
    private final Label datasetDescription = new Label();

    /**
     * @param builtIns  the built-in dataset names, generated sets first
     * @param generated which of them are generated (samples and noise apply)
     * @param describe  one sentence about a built-in set
     * @param openCsv   asks for a CSV file and loads it as the dataset
     */
    public ConfigPanel(ConfigViewModel vm, DatasetPreviews previews, List<String> builtIns, Set<String> generated,
                       Function<String, String> describe, Runnable openCsv) {
        this.vm = vm;
        this.previews = previews;
        this.builtIns = builtIns;
        this.generated = generated;
        setId("configPanel");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        setPrefViewportWidth(400);
        setMinWidth(300);
        VBox content = new VBox(10, dataSection(describe, openCsv), networkSection(), trainingSection(),
                earlyStoppingSection(), seedSection(), otherProblems);
        content.setPadding(new Insets(10, 12, 12, 12));
        otherProblems.setId("problemsLabel");
        otherProblems.getStyleClass().add("problem");
        otherProblems.setWrapText(true);
        setContent(content);
        // keep the focused field in sight when Tab moves through the form
        sceneProperty().addListener((o, was, scene) -> {
            if (scene != null) {
                scene.focusOwnerProperty().addListener((f, before, now) -> {
                    if (now != null && isInside(now)) {
                        reveal(now);
                    }
                });
            }
        });
        vm.problemsProperty().addListener((o, was, now) -> showProblems(now));
        showProblems(vm.problemsProperty().get());
    }

    // ---- sections ----

    private Node dataSection(Function<String, String> describe, Runnable openCsv) {
        FormSection s = new FormSection("Data");
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
        s.row("Dataset", pick, problemLabel("dataset", pick));

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
        s.wide(preview);

        TextField samples = field("samples", "Examples to generate for a generated set (e.g. 400).");
        TextField noise = field("noise", "How far generated points scatter from their shape (0 = none).");
        TextField classes = field("classes", "How many classes blobs and spiral generate.");
        Label samplesRow = row(s, "Samples", samples, "samples");
        Label noiseRow = row(s, "Noise", noise, "noise");
        Label classesRow = row(s, "Classes", classes, "classes");
        Runnable showGenerated = () -> {
            boolean gen = vm.isGenerated(generated);
            FormSection.show(samplesRow, samples, gen);
            FormSection.show(noiseRow, noise, gen);
            FormSection.show(classesRow, classes, vm.takesClassCount());
        };
        vm.datasetProperty().addListener(o -> showGenerated.run());
        showGenerated.run();

        TextField label = field("labelColumn", "The CSV column that holds the class; empty means the last column.");
        label.setPromptText("last column");
        Label labelRow = row(s, "Label column", label, "labelColumn");
        Runnable showLabel = () -> FormSection.show(labelRow, label, !builtIns.contains(vm.datasetProperty().get()));
        vm.datasetProperty().addListener(o -> showLabel.run());
        showLabel.run();

        row(s, "Validation", field("validationFraction",
                "Fraction of the examples held out to measure validation loss (0.2 = 20%)."), "validationFraction");
        row(s, "Test", field("testFraction",
                "Fraction held out and scored once, after training ends."), "testFraction");
        CheckBox standardize = new CheckBox("standardize features");
        standardize.setId("standardizeCheck");
        standardize.setTooltip(FormSection.tip("Rescale each feature to mean 0 and standard deviation 1, "
                + "measured on the training split only."));
        standardize.selectedProperty().bindBidirectional(vm.standardizeProperty());
        s.row("", standardize, problemLabel("standardize", standardize));
        for (String key : List.of("dataset", "samples", "noise", "classes", "dataSeed", "labelColumn")) {
            observe(key, this::refreshPreview);
        }
        refreshPreview();
        return s;
    }

    private Node networkSection() {
        FormSection s = new FormSection("Network");
        HiddenLayersEditor layers = new HiddenLayersEditor(vm);
        s.row("Hidden layers", layers, problemLabel("hiddenLayers", layers));

        ComboBox<Activation> activation = combo("activationBox", List.of(Activation.values()), Names::of,
                "The function each hidden neuron applies to its weighted input.");
        activation.valueProperty().bindBidirectional(vm.activationProperty());
        s.row("Activation", activation, problemLabel("activation", activation));

        ComboBox<String> output = combo("outputLossBox", Names.OUTPUT_LOSSES, Names::outputLoss,
                "The output layer and the loss it is trained on; auto picks one from the dataset.");
        output.valueProperty().bindBidirectional(vm.outputLossProperty());
        s.row("Output / loss", output, problemLabel("outputLoss", output));

        ToggleButton zero = new ToggleButton("Zero");
        zero.setId("zeroInitButton");
        zero.setTooltip(FormSection.tip("Every weight starts at 0: watch every hidden neuron stay identical."));
        ToggleButton random = new ToggleButton("Random");
        random.setId("randomInitButton");
        random.setTooltip(FormSection.tip("Weights start random (the scheme below), so neurons can differ."));
        SegmentedButton initSwitch = new SegmentedButton(zero, random);
        initSwitch.setId("initSwitch");
        Runnable showInit = () -> {
            boolean isZero = vm.weightInitProperty().get() == InitScheme.ZEROS;
            zero.setSelected(isZero);
            random.setSelected(!isZero);
        };
        zero.setOnAction(e -> {
            vm.setZeroInit(true);
            showInit.run();
        });
        random.setOnAction(e -> {
            vm.setZeroInit(false);
            showInit.run();
        });
        vm.weightInitProperty().addListener(o -> showInit.run());
        showInit.run();
        s.row("Initial weights", initSwitch, null);

        ComboBox<InitScheme> scheme = combo("weightInitBox", List.of(InitScheme.values()), Names::of,
                "How the initial weights are drawn; Glorot suits tanh and sigmoid, He suits ReLU.");
        scheme.valueProperty().bindBidirectional(vm.weightInitProperty());
        s.row("Scheme", scheme, problemLabel("weightInit", scheme));
        TextField param = field("weightInitParam", "The scheme's parameter: c for constant, a for uniform, σ for normal.");
        Node paramRow = row(s, "Parameter", param, "weightInitParam");
        Runnable showParam = () -> {
            InitScheme sc = vm.weightInitProperty().get();
            boolean takes = sc != null && sc.takesParameter();
            param.setDisable(!takes);
            paramRow.setDisable(!takes);
        };
        vm.weightInitProperty().addListener(o -> showParam.run());
        showParam.run();
        return s;
    }

    private Node trainingSection() {
        FormSection s = new FormSection("Training");
        ComboBox<OptimizerKind> optimizer = combo("optimizerBox", List.of(OptimizerKind.values()), Names::of,
                "The rule that turns gradients into weight updates.");
        optimizer.valueProperty().bindBidirectional(vm.optimizerProperty());
        s.row("Optimizer", optimizer, problemLabel("optimizer", optimizer));

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
        TextField lr = field("learningRate", "Step size η of each weight update; type an exact value.");
        lr.setPrefColumnCount(7);
        HBox lrBox = new HBox(6, lr, lrSlider);
        HBox.setHgrow(lrSlider, Priority.ALWAYS);
        lrBox.setAlignment(Pos.TOP_LEFT);
        s.row("Learning rate", lrBox, problemLabel("learningRate", lr));

        TextField batch = field("batchSize", "Examples per weight update (one update per mini-batch).");
        CheckBox full = new CheckBox("full batch");
        full.setId("fullBatchCheck");
        full.setTooltip(FormSection.tip("Use every training example in each update: one update per epoch."));
        full.selectedProperty().bindBidirectional(vm.fullBatchProperty());
        batch.disableProperty().bind(full.selectedProperty());
        HBox batchBox = new HBox(10, batch, full);
        batchBox.setAlignment(Pos.CENTER_LEFT);
        s.row("Batch size", batchBox, problemLabel("batchSize", batch));

        row(s, "Epochs", field("epochs", "Passes over the whole training set."), "epochs");
        row(s, "L2", field("l2", "Weight decay λ: adds ½λ·Σw² to the loss to keep weights small."), "l2");
        row(s, "Dropout", field("dropout", "Probability of silencing each hidden neuron in a training pass."),
                "dropout");
        Label paused = new Label("While paused, learning rate, L2 and dropout apply from the next epoch.");
        paused.getStyleClass().add("hint");
        paused.setWrapText(true);
        s.wide(paused);
        return s;
    }

    private Node earlyStoppingSection() {
        FormSection s = new FormSection("Early stopping");
        ToggleSwitch on = new ToggleSwitch();
        on.setId("earlyStoppingSwitch");
        on.setTooltip(FormSection.tip("Stop when validation loss has not improved for 'patience' epochs."));
        on.selectedProperty().bindBidirectional(vm.earlyStoppingProperty());
        on.setMaxWidth(Region.USE_PREF_SIZE);
        s.row("Stop early", on, problemLabel("earlyStopping", on));
        TextField patience = field("patience", "Epochs without improvement before stopping.");
        TextField minDelta = field("minDelta", "How much validation loss must fall to count as an improvement.");
        CheckBox restore = new CheckBox("restore the best epoch's weights");
        restore.setId("restoreBestCheck");
        restore.setTooltip(FormSection.tip("After stopping, go back to the weights of the best validation epoch."));
        restore.selectedProperty().bindBidirectional(vm.restoreBestWeightsProperty());
        Node patienceRow = row(s, "Patience", patience, "patience");
        Node minDeltaRow = row(s, "Min delta", minDelta, "minDelta");
        s.row("", restore, null);
        for (Node n : List.of(patience, minDelta, restore, patienceRow, minDeltaRow)) {
            n.disableProperty().bind(on.selectedProperty().not());
        }
        return s;
    }

    private Node seedSection() {
        FormSection s = new FormSection("Seeds");
        seedRow(s, "Split", "splitSeed", "Which examples go to training, validation and test.");
        seedRow(s, "Data", "dataSeed", "Where the generated points fall.");
        seedRow(s, "Weights", "initSeed", "The random initial weights.");
        seedRow(s, "Shuffle", "shuffleSeed", "The order of examples in each epoch and the dropout masks.");
        return s;
    }

    private void seedRow(FormSection s, String label, String key, String what) {
        TextField f = field(key, "Seed of " + what.substring(0, 1).toLowerCase() + what.substring(1)
                + " Same seeds, same run.");
        Button again = new Button("New seed");
        String idStem = Character.toUpperCase(key.charAt(0)) + key.substring(1);
        again.setId("new" + idStem + "Button");
        again.setTooltip(FormSection.tip("Draws a new random " + label.toLowerCase() + " seed."));
        again.setOnAction(e -> vm.newSeed(key));
        again.setMinWidth(Control.USE_PREF_SIZE);
        HBox box = new HBox(6, f, again);
        box.setAlignment(Pos.CENTER_LEFT);
        s.row(label, box, problemLabel(key, f));
    }

    /** Scrolls the form so that {@code node} (inside it) is in view. */
    public void reveal(Node node) {
        Node content = getContent();
        double contentHeight = content.getBoundsInLocal().getHeight();
        double viewport = getViewportBounds().getHeight();
        if (contentHeight <= viewport) {
            return;
        }
        javafx.geometry.Bounds b = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double top = -getViewportBounds().getMinY();
        if (b.getMinY() >= top && b.getMaxY() <= top + viewport) {
            return;
        }
        double y = Math.max(0, Math.min(b.getMinY() - 24, contentHeight - viewport));
        setVvalue(y / (contentHeight - viewport));
    }

    private boolean isInside(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == this) {
                return true;
            }
        }
        return false;
    }

    // ---- helpers ----

    private TextField field(String key, String tooltip) {
        TextField f = new TextField();
        f.setId(key + "Field");
        f.setPrefColumnCount(8);
        f.setMaxWidth(Control.USE_PREF_SIZE);
        f.setTooltip(FormSection.tip(tooltip));
        f.textProperty().bindBidirectional(vm.text(key));
        return f;
    }

    private Label row(FormSection s, String label, Node control, String key) {
        return s.row(label, control, problemLabel(key, control));
    }

    private <T> ComboBox<T> combo(String id, List<T> items, Function<T, String> name, String tooltip) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(items);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setTooltip(FormSection.tip(tooltip));
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : name.apply(t);
            }

            @Override
            public T fromString(String s) {
                return items.stream().filter(t -> name.apply(t).equals(s)).findFirst().orElse(null);
            }
        });
        return box;
    }

    private Label problemLabel(String key, Node field) {
        Label l = new Label();
        l.setId(key + "Problem");
        l.getStyleClass().add("problem");
        l.setWrapText(true);
        l.setVisible(false);
        l.setManaged(false);
        problemLabels.put(key, l);
        fields.put(key, field);
        return l;
    }

    private void showProblems(Map<String, String> problems) {
        problemLabels.forEach((key, label) -> {
            String message = problems.get(key);
            label.setText(message == null ? "" : message);
            label.setVisible(message != null);
            label.setManaged(message != null);
            Node field = fields.get(key);
            field.getStyleClass().remove("field-problem");
            if (message != null) {
                field.getStyleClass().add("field-problem");
            }
        });
        String others = problems.entrySet().stream().filter(e -> !problemLabels.containsKey(e.getKey()))
                .map(Map.Entry::getValue).reduce((a, b) -> a + "\n" + b).orElse("");
        otherProblems.setText(others);
        otherProblems.setVisible(!others.isEmpty());
        otherProblems.setManaged(!others.isEmpty());
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
            javafx.scene.layout.StackPane frame = new javafx.scene.layout.StackPane(placeholder, thumb);
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
