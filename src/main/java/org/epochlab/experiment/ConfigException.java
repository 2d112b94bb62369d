package org.epochlab.experiment;

/** A config that cannot be used: unknown key, wrong type, out of range, wrong schema version, bad file. */
public class ConfigException extends Exception {

    private static final long serialVersionUID = 1L;

    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
