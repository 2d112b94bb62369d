package org.epochlab.cli;

/** The headless commands. Stub: to be implemented with picocli. */
public final class EpochLabCommand {

    private EpochLabCommand() {
    }

    /** Runs the command line and returns the exit code: 0 success, 2 bad input, 1 internal error. */
    public static int execute(String... args) {
        System.err.println("no such command: " + String.join(" ", args));
        return 2;
    }
}
