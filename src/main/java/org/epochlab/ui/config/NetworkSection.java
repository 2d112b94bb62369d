package org.epochlab.ui.config;

import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;

import org.controlsfx.control.SegmentedButton;
import org.epochlab.engine.Activation;
import org.epochlab.engine.InitScheme;

/** The network: hidden layers, activation, output and loss, and the initial weights (Zero | Random and the scheme). */
final class NetworkSection extends FormSection {

    private final FormFields fields;
    private final ConfigViewModel vm;

    NetworkSection(FormFields fields) {
        super("Network");
        this.fields = fields;
        this.vm = fields.vm();

        HiddenLayersEditor layers = new HiddenLayersEditor(vm);
        row("Hidden layers", layers, fields.problemLabel("hiddenLayers", layers));

        ComboBox<Activation> activation = fields.combo("activationBox", List.of(Activation.values()), Names::of,
                "The function each hidden neuron applies to its weighted input.");
        activation.valueProperty().bindBidirectional(vm.activationProperty());
        row("Activation", activation, fields.problemLabel("activation", activation));

        ComboBox<String> output = fields.combo("outputLossBox", Names.OUTPUT_LOSSES, Names::outputLoss,
                "The output layer and the loss it is trained on; auto picks one from the dataset.");
        output.valueProperty().bindBidirectional(vm.outputLossProperty());
        row("Output / loss", output, fields.problemLabel("outputLoss", output));

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
        row("Initial weights", initSwitch, null);

        ComboBox<InitScheme> scheme = fields.combo("weightInitBox", List.of(InitScheme.values()), Names::of,
                "How the initial weights are drawn; Glorot suits tanh and sigmoid, He suits ReLU.");
        scheme.valueProperty().bindBidirectional(vm.weightInitProperty());
        row("Scheme", scheme, fields.problemLabel("weightInit", scheme));
        TextField param = fields.text("weightInitParam", "The scheme's parameter: c for constant, a for uniform, σ for normal.");
        Node paramRow = fields.row(this, "Parameter", param, "weightInitParam");
        Runnable showParam = () -> {
            InitScheme sc = vm.weightInitProperty().get();
            boolean takes = sc != null && sc.takesParameter();
            param.setDisable(!takes);
            paramRow.setDisable(!takes);
        };
        vm.weightInitProperty().addListener(o -> showParam.run());
        showParam.run();
    }
}
