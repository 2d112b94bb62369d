package org.epochlab.cli;

/** Input the command cannot use (an unknown preset, an unusable option value): exit code 2 and its message. */
final class BadInputException extends Exception {

    private static final long serialVersionUID = 1L;

    BadInputException(String message) {
        super(message);
    }
}
