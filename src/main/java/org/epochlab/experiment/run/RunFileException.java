package org.epochlab.experiment.run;

/** A run file cannot be read or written; the message names the file and the problem. */
public final class RunFileException extends Exception {

    private static final long serialVersionUID = 1L;

    public RunFileException(String message) {
        super(message);
    }

    public RunFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
