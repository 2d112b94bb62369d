package org.epochlab.export;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.epochlab.data.DatasetCatalog;
import org.epochlab.experiment.ExperimentConfig;
import org.epochlab.ui.chart.NumberLabels;
import org.epochlab.ui.chart.StopLabels;

/**
 * The caption strip under an exported chart: what was trained and how, and what came out, so that a
 * chart pasted into a report explains itself. One line per topic, for example:
 *
 * <pre>
 * Dataset: moons · 400 samples, noise 0.2 · validation 20 %, test 20 %
 * Network: 2 → 16 tanh → 16 tanh → 2 softmax · activation tanh · loss softmax cross-entropy · weights glorot_uniform, biases zeros
 * Training: adam · learning rate 0.01 · batch size 32 · no regularization
 * Seeds: split 1, data 2, init 3, shuffle 4
 * Result: best epoch 41 (validation loss 0.2345) · overfitting from epoch 45 · early stopping at epoch 61 (patience 20)
 * </pre>
 */
public final class ChartCaption {

    private static final Set<String> WITH_PARAMETER = Set.of("constant", "uniform", "normal");
    private static final String SEP = " · ";

    private ChartCaption() {
    }

    /** The caption's lines joined with '\n'. */
    public static String text(ExperimentConfig config, ChartRunSummary summary) {
        return String.join("\n", lines(config, summary));
    }

    public static List<String> lines(ExperimentConfig config, ChartRunSummary summary) {
        List<String> lines = new ArrayList<>();
        lines.add("Dataset: " + dataset(config));
        lines.add("Network: " + architecture(config, summary.inputs(), summary.outputs()) + SEP + "activation "
                + config.activation() + SEP + "loss " + lossName(config.outputLoss()) + SEP + "weights "
                + initializer(config.weightInit(), config.weightInitParam()) + ", biases "
                + initializer(config.biasInit(), config.biasInitParam()));
        lines.add("Training: " + config.optimizer() + SEP + "learning rate " + number(config.learningRate()) + SEP
                + (config.batchSize() == 0 ? "full batch" : "batch size " + config.batchSize()) + SEP
                + regularization(config) + SEP + earlyStopping(config));
        lines.add("Seeds: split " + config.splitSeed() + ", data " + config.dataSeed() + ", init " + config.initSeed()
                + ", shuffle " + config.shuffleSeed());
        lines.add("Result: " + result(config, summary));
        return lines;
    }

    /**
     * The architecture as layer sizes with their activations, such as "2 → 16 tanh → 16 tanh → 2 softmax";
     * unknown input or output counts (0) are left out.
     */
    public static String architecture(ExperimentConfig config, int inputs, int outputs) {
        List<String> parts = new ArrayList<>();
        if (inputs > 0) {
            parts.add(Integer.toString(inputs));
        }
        for (int units : config.hiddenLayers()) {
            parts.add(units + " " + config.activation());
        }
        String output = outputActivation(config.outputLoss());
        parts.add(outputs > 0 ? outputs + " " + output : output);
        return String.join(" → ", parts);
    }

    /** The loss axis title for a config's {@code outputLoss}: "loss (cross-entropy)", "loss (binary cross-entropy)", "loss (MSE)". */
    public static String lossAxisLabel(String outputLoss) {
        return switch (normalizedLoss(outputLoss)) {
            case "sigmoid_binary_cross_entropy" -> "loss (binary cross-entropy)";
            case "identity_mse" -> "loss (MSE)";
            default -> "loss (cross-entropy)";
        };
    }

    private static String dataset(ExperimentConfig config) {
        String name = config.dataset();
        if (DatasetCatalog.isGenerated(name)) {
            return name + SEP + config.samples() + " samples, noise " + number(config.noise())
                    + (DatasetCatalog.takesClassCount(name) ? ", " + config.classes() + " classes" : "")
                    + SEP + splits(config);
        }
        String shown = name.contains("/") || name.contains("\\") || name.endsWith(".csv")
                ? String.valueOf(Path.of(name).getFileName()) : name;
        String validation = config.validationCsv() == null ? ""
                : SEP + "validation from " + Path.of(config.validationCsv()).getFileName();
        return shown + validation + SEP + splits(config);
    }

    private static String splits(ExperimentConfig config) {
        return (config.validationCsv() == null ? "validation " + percent(config.validationFraction()) + ", " : "")
                + "test " + percent(config.testFraction()) + (config.standardize() ? ", standardized" : "");
    }

    private static String lossName(String outputLoss) {
        return switch (normalizedLoss(outputLoss)) {
            case "sigmoid_binary_cross_entropy" -> "sigmoid binary cross-entropy";
            case "identity_mse" -> "mean squared error";
            default -> "softmax cross-entropy";
        };
    }

    private static String outputActivation(String outputLoss) {
        return switch (normalizedLoss(outputLoss)) {
            case "sigmoid_binary_cross_entropy" -> "sigmoid";
            case "identity_mse" -> "identity";
            default -> "softmax";
        };
    }

    /** "auto" picks softmax cross-entropy for every classification set. */
    private static String normalizedLoss(String outputLoss) {
        return outputLoss == null ? "auto" : outputLoss.toLowerCase(Locale.ROOT);
    }

    private static String initializer(String scheme, double parameter) {
        if (WITH_PARAMETER.contains(scheme)) {
            String symbol = switch (scheme) {
                case "constant" -> "c";
                case "uniform" -> "a";
                default -> "σ";
            };
            return scheme + " (" + symbol + " = " + number(parameter) + ")";
        }
        return scheme;
    }

    private static String regularization(ExperimentConfig config) {
        List<String> parts = new ArrayList<>();
        if (config.l1() > 0) {
            parts.add("L1 " + number(config.l1()));
        }
        if (config.l2() > 0) {
            parts.add("L2 " + number(config.l2()));
        }
        if (config.dropout() > 0) {
            parts.add("dropout " + number(config.dropout()));
        }
        return parts.isEmpty() ? "no regularization" : String.join(", ", parts);
    }

    private static String earlyStopping(ExperimentConfig config) {
        if (!config.earlyStopping()) {
            return config.epochs() + " epochs, no early stopping";
        }
        return "up to " + config.epochs() + " epochs, early stopping with patience " + config.patience()
                + (config.minDelta() > 0 ? ", min delta " + number(config.minDelta()) : "");
    }

    private static String result(ExperimentConfig config, ChartRunSummary s) {
        List<String> parts = new ArrayList<>();
        if (s.bestEpoch() > 0) {
            parts.add("best epoch " + s.bestEpoch() + (Double.isNaN(s.bestValLoss()) ? ""
                    : " (validation loss " + NumberLabels.format(s.bestValLoss(), 4) + ")"));
        } else {
            parts.add("no validation loss");
        }
        parts.add(s.overfitEpoch() > 0 ? "overfitting from epoch " + s.overfitEpoch() : "no overfitting detected");
        if (s.stopReason() != null) {
            parts.add(StopLabels.describe(s.stopReason(), s.stoppedEpoch(), config.earlyStopping() ? config.patience() : 0));
        }
        return String.join(SEP, parts);
    }

    private static String number(double v) {
        return NumberLabels.format(v, 4);
    }

    private static String percent(double fraction) {
        return NumberLabels.format(fraction * 100, 3) + " %";
    }
}
