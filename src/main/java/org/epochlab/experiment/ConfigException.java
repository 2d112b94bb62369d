package org.epochlab.experiment;

import java.util.List;

/** A config that cannot be used: unknown key, wrong type, out of range, wrong schema version, bad file. */
public class ConfigException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<ConfigProblem> problems;

    public ConfigException(String message) {
        super(message);
        this.problems = List.of();
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
        this.problems = List.of();
    }

    /** The validator's problems, all in one message. */
    public ConfigException(List<ConfigProblem> problems) {
        super(ConfigValidator.describe(problems));
        this.problems = List.copyOf(problems);
    }

    /** The key-by-key problems when this came from {@link ConfigValidator}, else empty. */
    public List<ConfigProblem> problems() {
        return problems == null ? List.of() : problems;
    }
}
