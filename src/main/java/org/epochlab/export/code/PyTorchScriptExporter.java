package org.epochlab.export.code;

import org.epochlab.engine.TrainerConfig;
import org.epochlab.experiment.PreparedExperiment;

/**
 * A PyTorch script that rebuilds the experiment: {@code nn.Sequential} of {@code nn.Linear} layers, the
 * lab's initializers through {@code torch.nn.init}, its optimizer from {@code torch.optim} (the lab's update
 * rules are PyTorch's), the L1/L2 penalty added to the loss, and a training loop with the lab's mini-batches,
 * early-stopping rule and per-epoch metrics. The mapping of each setting is in {@link TorchMapping}.
 */
public final class PyTorchScriptExporter implements ScriptExporter {

    private static final String TEMPLATE = "train_pytorch.py";

    @Override
    public ScriptFramework framework() {
        return ScriptFramework.PYTORCH;
    }

    @Override
    public String script(PreparedExperiment prepared) {
        TrainerConfig trainer = prepared.trainerConfig();
        ScriptTemplate template = ScriptSlots.fillCommon(ScriptTemplate.load(TEMPLATE), prepared, framework());
        return template
                .with("ACTIVATION", TorchMapping.activation(trainer.activation()))
                .with("WEIGHT_INIT", ScriptSlots.indent(TorchMapping.weightInit(trainer.weightInit()), 8))
                .with("BIAS_INIT", ScriptSlots.indent(TorchMapping.biasInit(trainer.biasInit()), 8))
                .with("LOSS_FUNCTIONS", TorchMapping.lossFunctions(trainer.outputLoss(), ScriptSlots.outputUnits(prepared)))
                .with("OPTIMIZER_FORMULA", ScriptSlots.indent(TorchMapping.optimizerFormula(trainer.optimizer()), 4))
                .with("OPTIMIZER", TorchMapping.optimizer(trainer.optimizer()))
                .fill();
    }
}
