package org.epochlab.export.code;

import org.epochlab.experiment.ConfigOverrides;
import org.epochlab.experiment.ExperimentConfig;
import org.epochlab.experiment.ExperimentRunner;
import org.epochlab.experiment.PreparedExperiment;
import org.epochlab.experiment.Presets;

/** Small prepared experiments for the export tests. */
final class ExportFixtures {

    private ExportFixtures() {
    }

    static ExperimentConfig preset(String name, String... assignments) throws Exception {
        return ConfigOverrides.apply(Presets.find(name).orElseThrow().config(), assignments);
    }

    static PreparedExperiment prepared(String preset, String... assignments) throws Exception {
        return ExperimentRunner.prepare(preset(preset, assignments));
    }
}
