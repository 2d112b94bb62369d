package org.epochlab.export.code;

import static org.assertj.core.api.Assertions.assertThat;

import org.epochlab.engine.InitScheme;
import org.epochlab.engine.Initializer;
import org.epochlab.engine.OptimizerKind;
import org.epochlab.engine.OptimizerSpec;
import org.epochlab.engine.OutputLoss;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The PyTorch script says, in PyTorch, what the lab's config says. */
class PyTorchScriptExporterTest {

    private final PyTorchScriptExporter exporter = new PyTorchScriptExporter();

    @Test
    void theOverfittingPresetBecomesTwoTanhLayersOf128WithGlorotWeightsZeroBiasesAndFullBatchAdam() throws Exception {
        String script = exporter.script(ExportFixtures.prepared("overfitting"));

        assertThat(script)
                .contains("HIDDEN_LAYERS = [128, 128]")
                .contains("OUTPUT_UNITS = 2")
                .contains("layers += [nn.Linear(width, units), nn.Tanh()]")
                .contains("nn.init.xavier_uniform_(layer.weight)")
                .contains("nn.init.zeros_(layer.bias)")
                .contains("optimizer = torch.optim.Adam(model.parameters(), lr=LEARNING_RATE, betas=(0.9, 0.999), eps=1.0e-8)")
                .contains("LEARNING_RATE = 0.005")
                .contains("BATCH_SIZE = 0")
                .contains("EPOCHS = 300")
                .contains("nn.functional.cross_entropy(logits, y)")
                .contains("INIT_SEED = 3")
                .contains("SHUFFLE_SEED = 4")
                .contains("CLASS_NAMES = [\"inner\", \"outer\"]")
                .doesNotContain("{{");
    }

    @Test
    void penaltiesDropoutEarlyStoppingAndShuffleAreCarriedOver() throws Exception {
        String script = exporter.script(ExportFixtures.prepared("moons", "l1=0.001", "l2=0.01", "dropout=0.25",
                "earlyStopping=true", "patience=7", "minDelta=0.002", "startFromEpoch=3", "restoreBestWeights=false",
                "shuffle=false", "batchSize=16", "epochs=42"));

        assertThat(script)
                .contains("L1 = 0.001")
                .contains("L2 = 0.01")
                .contains("total = total + 0.5 * L2 * (layer.weight ** 2).sum()")
                .contains("total = total + L1 * layer.weight.abs().sum()")
                .contains("DROPOUT = 0.25")
                .contains("layers.append(nn.Dropout(DROPOUT))")
                .contains("EARLY_STOPPING = True")
                .contains("PATIENCE = 7")
                .contains("MIN_DELTA = 0.002")
                .contains("START_FROM_EPOCH = 3")
                .contains("RESTORE_BEST_WEIGHTS = False")
                .contains("SHUFFLE = False")
                .contains("BATCH_SIZE = 16")
                .contains("EPOCHS = 42");
    }

    @Test
    void threeClassesWithSigmoidOutputsGetOneUnitEachAndTheSumOverUnits() throws Exception {
        String script = exporter.script(ExportFixtures.prepared("blobs", "outputLoss=sigmoid_binary_cross_entropy",
                "hiddenLayers=5,6,7"));

        assertThat(script)
                .contains("HIDDEN_LAYERS = [5, 6, 7]")
                .contains("OUTPUT_UNITS = 3")
                .contains("binary_cross_entropy_with_logits(logits, targets, reduction=\"sum\") / len(y)");
    }

    @Test
    void twoClassesWithASigmoidOutputGetASingleUnit() throws Exception {
        String script = exporter.script(ExportFixtures.prepared("moons", "outputLoss=sigmoid_binary_cross_entropy"));

        assertThat(script)
                .contains("OUTPUT_UNITS = 1")
                .contains("binary_cross_entropy_with_logits(logits[:, 0], y.to(logits.dtype))")
                .contains("(logits[:, 0] > 0).long()");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ZEROS          | 0.0  | nn.init.zeros_(layer.weight)
            CONSTANT       | 0.25 | nn.init.constant_(layer.weight, 0.25)
            UNIFORM        | 0.3  | nn.init.uniform_(layer.weight, -0.3, 0.3)
            NORMAL         | 0.07 | nn.init.normal_(layer.weight, mean=0.0, std=0.07)
            GLOROT_UNIFORM | 0.0  | nn.init.xavier_uniform_(layer.weight)
            GLOROT_NORMAL  | 0.0  | nn.init.xavier_normal_(layer.weight)
            HE_UNIFORM     | 0.0  | nn.init.kaiming_uniform_(layer.weight, nonlinearity="relu")
            HE_NORMAL      | 0.0  | nn.init.kaiming_normal_(layer.weight, nonlinearity="relu")
            LECUN_NORMAL   | 0.0  | nn.init.kaiming_normal_(layer.weight, nonlinearity="linear")
            """)
    void eachWeightSchemeMapsToItsTorchNnInitCall(InitScheme scheme, double parameter, String call) {
        assertThat(TorchMapping.weightInit(new Initializer(scheme, parameter))).startsWith(call);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ZEROS          | 0.0  | nn.init.zeros_(layer.bias)
            CONSTANT       | 0.25 | nn.init.constant_(layer.bias, 0.25)
            UNIFORM        | 0.3  | nn.init.uniform_(layer.bias, -0.3, 0.3)
            NORMAL         | 0.07 | nn.init.normal_(layer.bias, mean=0.0, std=0.07)
            GLOROT_UNIFORM | 0.0  | bound = math.sqrt(6 / (fan_in + fan_out))
            GLOROT_NORMAL  | 0.0  | nn.init.normal_(layer.bias, mean=0.0, std=math.sqrt(2 / (fan_in + fan_out)))
            HE_UNIFORM     | 0.0  | bound = math.sqrt(6 / fan_in)
            HE_NORMAL      | 0.0  | nn.init.normal_(layer.bias, mean=0.0, std=math.sqrt(2 / fan_in))
            LECUN_NORMAL   | 0.0  | nn.init.normal_(layer.bias, mean=0.0, std=math.sqrt(1 / fan_in))
            """)
    void eachBiasSchemeUsesTheLayersFansWrittenOut(InitScheme scheme, double parameter, String call) {
        assertThat(TorchMapping.biasInit(new Initializer(scheme, parameter))).startsWith(call);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            SGD      | torch.optim.SGD(model.parameters(), lr=LEARNING_RATE)
            MOMENTUM | torch.optim.SGD(model.parameters(), lr=LEARNING_RATE, momentum=0.8, dampening=0.0)
            NESTEROV | torch.optim.SGD(model.parameters(), lr=LEARNING_RATE, momentum=0.8, dampening=0.0, nesterov=True)
            RMSPROP  | torch.optim.RMSprop(model.parameters(), lr=LEARNING_RATE, alpha=0.95, eps=1.0e-7, momentum=0.0, centered=False)
            ADAM     | torch.optim.Adam(model.parameters(), lr=LEARNING_RATE, betas=(0.85, 0.995), eps=1.0e-7)
            """)
    void eachOptimizerMapsToTorchOptimWithItsHyperParameters(OptimizerKind kind, String call) {
        OptimizerSpec spec = new OptimizerSpec(kind, 0.01, 0.8, 0.95, 0.85, 0.995, 1e-7);

        assertThat(TorchMapping.optimizer(spec)).isEqualTo(call);
    }

    @Test
    void squaredErrorKeepsTheLabsHalfAndSumsOverTheUnits() {
        assertThat(TorchMapping.lossFunctions(OutputLoss.IDENTITY_MSE, 3))
                .contains("return 0.5 * ((logits - targets) ** 2).sum() / len(y)");
    }
}
