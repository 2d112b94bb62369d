package org.epochlab.experiment;

import java.util.List;

/** Checks every key of a config against its allowed values and relations. */
public final class ConfigValidator {

    private ConfigValidator() {
    }

    /** Every problem, in key order; empty when the config can run. Does not read files. */
    public static List<ConfigProblem> check(ExperimentConfig config) {
        throw new UnsupportedOperationException("not yet implemented");
    }
}
