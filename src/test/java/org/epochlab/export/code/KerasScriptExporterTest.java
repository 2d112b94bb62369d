package org.epochlab.export.code;

import static org.assertj.core.api.Assertions.assertThat;

import org.epochlab.engine.Activation;
import org.epochlab.engine.InitScheme;
import org.epochlab.engine.Initializer;
import org.epochlab.engine.OptimizerKind;
import org.epochlab.engine.OptimizerSpec;
import org.epochlab.engine.OutputLoss;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Keras script says, in Keras 3, what the lab's config says, and corrects where Keras defines things differently. */
class KerasScriptExporterTest {

    private final KerasScriptExporter exporter = new KerasScriptExporter();

    @Test
    void theOverfittingPresetBecomesDenseTanhLayersWithGlorotKernelsZeroBiasesAndFullBatchAdam() throws Exception {
        String script = exporter.script(ExportFixtures.prepared("overfitting"));

        assertThat(script)
                .contains("HIDDEN_LAYERS = [128, 128]")
                .contains("OUTPUT_UNITS = 2")
                .contains("activation=(\"tanh\") if hidden else None")
                .contains("return keras.initializers.GlorotUniform(seed=seed)")
                .contains("return keras.initializers.Zeros()")
                .contains("optimizer = keras.optimizers.Adam(learning_rate=LEARNING_RATE, beta_1=0.9, beta_2=0.999, epsilon=1.0e-8)")
                .contains("LEARNING_RATE = 0.005")
                .contains("BATCH_SIZE = 0")
                .contains("EPOCHS = 300")
                .contains("regularizer = None")
                .contains("keras.losses.sparse_categorical_crossentropy(t, logits, from_logits=True)")
                .contains("keras.config.set_floatx(\"float64\")")
                .doesNotContain("{{");
    }

    @Test
    void earlyStoppingIsKerasOwnWatchingTheLabsValidationLoss() throws Exception {
        String script = exporter.script(ExportFixtures.prepared("moons", "earlyStopping=true", "patience=7",
                "minDelta=0.002", "startFromEpoch=3", "restoreBestWeights=false"));

        assertThat(script)
                .contains("keras.callbacks.EarlyStopping(\n"
                        + "            monitor=\"lab_val_loss\", mode=\"min\", patience=PATIENCE, min_delta=MIN_DELTA,\n"
                        + "            start_from_epoch=START_FROM_EPOCH, restore_best_weights=RESTORE_BEST_WEIGHTS")
                .contains("PATIENCE = 7")
                .contains("MIN_DELTA = 0.002")
                .contains("START_FROM_EPOCH = 3")
                .contains("RESTORE_BEST_WEIGHTS = False")
                .contains("logs[\"lab_val_loss\"] = val_loss");
    }

    @Test
    void theLabsHalfL2BecomesKerasL2OfHalfLambda() throws Exception {
        String script = exporter.script(ExportFixtures.prepared("moons", "l1=0.001", "l2=0.01"));

        assertThat(script).contains("regularizer = keras.regularizers.L1L2(l1=0.001, l2=0.005)");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ZEROS          | 0.0  | keras.initializers.Zeros()
            CONSTANT       | 0.25 | keras.initializers.Constant(0.25)
            UNIFORM        | 0.3  | keras.initializers.RandomUniform(minval=-0.3, maxval=0.3, seed=s)
            NORMAL         | 0.07 | keras.initializers.RandomNormal(mean=0.0, stddev=0.07, seed=s)
            GLOROT_UNIFORM | 0.0  | keras.initializers.GlorotUniform(seed=s)
            GLOROT_NORMAL  | 0.0  | keras.initializers.VarianceScaling(scale=1.0, mode="fan_avg", distribution="untruncated_normal", seed=s)
            HE_UNIFORM     | 0.0  | keras.initializers.HeUniform(seed=s)
            HE_NORMAL      | 0.0  | keras.initializers.VarianceScaling(scale=2.0, mode="fan_in", distribution="untruncated_normal", seed=s)
            LECUN_NORMAL   | 0.0  | keras.initializers.VarianceScaling(scale=1.0, mode="fan_in", distribution="untruncated_normal", seed=s)
            """)
    void eachKernelSchemeMapsToAnUntruncatedKerasInitializer(InitScheme scheme, double parameter, String call) {
        assertThat(KerasMapping.weightInit(new Initializer(scheme, parameter), "s")).isEqualTo(call);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            GLOROT_UNIFORM | keras.initializers.RandomUniform(minval=-math.sqrt(6 / (fan_in + fan_out)), maxval=math.sqrt(6 / (fan_in + fan_out)), seed=s)
            GLOROT_NORMAL  | keras.initializers.RandomNormal(mean=0.0, stddev=math.sqrt(2 / (fan_in + fan_out)), seed=s)
            HE_UNIFORM     | keras.initializers.RandomUniform(minval=-math.sqrt(6 / fan_in), maxval=math.sqrt(6 / fan_in), seed=s)
            HE_NORMAL      | keras.initializers.RandomNormal(mean=0.0, stddev=math.sqrt(2 / fan_in), seed=s)
            LECUN_NORMAL   | keras.initializers.RandomNormal(mean=0.0, stddev=math.sqrt(1 / fan_in), seed=s)
            """)
    void fanBasedBiasSchemesUseTheLayersFansNotTheBiasLength(InitScheme scheme, String call) {
        assertThat(KerasMapping.biasInit(Initializer.of(scheme), "s")).isEqualTo(call);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            SGD      | keras.optimizers.SGD(learning_rate=LEARNING_RATE)
            MOMENTUM | keras.optimizers.SGD(learning_rate=LEARNING_RATE, momentum=0.8)
            NESTEROV | keras.optimizers.SGD(learning_rate=LEARNING_RATE, momentum=0.8, nesterov=True)
            RMSPROP  | keras.optimizers.RMSprop(learning_rate=LEARNING_RATE, rho=0.95, epsilon=1.0e-7 ** 2, momentum=0.0, centered=False)
            ADAM     | keras.optimizers.Adam(learning_rate=LEARNING_RATE, beta_1=0.85, beta_2=0.995, epsilon=1.0e-7)
            """)
    void eachOptimizerMapsToKerasWithItsHyperParameters(OptimizerKind kind, String call) {
        OptimizerSpec spec = new OptimizerSpec(kind, 0.01, 0.8, 0.95, 0.85, 0.995, 1e-7);

        assertThat(KerasMapping.optimizer(spec)).isEqualTo(call);
    }

    @Test
    void theDifferencesInRmsPropAndAdamAreExplainedInTheScript() {
        assertThat(KerasMapping.optimizerNote(OptimizerSpec.of(OptimizerKind.RMSPROP, 0.01)))
                .contains("sqrt(s + epsilon)").contains("Keras's default is 0.9, the lab's 0.99");
        assertThat(KerasMapping.optimizerNote(OptimizerSpec.of(OptimizerKind.ADAM, 0.01)))
                .contains("eps scaled by 1 / sqrt(1 - b2^t)");
    }

    @Test
    void leakyReluKeepsTheLabsSlopeNotKerasDefault() {
        assertThat(KerasMapping.activation(Activation.LEAKY_RELU))
                .isEqualTo("lambda z: keras.activations.leaky_relu(z, negative_slope=0.01)");
        assertThat(KerasMapping.activation(Activation.IDENTITY)).isEqualTo("\"linear\"");
    }

    @Test
    void lossesSumOverTheUnitsWhereKerasAveragesThem() {
        assertThat(KerasMapping.lossFunctions(OutputLoss.IDENTITY_MSE, 3))
                .contains("return 0.5 * OUTPUT_UNITS * keras.losses.mean_squared_error(t, logits)");
        assertThat(KerasMapping.lossFunctions(OutputLoss.SIGMOID_BINARY_CROSS_ENTROPY, 3))
                .contains("return OUTPUT_UNITS * keras.losses.binary_crossentropy(t, logits, from_logits=True)");
        assertThat(KerasMapping.lossFunctions(OutputLoss.SIGMOID_BINARY_CROSS_ENTROPY, 1))
                .contains("return keras.losses.binary_crossentropy(t, logits, from_logits=True)")
                .doesNotContain("OUTPUT_UNITS *");
    }
}
