package org.epochlab.ui.runs;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.epochlab.experiment.ConfigKey;
import org.epochlab.experiment.ExperimentConfig;

/** The config keys in which one run differs from another, as "weightInit=zeros, activation=sigmoid". */
public final class ConfigDiff {

    private ConfigDiff() {
    }

    /** The differing keys with {@code config}'s values, in the order of {@link ConfigKey}; the run's name is left out. */
    public static List<String> keys(ExperimentConfig config, ExperimentConfig baseline) {
        List<String> out = new ArrayList<>();
        for (ConfigKey key : ConfigKey.values()) {
            if (key == ConfigKey.NAME || key == ConfigKey.SCHEMA_VERSION) {
                continue;
            }
            Object value = key.valueIn(config);
            if (!Objects.equals(value, key.valueIn(baseline))) {
                out.add(key.key() + "=" + value);
            }
        }
        return out;
    }

    /** "weightInit=zeros, activation=sigmoid", "same as baseline", or "baseline" for the baseline itself. */
    public static String describe(ExperimentConfig config, ExperimentConfig baseline, boolean isBaseline) {
        if (isBaseline) {
            return "baseline";
        }
        List<String> keys = keys(config, baseline);
        return keys.isEmpty() ? "same as baseline" : String.join(", ", keys);
    }
}
