package org.epochlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.epochlab.data.DataFormatException;
import org.epochlab.experiment.ConfigException;
import org.epochlab.experiment.ConfigProblem;
import org.epochlab.experiment.ConfigValidator;
import org.epochlab.experiment.ExperimentConfig;
import org.epochlab.export.code.ScriptExport;
import org.epochlab.export.code.ScriptFramework;
import org.epochlab.io.IoMessages;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Writes a Python script (and its data) that rebuilds a config in PyTorch or Keras. */
@Command(name = "export-script", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Writes a commented Python script that rebuilds a preset or a config file in PyTorch or "
                + "Keras, with the lab's exact rows, so a student can continue in the framework. Nothing is trained.",
        footer = {"%nFiles written to DIR:",
                "  train_pytorch.py      (or train_keras.py) the script: python3 DIR/train_pytorch.py",
                "  data.csv              the lab's rows after scaling, with a split column (train/validation/test)",
                "  weights-initial.json  the lab's initial weights (the script's --lab-weights starts from them)",
                "  config.json           the config (train --config reads it)",
                "%nThe script prints each epoch's losses and writes history.csv and loss.png.",
                "%nExit codes: 0 done, 2 bad input (the message names it), 1 internal error."})
final class ExportScriptCommand implements Callable<Integer> {

    @Mixin
    ConfigSourceOptions configSource;

    @Option(names = "--framework", required = true, paramLabel = "pytorch|keras",
            description = "The framework the script uses.")
    String framework;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The folder for the script and its files.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws BadInputException, ConfigException, DataFormatException, IOException {
        ScriptFramework target = ScriptFramework.parse(framework).orElseThrow(() -> new BadInputException(
                "--framework must be one of " + ScriptFramework.keys() + ", got '" + framework + "'"));
        ExperimentConfig config = configSource.config();
        List<ConfigProblem> problems = ConfigValidator.check(config);
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
        checkOutputFolder();
        ScriptExport.Written written = ScriptExport.write(config, target, out);
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println("wrote " + String.join(", ", written.files().stream().map(p -> p.getFileName().toString())
                .toList()) + " to " + out + "; run: python3 " + written.script());
        stdout.flush();
        return EpochLabCommand.OK;
    }


    private void checkOutputFolder() throws BadInputException {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new BadInputException("--out " + out + " is a file; give a folder for the script");
        }
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            throw new BadInputException("cannot create the output folder " + out + ": " + IoMessages.reason(e));
        }
    }
}
