package org.epochlab.experiment;

import org.epochlab.engine.Activation;
import org.epochlab.engine.EarlyStopping;
import org.epochlab.engine.InitScheme;
import org.epochlab.engine.Initializer;
import org.epochlab.engine.OptimizerKind;
import org.epochlab.engine.OptimizerSpec;
import org.epochlab.engine.OutputLoss;
import org.epochlab.engine.TrainerConfig;

/** The engine's view of a config: lower-case names become enum constants, "auto" a concrete loss. */
public final class TrainerConfigs {

    private TrainerConfigs() {
    }

    /**
     * The engine config of a valid config.
     *
     * @throws IllegalArgumentException when {@code config} has problems ({@link ConfigValidator#check} is empty
     *                                  for every config this accepts)
     */
    public static TrainerConfig of(ExperimentConfig config) {
        return new TrainerConfig(config.hiddenLayers(),
                EnumNames.parse(Activation.class, config.activation()),
                outputLoss(config.outputLoss()),
                new Initializer(EnumNames.parse(InitScheme.class, config.weightInit()), config.weightInitParam()),
                new Initializer(EnumNames.parse(InitScheme.class, config.biasInit()), config.biasInitParam()),
                new OptimizerSpec(EnumNames.parse(OptimizerKind.class, config.optimizer()), config.learningRate(),
                        config.momentum(), config.rho(), config.beta1(), config.beta2(), config.epsilon()),
                config.l1(), config.l2(), config.dropout(), config.batchSize(), config.epochs(), config.shuffle(),
                new EarlyStopping(config.earlyStopping(), config.patience(), config.minDelta(),
                        config.startFromEpoch(), config.restoreBestWeights()),
                config.initSeed(), config.shuffleSeed());
    }

    /** "auto" is softmax + cross-entropy, the loss for every classification set in the lab. */
    public static OutputLoss outputLoss(String name) {
        return ConfigKey.AUTO_OUTPUT_LOSS.equals(name) ? OutputLoss.SOFTMAX_CROSS_ENTROPY
                : EnumNames.parse(OutputLoss.class, name);
    }
}
