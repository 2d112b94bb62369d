package org.epochlab.experiment;

import static org.epochlab.experiment.Allowed.anything;
import static org.epochlab.experiment.Allowed.integers;
import static org.epochlab.experiment.Allowed.numbers;
import static org.epochlab.experiment.Allowed.oneOf;
import static org.epochlab.experiment.Allowed.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import org.epochlab.engine.Activation;
import org.epochlab.engine.InitScheme;
import org.epochlab.engine.OptimizerKind;
import org.epochlab.engine.OutputLoss;

/**
 * Every config key, in the order of {@link ExperimentConfig}'s components: its name, type, meaning and
 * allowed values. This one table drives the JSON reader, {@code --set key=value}, the validator's
 * messages and the README's key table.
 */
public enum ConfigKey {
    SCHEMA_VERSION("schemaVersion", ValueType.INTEGER, ExperimentConfig::schemaVersion,
            "version of the config layout", integers(ExperimentConfig.SCHEMA_VERSION, ExperimentConfig.SCHEMA_VERSION)),
    NAME("name", ValueType.TEXT, ExperimentConfig::name, "a label for the run", text(false, false)),
    DATASET("dataset", ValueType.TEXT, ExperimentConfig::dataset,
            "a built-in set (circles, xor, blobs, moons, spiral, iris, wine, breast-cancer, digits) or the path of a CSV file",
            text(false, true)),
    VALIDATION_CSV("validationCsv", ValueType.OPTIONAL_TEXT, ExperimentConfig::validationCsv,
            "a CSV file used as the validation split (same columns and labels as the dataset); then only the test"
                    + " fraction is taken from the dataset",
            text(true, true)),
    LABEL_COLUMN("labelColumn", ValueType.OPTIONAL_TEXT, ExperimentConfig::labelColumn,
            "the CSV's label column by name; null = the last column", text(true, true)),
    SAMPLES("samples", ValueType.INTEGER, ExperimentConfig::samples,
            "examples to generate (generated sets only)", integers(10, 100_000)),
    NOISE("noise", ValueType.NUMBER, ExperimentConfig::noise,
            "noise of the generated sets (a standard deviation, in the set's units)", numbers(0, false, 10, false)),
    CLASSES("classes", ValueType.INTEGER, ExperimentConfig::classes,
            "classes of the generated sets that take a count (blobs, spiral)", integers(2, 10)),
    VALIDATION_FRACTION("validationFraction", ValueType.NUMBER, ExperimentConfig::validationFraction,
            "fraction of the data held out for validation (validationFraction + testFraction < 1)",
            numbers(0, false, 1, true)),
    TEST_FRACTION("testFraction", ValueType.NUMBER, ExperimentConfig::testFraction,
            "fraction of the data held out for the final test score", numbers(0, false, 1, true)),
    STANDARDIZE("standardize", ValueType.BOOLEAN, ExperimentConfig::standardize,
            "z-score each feature with the training split's mean and standard deviation", anything("true, false")),
    HIDDEN_LAYERS("hiddenLayers", ValueType.INTEGER_LIST, ExperimentConfig::hiddenLayers,
            "units per hidden layer, input side first ([] = a linear model)", Allowed.layers(8, 1, 1024)),
    ACTIVATION("activation", ValueType.TEXT, ExperimentConfig::activation,
            "activation of the hidden layers", oneOf(EnumNames.all(Activation.class))),
    OUTPUT_LOSS("outputLoss", ValueType.TEXT, ExperimentConfig::outputLoss,
            "output layer and loss; auto = softmax_cross_entropy", oneOf(outputLosses())),
    WEIGHT_INIT("weightInit", ValueType.TEXT, ExperimentConfig::weightInit,
            "how the weights start", oneOf(EnumNames.all(InitScheme.class))),
    WEIGHT_INIT_PARAM("weightInitParam", ValueType.NUMBER, ExperimentConfig::weightInitParam,
            "c of constant, a of uniform U(-a, a), σ of normal N(0, σ²) for the weights (a, σ ≥ 0)",
            numbers(-100, false, 100, false)),
    BIAS_INIT("biasInit", ValueType.TEXT, ExperimentConfig::biasInit,
            "how the biases start", oneOf(EnumNames.all(InitScheme.class))),
    BIAS_INIT_PARAM("biasInitParam", ValueType.NUMBER, ExperimentConfig::biasInitParam,
            "c, a or σ for the biases (a, σ ≥ 0)", numbers(-100, false, 100, false)),
    OPTIMIZER("optimizer", ValueType.TEXT, ExperimentConfig::optimizer,
            "the update rule", oneOf(EnumNames.all(OptimizerKind.class))),
    LEARNING_RATE("learningRate", ValueType.NUMBER, ExperimentConfig::learningRate,
            "step size η", numbers(0, true, 10, false)),
    MOMENTUM("momentum", ValueType.NUMBER, ExperimentConfig::momentum,
            "μ of momentum and nesterov", numbers(0, false, 1, true)),
    RHO("rho", ValueType.NUMBER, ExperimentConfig::rho,
            "decay α of rmsprop's squared-gradient average", numbers(0, false, 1, true)),
    BETA1("beta1", ValueType.NUMBER, ExperimentConfig::beta1,
            "β₁ of adam (decay of the gradient average)", numbers(0, false, 1, true)),
    BETA2("beta2", ValueType.NUMBER, ExperimentConfig::beta2,
            "β₂ of adam (decay of the squared-gradient average)", numbers(0, false, 1, true)),
    EPSILON("epsilon", ValueType.NUMBER, ExperimentConfig::epsilon,
            "ε added to the denominator of rmsprop and adam", numbers(0, true, 1, false)),
    BATCH_SIZE("batchSize", ValueType.INTEGER, ExperimentConfig::batchSize,
            "examples per weight update; 0 = the whole training split (full batch)", integers(0, 1_000_000)),
    EPOCHS("epochs", ValueType.INTEGER, ExperimentConfig::epochs,
            "passes over the training split", integers(1, 100_000)),
    SHUFFLE("shuffle", ValueType.BOOLEAN, ExperimentConfig::shuffle,
            "reshuffle the training split before every epoch", anything("true, false")),
    L1("l1", ValueType.NUMBER, ExperimentConfig::l1,
            "λ₁: adds λ₁ Σ|w| to the loss (weights, not biases)", numbers(0, false, 10, false)),
    L2("l2", ValueType.NUMBER, ExperimentConfig::l2,
            "λ₂: adds ½ λ₂ Σw² to the loss (weights, not biases)", numbers(0, false, 10, false)),
    DROPOUT("dropout", ValueType.NUMBER, ExperimentConfig::dropout,
            "probability of dropping a hidden unit in training passes (inverted dropout)", numbers(0, false, 0.95, false)),
    EARLY_STOPPING("earlyStopping", ValueType.BOOLEAN, ExperimentConfig::earlyStopping,
            "stop when validation loss stops improving (needs a validation split)", anything("true, false")),
    PATIENCE("patience", ValueType.INTEGER, ExperimentConfig::patience,
            "epochs without improvement before early stopping stops", integers(0, 100_000)),
    MIN_DELTA("minDelta", ValueType.NUMBER, ExperimentConfig::minDelta,
            "an epoch improves when validation loss < best - minDelta", numbers(0, false, 10, false)),
    START_FROM_EPOCH("startFromEpoch", ValueType.INTEGER, ExperimentConfig::startFromEpoch,
            "epochs 1 … startFromEpoch are not monitored by early stopping", integers(0, 100_000)),
    RESTORE_BEST_WEIGHTS("restoreBestWeights", ValueType.BOOLEAN, ExperimentConfig::restoreBestWeights,
            "after early stopping, go back to the best epoch's weights", anything("true, false")),
    SPLIT_SEED("splitSeed", ValueType.LONG_INTEGER, ExperimentConfig::splitSeed,
            "seeds the train/validation/test split", anything("any 64-bit integer")),
    DATA_SEED("dataSeed", ValueType.LONG_INTEGER, ExperimentConfig::dataSeed,
            "seeds the generated sets' points and noise", anything("any 64-bit integer")),
    INIT_SEED("initSeed", ValueType.LONG_INTEGER, ExperimentConfig::initSeed,
            "seeds the initial weights", anything("any 64-bit integer")),
    SHUFFLE_SEED("shuffleSeed", ValueType.LONG_INTEGER, ExperimentConfig::shuffleSeed,
            "seeds the shuffle order and the dropout masks", anything("any 64-bit integer"));

    /** The output loss names a config accepts: auto, then the engine's. */
    public static final String AUTO_OUTPUT_LOSS = "auto";

    private final String key;
    private final ValueType type;
    private final Function<ExperimentConfig, Object> accessor;
    private final String meaning;
    private final Allowed allowed;

    ConfigKey(String key, ValueType type, Function<ExperimentConfig, Object> accessor, String meaning,
              Allowed allowed) {
        this.key = key;
        this.type = type;
        this.accessor = accessor;
        this.meaning = meaning;
        this.allowed = allowed;
    }

    /** The name in files and on the command line, e.g. {@code learningRate}. */
    public String key() {
        return key;
    }

    public ValueType type() {
        return type;
    }

    public String meaning() {
        return meaning;
    }

    public Allowed allowed() {
        return allowed;
    }

    /** This key's value in {@code config}. */
    public Object valueIn(ExperimentConfig config) {
        return accessor.apply(config);
    }

    /** This key's value in {@link ExperimentConfig#defaults()}. */
    public Object defaultValue() {
        return valueIn(ExperimentConfig.defaults());
    }

    /** A sentence naming this key and what it allows, or empty when {@code config}'s value is allowed. */
    public Optional<String> problemIn(ExperimentConfig config) {
        return Optional.ofNullable(allowed.problem(key, valueIn(config)));
    }

    public static Optional<ConfigKey> find(String key) {
        for (ConfigKey k : values()) {
            if (k.key.equals(key)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /** The known key closest to {@code unknown} (edit distance, ignoring case), for "did you mean" hints. */
    public static ConfigKey closestTo(String unknown) {
        ConfigKey best = values()[0];
        int bestDistance = Integer.MAX_VALUE;
        for (ConfigKey k : values()) {
            int d = EditDistance.between(unknown.toLowerCase(Locale.ROOT),
                    k.key.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = k;
                bestDistance = d;
            }
        }
        return best;
    }

    /** "unknown key 'lerningRate'; did you mean 'learningRate'?" */
    public static String unknownKeyMessage(String unknown) {
        return "unknown key '" + unknown + "'; did you mean '" + closestTo(unknown).key + "'?";
    }

    private static List<String> outputLosses() {
        List<String> names = new ArrayList<>();
        names.add(AUTO_OUTPUT_LOSS);
        names.addAll(EnumNames.all(OutputLoss.class));
        return names;
    }
}
