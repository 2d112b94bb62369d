package org.epochlab.ui.config;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.function.Function;

import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.epochlab.engine.Activation;
import org.epochlab.engine.InitScheme;
import org.epochlab.engine.OptimizerKind;
import org.epochlab.experiment.ConfigProblem;
import org.epochlab.experiment.ExperimentConfig;

/**
 * The state of the configuration form: one property per field, the config they make, and the
 * problems with it keyed by config key. Every change rebuilds the config and runs the validator,
 * so a bad value is reported while it is typed. Touches no control. FX thread only.
 */
public final class ConfigViewModel {

    /** Keys typed as text; their values are parsed as the config record's component types. */
    public static final List<String> TEXT_KEYS = List.of("labelColumn", "samples", "noise", "classes",
            "validationFraction",
            "testFraction", "weightInitParam", "learningRate", "batchSize", "epochs", "l2", "dropout", "patience",
            "minDelta", "splitSeed", "dataSeed", "initSeed", "shuffleSeed");

    /** Keys that may change between epochs of a run that exists; every other change needs a new run. */
    public static final Set<String> ADJUSTABLE_KEYS = Set.of("learningRate", "l2", "dropout");

    /** Generated sets that take a class count. */
    private static final Set<String> SETS_WITH_CLASS_COUNT = Set.of("blobs", "spiral");

    /** Learning-rate slider range, as powers of ten. */
    public static final double MIN_LR_EXPONENT = -5;
    public static final double MAX_LR_EXPONENT = 1;

    private final Function<ExperimentConfig, List<ConfigProblem>> validator;

    private final Map<String, StringProperty> text = new LinkedHashMap<>();
    private final StringProperty dataset = new SimpleStringProperty(this, "dataset");
    private final ObservableList<Integer> hiddenLayers = FXCollections.observableArrayList();
    private final ObjectProperty<Activation> activation = new SimpleObjectProperty<>(this, "activation");
    private final StringProperty outputLoss = new SimpleStringProperty(this, "outputLoss");
    private final ObjectProperty<InitScheme> weightInit = new SimpleObjectProperty<>(this, "weightInit");
    private final ObjectProperty<OptimizerKind> optimizer = new SimpleObjectProperty<>(this, "optimizer");
    private final BooleanProperty fullBatch = new SimpleBooleanProperty(this, "fullBatch");
    private final BooleanProperty earlyStopping = new SimpleBooleanProperty(this, "earlyStopping");
    private final BooleanProperty restoreBestWeights = new SimpleBooleanProperty(this, "restoreBestWeights");
    private final BooleanProperty standardize = new SimpleBooleanProperty(this, "standardize");
    private final DoubleProperty learningRateExponent = new SimpleDoubleProperty(this, "learningRateExponent");

    private final ReadOnlyObjectWrapper<ExperimentConfig> config = new ReadOnlyObjectWrapper<>(this, "config");
    private final ReadOnlyObjectWrapper<Map<String, String>> problems =
            new ReadOnlyObjectWrapper<>(this, "problems", Map.of());
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid");

    /** Set while a run exists: then a change to a key outside {@link #ADJUSTABLE_KEYS} is reported. */
    private final BooleanProperty runLocked = new SimpleBooleanProperty(this, "runLocked");
    private Consumer<String> onLockedEdit = key -> { };

    private ExperimentConfig base;
    private InitScheme lastRandomScheme = InitScheme.GLOROT_UNIFORM;
    private boolean loading;
    private boolean syncingLearningRate;

    /** @param validator {@code ConfigValidator::check} in the app */
    public ConfigViewModel(ExperimentConfig initial, Function<ExperimentConfig, List<ConfigProblem>> validator) {
        this.validator = validator;
        for (String key : TEXT_KEYS) {
            text.put(key, new SimpleStringProperty(this, key, ""));
        }
        load(initial);
        for (String key : TEXT_KEYS) {
            text.get(key).addListener(o -> changed(key));
        }
        dataset.addListener((o, was, now) -> datasetChanged());
        hiddenLayers.addListener((Observable o) -> changed("hiddenLayers"));
        activation.addListener(o -> changed("activation"));
        outputLoss.addListener(o -> changed("outputLoss"));
        weightInit.addListener((o, was, now) -> {
            if (now != null && now != InitScheme.ZEROS) {
                lastRandomScheme = now;
            }
            changed("weightInit");
        });
        optimizer.addListener(o -> changed("optimizer"));
        fullBatch.addListener(o -> changed("batchSize"));
        earlyStopping.addListener(o -> changed("earlyStopping"));
        restoreBestWeights.addListener(o -> changed("restoreBestWeights"));
        standardize.addListener(o -> changed("standardize"));
        text.get("learningRate").addListener((o, was, now) -> learningRateTextChanged(now));
        learningRateExponent.addListener((o, was, now) -> learningRateSliderMoved(now.doubleValue()));
    }

    // ---- commands ----

    /** Replaces every field with the values of {@code source}; keys the form does not show are kept from it. */
    public void load(ExperimentConfig source) {
        loading = true;
        try {
            base = source;
            for (String key : TEXT_KEYS) {
                text.get(key).set(format(ConfigRecords.get(ConfigRecords.values(source), key)));
            }
            dataset.set(source.dataset());
            hiddenLayers.setAll(source.hiddenLayers());
            activation.set(enumOrNull(Activation.class, source.activation()));
            outputLoss.set(source.outputLoss());
            weightInit.set(enumOrNull(InitScheme.class, source.weightInit()));
            optimizer.set(enumOrNull(OptimizerKind.class, source.optimizer()));
            fullBatch.set(source.batchSize() == 0);
            if (source.batchSize() == 0) {
                text.get("batchSize").set("32");
            }
            earlyStopping.set(source.earlyStopping());
            restoreBestWeights.set(source.restoreBestWeights());
            standardize.set(source.standardize());
            syncExponentFromText(text.get("learningRate").get());
        } finally {
            loading = false;
        }
        revalidate();
    }

    /** Puts back every key except the adjustable ones from {@code source} (a change the user did not confirm). */
    public void restoreFixedKeys(ExperimentConfig source) {
        Map<String, String> adjustable = new LinkedHashMap<>();
        for (String key : ADJUSTABLE_KEYS) {
            adjustable.put(key, text.get(key).get());
        }
        load(source);
        adjustable.forEach((key, value) -> text.get(key).set(value));
    }

    /** Zero (every weight 0) or Random (the last random scheme chosen, Glorot uniform at first). */
    public void setZeroInit(boolean zero) {
        weightInit.set(zero ? InitScheme.ZEROS : lastRandomScheme);
    }

    public void addHiddenLayer() {
        hiddenLayers.add(hiddenLayers.isEmpty() ? 16 : hiddenLayers.get(hiddenLayers.size() - 1));
    }

    public void removeHiddenLayer(int index) {
        hiddenLayers.remove(index);
    }

    public void setHiddenUnits(int index, int units) {
        if (hiddenLayers.get(index) != units) {
            hiddenLayers.set(index, units);
        }
    }

    /** Draws a fresh seed for {@code key} (one of the four seed keys). */
    public void newSeed(String key) {
        text(key).set(Long.toString(ThreadLocalRandom.current().nextLong(1, 1_000_000)));
    }

    /** Called when a key outside {@link #ADJUSTABLE_KEYS} changes while {@link #runLockedProperty()} is set. */
    public void setOnLockedEdit(Consumer<String> handler) {
        onLockedEdit = handler;
    }

    // ---- state ----

    public StringProperty text(String key) {
        StringProperty p = text.get(key);
        if (p == null) {
            throw new IllegalArgumentException("no text field for config key " + key);
        }
        return p;
    }

    public StringProperty datasetProperty() {
        return dataset;
    }

    public ObservableList<Integer> hiddenLayers() {
        return hiddenLayers;
    }

    public ObjectProperty<Activation> activationProperty() {
        return activation;
    }

    /** "auto" or a lower-case {@code OutputLoss} name. */
    public StringProperty outputLossProperty() {
        return outputLoss;
    }

    public ObjectProperty<InitScheme> weightInitProperty() {
        return weightInit;
    }

    public ObjectProperty<OptimizerKind> optimizerProperty() {
        return optimizer;
    }

    public BooleanProperty fullBatchProperty() {
        return fullBatch;
    }

    public BooleanProperty earlyStoppingProperty() {
        return earlyStopping;
    }

    /** z-score the features with the training split's mean and standard deviation. */
    public BooleanProperty standardizeProperty() {
        return standardize;
    }

    public BooleanProperty restoreBestWeightsProperty() {
        return restoreBestWeights;
    }

    /** log10 of the learning rate, for the slider; kept in step with the learning-rate text. */
    public DoubleProperty learningRateExponentProperty() {
        return learningRateExponent;
    }

    public BooleanProperty runLockedProperty() {
        return runLocked;
    }

    /** The config the fields make, or null while any field has a problem. */
    public ReadOnlyObjectProperty<ExperimentConfig> configProperty() {
        return config.getReadOnlyProperty();
    }

    /** Key → what is wrong with it; empty when the config can run. */
    public ReadOnlyObjectProperty<Map<String, String>> problemsProperty() {
        return problems.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    /** Whether the chosen dataset is generated (so samples and noise apply). */
    public boolean isGenerated(Set<String> generatedNames) {
        return generatedNames.contains(dataset.get());
    }

    public boolean takesClassCount() {
        return SETS_WITH_CLASS_COUNT.contains(dataset.get());
    }

    // ---- validation ----

    private void changed(String key) {
        if (loading) {
            return;
        }
        revalidate();
        if (runLocked.get() && !ADJUSTABLE_KEYS.contains(key)) {
            onLockedEdit.accept(key);
        }
    }

    private void datasetChanged() {
        if (!loading) {
            outputLoss.set("auto");
        }
        changed("dataset");
    }

    /** Parses every field into a copy of the base config, then asks the validator about it. */
    void revalidate() {
        Map<String, String> found = new LinkedHashMap<>();
        Object[] values = ConfigRecords.values(base);
        for (String key : TEXT_KEYS) {
            if (key.equals("batchSize") && fullBatch.get()) {
                ConfigRecords.set(values, key, 0);
                continue;
            }
            try {
                ConfigRecords.set(values, key, parse(key, text.get(key).get()));
            } catch (IllegalArgumentException e) {
                found.put(key, e.getMessage());
            }
        }
        ConfigRecords.set(values, "dataset", dataset.get());
        ConfigRecords.set(values, "hiddenLayers", List.copyOf(hiddenLayers));
        ConfigRecords.set(values, "activation", lower(activation.get()));
        ConfigRecords.set(values, "outputLoss", outputLoss.get());
        ConfigRecords.set(values, "weightInit", lower(weightInit.get()));
        ConfigRecords.set(values, "optimizer", lower(optimizer.get()));
        ConfigRecords.set(values, "earlyStopping", earlyStopping.get());
        ConfigRecords.set(values, "restoreBestWeights", restoreBestWeights.get());
        ConfigRecords.set(values, "standardize", standardize.get());
        ExperimentConfig built = ConfigRecords.build(values);
        for (ConfigProblem p : validator.apply(built)) {
            found.putIfAbsent(p.key(), p.message());
        }
        problems.set(Collections.unmodifiableMap(found));
        config.set(found.isEmpty() ? built : null);
        valid.set(found.isEmpty());
    }

    /** A field's text as the key's type, or an exception whose message says what is wrong. */
    static Object parse(String key, String raw) {
        String s = raw == null ? "" : raw.trim();
        Class<?> type = ConfigRecords.type(key);
        if (type == String.class) {
            return s.isEmpty() ? null : s; // optional text: empty means "not set"
        }
        if (s.isEmpty()) {
            throw new IllegalArgumentException(key + " is empty: type a number");
        }
        try {
            if (type == int.class) {
                return Integer.parseInt(s);
            }
            if (type == long.class) {
                return Long.parseLong(s);
            }
            double d = Double.parseDouble(s);
            if (!Double.isFinite(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            String kind = type == double.class ? "a number" : "a whole number";
            throw new IllegalArgumentException(key + " must be " + kind + ", got '" + s + "'");
        }
    }

    /** A value as the form shows it: 0.01 rather than 1.0E-2, 200 rather than 200.0. */
    static String format(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double d) {
            return Double.isFinite(d) ? BigDecimal.valueOf(d).stripTrailingZeros().toPlainString() : d.toString();
        }
        return String.valueOf(value);
    }

    // ---- learning-rate slider ----

    private void learningRateTextChanged(String now) {
        if (!syncingLearningRate) {
            syncExponentFromText(now);
        }
    }

    private void syncExponentFromText(String now) {
        try {
            double lr = Double.parseDouble(now.trim());
            if (lr > 0 && Double.isFinite(lr)) {
                syncingLearningRate = true;
                learningRateExponent.set(Math.max(MIN_LR_EXPONENT, Math.min(MAX_LR_EXPONENT, Math.log10(lr))));
            }
        } catch (NumberFormatException e) {
            // the field shows the parse problem; the slider stays where it was
        } finally {
            syncingLearningRate = false;
        }
    }

    private void learningRateSliderMoved(double exponent) {
        if (syncingLearningRate) {
            return;
        }
        // two significant digits: the slider picks a magnitude, the field gives exact values
        BigDecimal lr = new BigDecimal(Math.pow(10, exponent)).round(new MathContext(2));
        syncingLearningRate = true;
        try {
            text.get("learningRate").set(lr.stripTrailingZeros().toPlainString());
        } finally {
            syncingLearningRate = false;
        }
    }

    // ---- enum names ----

    private static String lower(Enum<?> e) {
        return e == null ? null : e.name().toLowerCase(Locale.ROOT);
    }

    private static <E extends Enum<E>> E enumOrNull(Class<E> type, String name) {
        if (name == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The problems in display order, for a summary under the form. */
    public List<String> problemMessages() {
        return new ArrayList<>(problems.get().values());
    }
}
