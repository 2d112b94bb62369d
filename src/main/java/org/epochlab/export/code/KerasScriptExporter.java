package org.epochlab.export.code;

import org.epochlab.engine.TrainerConfig;
import org.epochlab.experiment.PreparedExperiment;

/**
 * A Keras 3 script that rebuilds the experiment: a {@code Sequential} of {@code Dense} layers with the lab's
 * initializers and L1/L2 penalty, its optimizer, {@code fit} with the lab's batch size and shuffle, Keras's
 * own {@code EarlyStopping} (the lab's rule is Keras's), and a callback that computes the lab's per-epoch
 * losses. The mapping of each setting, and where Keras differs, is in {@link KerasMapping}.
 */
public final class KerasScriptExporter implements ScriptExporter {

    private static final String TEMPLATE = "train_keras.py";

    @Override
    public ScriptFramework framework() {
        return ScriptFramework.KERAS;
    }

    @Override
    public String script(PreparedExperiment prepared) {
        TrainerConfig trainer = prepared.trainerConfig();
        ScriptTemplate template = ScriptSlots.fillCommon(ScriptTemplate.load(TEMPLATE), prepared, framework());
        return template
                .with("ACTIVATION", KerasMapping.activation(trainer.activation()))
                .with("WEIGHT_INIT", KerasMapping.weightInit(trainer.weightInit(), "seed"))
                .with("BIAS_INIT", KerasMapping.biasInit(trainer.biasInit(), "seed"))
                .with("REGULARIZER", KerasMapping.regularizer(trainer.l1(), trainer.l2()))
                .with("LOSS_FUNCTIONS", KerasMapping.lossFunctions(trainer.outputLoss(), ScriptSlots.outputUnits(prepared)))
                .with("OPTIMIZER_NOTE", ScriptSlots.indent(KerasMapping.optimizerNote(trainer.optimizer()), 4))
                .with("OPTIMIZER", KerasMapping.optimizer(trainer.optimizer()))
                .fill();
    }
}
