package org.epochlab.export.code;

import static org.epochlab.export.code.PythonSyntax.bool;
import static org.epochlab.export.code.PythonSyntax.number;
import static org.epochlab.export.code.PythonSyntax.string;

import java.util.stream.Collectors;

import org.epochlab.engine.EarlyStopping;
import org.epochlab.engine.Initializer;
import org.epochlab.engine.TrainerConfig;
import org.epochlab.experiment.EnumNames;
import org.epochlab.experiment.ExperimentConfig;
import org.epochlab.experiment.PreparedExperiment;

/** The slots both scripts share: the experiment's name, files, sizes and training settings. */
final class ScriptSlots {

    private ScriptSlots() {
    }

    static ScriptTemplate fillCommon(ScriptTemplate template, PreparedExperiment prepared, ScriptFramework framework) {
        ExperimentConfig config = prepared.config();
        TrainerConfig trainer = prepared.trainerConfig();
        EarlyStopping early = trainer.earlyStopping();
        String title = title(config);
        return template
                .with("TITLE", docText(title))
                .with("TITLE_LITERAL", string(title))
                .with("SCRIPT", framework.scriptFileName())
                .with("DATA_CSV", ScriptExport.DATA_CSV)
                .with("DATA_CSV_LITERAL", string(ScriptExport.DATA_CSV))
                .with("WEIGHTS_JSON", ScriptExport.WEIGHTS_INITIAL)
                .with("WEIGHTS_JSON_LITERAL", string(ScriptExport.WEIGHTS_INITIAL))
                .with("CLASS_NAMES", PythonSyntax.stringList(prepared.dataset().classNames()))
                .with("HIDDEN_LAYERS", PythonSyntax.intList(trainer.hiddenLayers()))
                .with("OUTPUT_UNITS", Integer.toString(outputUnits(prepared)))
                .with("EPOCHS", Integer.toString(trainer.epochs()))
                .with("BATCH_SIZE", Integer.toString(trainer.batchSize()))
                .with("SHUFFLE", bool(trainer.shuffle()))
                .with("LEARNING_RATE", number(trainer.optimizer().learningRate()))
                .with("L1", number(trainer.l1()))
                .with("L2", number(trainer.l2()))
                .with("DROPOUT", number(trainer.dropout()))
                .with("EARLY_STOPPING", bool(early.enabled()))
                .with("PATIENCE", Integer.toString(early.patience()))
                .with("MIN_DELTA", number(early.minDelta()))
                .with("START_FROM_EPOCH", Integer.toString(early.startFromEpoch()))
                .with("RESTORE_BEST_WEIGHTS", bool(early.restoreBestWeights()))
                .with("INIT_SEED", Long.toString(trainer.initSeed()))
                .with("SHUFFLE_SEED", Long.toString(trainer.shuffleSeed()))
                .with("WEIGHT_INIT_NAME", initName(trainer.weightInit()))
                .with("BIAS_INIT_NAME", initName(trainer.biasInit()));
    }

    /** Output units as the lab builds them: one for sigmoid + BCE on two classes, else one per class. */
    static int outputUnits(PreparedExperiment prepared) {
        return prepared.trainerConfig().outputLoss().outputUnits(prepared.split().train().classes());
    }

    /** "overfitting (circles)": the run's name and its dataset. */
    static String title(ExperimentConfig config) {
        String name = config.name() == null || config.name().isBlank() ? "experiment" : config.name().strip();
        return name.equals(config.dataset()) ? name : name + " (" + config.dataset() + ")";
    }

    /** "glorot_uniform", or "uniform(a=0.05)" for the schemes that take a parameter. */
    static String initName(Initializer init) {
        String name = EnumNames.of(init.scheme());
        return init.scheme().takesParameter() ? name + "(" + number(init.parameter()) + ")" : name;
    }

    /** Text safe inside a docstring: no quotes, backslashes or line breaks. */
    static String docText(String text) {
        return text.chars().mapToObj(c -> c == '"' || c == '\\' ? "'" : Character.isISOControl(c) ? " "
                : Character.toString(c)).collect(Collectors.joining());
    }

    /** Every line of {@code code} indented by {@code spaces}. */
    static String indent(String code, int spaces) {
        String pad = " ".repeat(spaces);
        return code.lines().map(line -> line.isEmpty() ? line : pad + line).collect(Collectors.joining("\n"));
    }
}
