package org.epochlab.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import org.epochlab.engine.Activation;
import org.epochlab.engine.EarlyStopping;
import org.epochlab.engine.InitScheme;
import org.epochlab.engine.Initializer;
import org.epochlab.engine.OptimizerKind;
import org.epochlab.engine.OptimizerSpec;
import org.epochlab.engine.OutputLoss;
import org.epochlab.engine.TrainerConfig;
import org.junit.jupiter.api.Test;

class TrainerConfigsTest {

    @Test
    void everyEngineSettingComesFromTheKeyOfTheSameMeaning() throws Exception {
        ExperimentConfig config = ConfigOverrides.apply(ExperimentConfig.defaults(), "hiddenLayers=5,3",
                "activation=leaky_relu", "outputLoss=sigmoid_binary_cross_entropy", "weightInit=uniform",
                "weightInitParam=0.3", "biasInit=constant", "biasInitParam=0.1", "optimizer=nesterov",
                "learningRate=0.2", "momentum=0.8", "rho=0.9", "beta1=0.7", "beta2=0.95", "epsilon=1e-6",
                "l1=0.01", "l2=0.02", "dropout=0.3", "batchSize=8", "epochs=12", "shuffle=false",
                "earlyStopping=true", "patience=4", "minDelta=0.001", "startFromEpoch=2", "restoreBestWeights=false",
                "initSeed=77", "shuffleSeed=88");

        TrainerConfig engine = TrainerConfigs.of(config);

        assertThat(engine).isEqualTo(new TrainerConfig(java.util.List.of(5, 3), Activation.LEAKY_RELU,
                OutputLoss.SIGMOID_BINARY_CROSS_ENTROPY, new Initializer(InitScheme.UNIFORM, 0.3),
                new Initializer(InitScheme.CONSTANT, 0.1),
                new OptimizerSpec(OptimizerKind.NESTEROV, 0.2, 0.8, 0.9, 0.7, 0.95, 1e-6), 0.01, 0.02, 0.3, 8, 12,
                false, new EarlyStopping(true, 4, 0.001, 2, false), 77L, 88L));
    }

    @Test
    void autoOutputLossIsSoftmaxWithCrossEntropy() {
        assertThat(TrainerConfigs.of(ExperimentConfig.defaults()).outputLoss()).isEqualTo(OutputLoss.SOFTMAX_CROSS_ENTROPY);
        assertThat(TrainerConfigs.outputLoss("identity_mse")).isEqualTo(OutputLoss.IDENTITY_MSE);
    }

    @Test
    void everyEngineEnumHasALowerCaseNameThatMapsBack() {
        for (Activation a : Activation.values()) {
            assertThat(EnumNames.parse(Activation.class, EnumNames.of(a))).isEqualTo(a);
        }
        assertThat(EnumNames.of(InitScheme.GLOROT_UNIFORM)).isEqualTo("glorot_uniform");
        assertThat(EnumNames.all(OptimizerKind.class)).containsExactly("sgd", "momentum", "nesterov", "rmsprop", "adam");
    }

    @Test
    void everyPresetMapsToAnEngineConfig() {
        for (Preset preset : Presets.all()) {
            assertThat(TrainerConfigs.of(preset.config()).epochs()).as(preset.name()).isEqualTo(preset.config().epochs());
        }
    }
}
