package org.epochlab.ui.runs;

import java.util.Locale;

import org.epochlab.experiment.ExperimentConfig;

/** The name a new run gets: its config's name and how its weights started, as in "moons, zero init". */
public final class RunNames {

    private RunNames() {
    }

    public static String of(ExperimentConfig config) {
        String init = initWords(config);
        String name = config.name() == null ? "" : config.name().strip();
        return name.isEmpty() ? init : name + ", " + init;
    }

    /** "zero init", "constant init" or "random init". */
    public static String initWords(ExperimentConfig config) {
        String scheme = config.weightInit().toLowerCase(Locale.ROOT);
        return switch (scheme) {
            case "zeros" -> "zero init";
            case "constant" -> "constant init";
            default -> "random init";
        };
    }
}
