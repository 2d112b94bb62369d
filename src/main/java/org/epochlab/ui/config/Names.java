package org.epochlab.ui.config;

import java.nio.file.Path;
import java.util.List;

import org.epochlab.engine.Activation;
import org.epochlab.engine.InitScheme;
import org.epochlab.engine.OptimizerKind;

/** How the form names the choices: words a student knows, not enum constants. */
public final class Names {

    private Names() {
    }

    public static String of(Activation a) {
        return a == null ? "" : switch (a) {
            case SIGMOID -> "sigmoid";
            case TANH -> "tanh";
            case RELU -> "ReLU";
            case LEAKY_RELU -> "leaky ReLU";
            case IDENTITY -> "identity (linear)";
        };
    }

    public static String of(InitScheme s) {
        return s == null ? "" : switch (s) {
            case ZEROS -> "zeros";
            case CONSTANT -> "constant c";
            case UNIFORM -> "uniform U(-a, a)";
            case NORMAL -> "normal N(0, σ²)";
            case GLOROT_UNIFORM -> "Glorot uniform";
            case GLOROT_NORMAL -> "Glorot normal";
            case HE_UNIFORM -> "He uniform";
            case HE_NORMAL -> "He normal";
            case LECUN_NORMAL -> "LeCun normal";
        };
    }

    public static String of(OptimizerKind k) {
        return k == null ? "" : switch (k) {
            case SGD -> "SGD";
            case MOMENTUM -> "SGD + momentum";
            case NESTEROV -> "Nesterov momentum";
            case RMSPROP -> "RMSprop";
            case ADAM -> "Adam";
        };
    }

    /** Output-loss keys as the config spells them. */
    public static final List<String> OUTPUT_LOSSES =
            List.of("auto", "softmax_cross_entropy", "sigmoid_binary_cross_entropy", "identity_mse");

    public static String outputLoss(String key) {
        if (key == null) {
            return "";
        }
        return switch (key) {
            case "auto" -> "auto (softmax + cross-entropy)";
            case "softmax_cross_entropy" -> "softmax + cross-entropy";
            case "sigmoid_binary_cross_entropy" -> "sigmoid + binary cross-entropy";
            case "identity_mse" -> "linear + mean squared error";
            default -> key;
        };
    }

    /** A built-in name as it is; a CSV path as its file name. */
    public static String dataset(String nameOrPath) {
        if (nameOrPath == null) {
            return "";
        }
        if (nameOrPath.endsWith(".csv") || nameOrPath.endsWith(".gz") || nameOrPath.contains("/")
                || nameOrPath.contains("\\")) {
            Path file = Path.of(nameOrPath).getFileName();
            return file == null ? nameOrPath : file.toString();
        }
        return nameOrPath;
    }

    /** A config key as a phrase: "the hidden layers" for hiddenLayers. */
    public static String key(String key) {
        return switch (key) {
            case "dataset" -> "the dataset";
            case "labelColumn" -> "the label column";
            case "standardize" -> "feature scaling";
            case "samples" -> "the number of samples";
            case "noise" -> "the noise";
            case "classes" -> "the number of classes";
            case "validationFraction" -> "the validation fraction";
            case "testFraction" -> "the test fraction";
            case "hiddenLayers" -> "the hidden layers";
            case "activation" -> "the activation";
            case "outputLoss" -> "the output and loss";
            case "weightInit", "weightInitParam" -> "the initial weights";
            case "optimizer" -> "the optimizer";
            case "batchSize" -> "the batch size";
            case "epochs" -> "the number of epochs";
            case "earlyStopping", "patience", "minDelta", "restoreBestWeights" -> "early stopping";
            case "splitSeed", "dataSeed", "initSeed", "shuffleSeed" -> "a seed";
            default -> key;
        };
    }
}
