package org.epochlab.experiment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.epochlab.data.DatasetCatalog;

/**
 * Checks every key of a config against its allowed values ({@link ConfigKey#allowed()}) and the relations
 * between keys. Pure and cheap (no files, a few comparisons per key), so a form can call it on every keystroke.
 */
public final class ConfigValidator {

    private ConfigValidator() {
    }

    /** Every problem, in key order; empty when the config can run. Does not read files. */
    public static List<ConfigProblem> check(ExperimentConfig config) {
        List<ConfigProblem> problems = new ArrayList<>();
        for (ConfigKey key : ConfigKey.values()) {
            key.problemIn(config).ifPresent(message -> problems.add(new ConfigProblem(key.key(), message)));
        }
        checkRelations(config, problems);
        problems.sort(Comparator.comparingInt(p -> ConfigKey.find(p.key()).orElseThrow().ordinal()));
        return List.copyOf(problems);
    }

    /** The problems as one line, for a command line or a status bar ("" when there are none). */
    public static String describe(List<ConfigProblem> problems) {
        return String.join("; ", problems.stream().map(ConfigProblem::message).toList());
    }

    private static void checkRelations(ExperimentConfig c, List<ConfigProblem> problems) {
        boolean separateValidation = c.validationCsv() != null;
        double held = c.validationFraction() + c.testFraction();
        boolean eachInRange = c.validationFraction() >= 0 && c.validationFraction() < 1 && c.testFraction() >= 0
                && c.testFraction() < 1;
        if (!separateValidation && eachInRange && !(held < 1)) {
            problems.add(new ConfigProblem(ConfigKey.VALIDATION_FRACTION.key(),
                    "validationFraction + testFraction must be below 1 (some data must be left to train on), got "
                            + c.validationFraction() + " + " + c.testFraction()));
        }
        if (c.earlyStopping() && !separateValidation && c.validationFraction() == 0) {
            problems.add(new ConfigProblem(ConfigKey.EARLY_STOPPING.key(),
                    "earlyStopping needs a validation split: set validationFraction above 0 or give a validationCsv"));
        }
        if (DatasetCatalog.takesClassCount(c.dataset()) && c.classes() >= 2 && c.samples() >= 0
                && c.samples() < 2 * c.classes()) {
            problems.add(new ConfigProblem(ConfigKey.SAMPLES.key(), "samples must be at least 2 per class (" + 2 * c.classes()
                    + " for " + c.classes() + " classes of " + c.dataset() + "), got " + c.samples()));
        }
        checkInitParameter(ConfigKey.WEIGHT_INIT_PARAM, c.weightInit(), c.weightInitParam(), problems);
        checkInitParameter(ConfigKey.BIAS_INIT_PARAM, c.biasInit(), c.biasInitParam(), problems);
    }

    /** uniform's a and normal's σ are spreads: they cannot be negative. */
    private static void checkInitParameter(ConfigKey key, String scheme, double parameter, List<ConfigProblem> problems) {
        if (("uniform".equals(scheme) || "normal".equals(scheme)) && parameter < 0) {
            String symbol = "uniform".equals(scheme) ? "a" : "σ";
            problems.add(new ConfigProblem(key.key(), key.key() + " is " + symbol + " of " + scheme
                    + " and must be ≥ 0, got " + parameter));
        }
    }
}
