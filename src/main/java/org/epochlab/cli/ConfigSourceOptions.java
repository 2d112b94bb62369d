package org.epochlab.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.epochlab.experiment.ConfigException;
import org.epochlab.experiment.ConfigJson;
import org.epochlab.experiment.ConfigOverrides;
import org.epochlab.experiment.ExperimentConfig;
import org.epochlab.experiment.Preset;
import org.epochlab.experiment.Presets;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/**
 * Where a command's config comes from: {@code --preset NAME} or {@code --config FILE.json}, then any
 * number of {@code --set KEY=VALUE}. Shared by the commands that start from a config (a picocli mixin).
 */
final class ConfigSourceOptions {

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    static final class Source {
        @Option(names = "--preset", paramLabel = "NAME", description = "A preset (see `epoch-lab presets`).")
        String preset;

        @Option(names = "--config", paramLabel = "FILE.json", description = "A config file, e.g. a run's config.json.")
        Path config;
    }

    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = "Changes one config key, e.g. --set epochs=500 --set hiddenLayers=64,64. Repeatable.")
    List<String> assignments = new ArrayList<>();

    /** The preset's or the file's config with every {@code --set} applied, in order. */
    ExperimentConfig config() throws BadInputException, ConfigException {
        return ConfigOverrides.apply(baseConfig(), assignments);
    }

    private ExperimentConfig baseConfig() throws BadInputException, ConfigException {
        if (source.config != null) {
            return ConfigJson.read(source.config);
        }
        Preset preset = Presets.find(source.preset).orElseThrow(() -> new BadInputException(
                "unknown preset '" + source.preset + "'; the presets are: " + Presets.names()));
        return preset.config();
    }
}
