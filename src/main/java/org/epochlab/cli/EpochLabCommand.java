package org.epochlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.epochlab.data.DataFormatException;
import org.epochlab.experiment.ConfigException;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The headless commands: {@code train}, {@code presets}, {@code lesson}, {@code export-script} and
 * {@code bench}. Exit codes: 0 success, 2 bad input (one line on standard error naming the key, file or
 * preset and what is allowed), 1 internal error (one line; the stack trace too with {@code --verbose}).
 */
@Command(name = "epoch-lab", mixinStandardHelpOptions = true, versionProvider = EpochLabCommand.Version.class,
        description = "Epoch Lab without the window: train a config and write its files, list the presets, run a "
                + "lesson, export a run as a PyTorch or Keras script, or measure the engine's speed.",
        footer = "%nWith no arguments, epoch-lab opens the window.")
public final class EpochLabCommand implements Callable<Integer> {

    public static final int OK = 0;
    public static final int INTERNAL_ERROR = 1;
    public static final int BAD_INPUT = 2;

    @Option(names = "--verbose", scope = ScopeType.INHERIT,
            description = "On an internal error, print the stack trace too.")
    boolean verbose;

    @Spec
    CommandSpec spec;

    private EpochLabCommand() {
    }

    /** Runs the command line and returns the exit code: 0 success, 2 bad input, 1 internal error. */
    public static int execute(String... args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        CommandLine commandLine = new CommandLine(new EpochLabCommand())
                .addSubcommand(new TrainCommand())
                .addSubcommand(new PresetsCommand())
                .addSubcommand(new ExportScriptCommand())
                .addSubcommand(new LessonCommand())
                .addSubcommand(new BenchCommand())
                .setOut(out)
                .setErr(err)
                .setParameterExceptionHandler(EpochLabCommand::badArguments)
                .setExecutionExceptionHandler(EpochLabCommand::failed);
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    @Override
    public Integer call() {
        spec.commandLine().getErr().println(
                "epoch-lab: name a command: train, presets, lesson, export-script or bench (see epoch-lab --help)");
        return BAD_INPUT;
    }

    private static int badArguments(ParameterException e, String[] args) {
        CommandLine where = e.getCommandLine();
        String command = where.getCommandSpec().qualifiedName();
        String message = oneLine(e.getMessage()).replaceFirst("^Error: ", "");
        if (e instanceof UnmatchedArgumentException && where.getCommandSpec().parent() == null && args.length > 0
                && !args[0].startsWith("-")) {
            message = "unknown command '" + args[0] + "'; the commands are: "
                    + String.join(", ", where.getSubcommands().keySet());
        }
        where.getErr().println(command + ": " + message + " (see " + command + " --help)");
        return BAD_INPUT;
    }

    private static int failed(Exception e, CommandLine commandLine, ParseResult parseResult) {
        return report(e, commandLine.getErr(), verbose(parseResult));
    }

    /** Prints one line for {@code e} (and its stack trace if {@code verbose} and unexpected); returns the exit code. */
    static int report(Exception e, PrintWriter err, boolean verbose) {
        if (e instanceof BadInputException || e instanceof ConfigException || e instanceof DataFormatException
                || e instanceof IOException) {
            err.println(e.getMessage() == null ? e.getClass().getSimpleName() : oneLine(e.getMessage()));
            err.flush();
            return BAD_INPUT;
        }
        err.println("epoch-lab: internal error: " + oneLine(String.valueOf(e)));
        if (verbose) {
            e.printStackTrace(err);
        }
        err.flush();
        return INTERNAL_ERROR;
    }

    private static boolean verbose(ParseResult parseResult) {
        for (ParseResult p = parseResult; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }

    private static String oneLine(String message) {
        return message == null ? "no details" : message.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    /** The version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = EpochLabCommand.class.getPackage().getImplementationVersion();
            return new String[] {"Epoch Lab " + (version == null ? "(development build)" : version)};
        }
    }
}
