package org.epochlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.epochlab.data.DataFormatException;
import org.epochlab.engine.EpochRecord;
import org.epochlab.engine.StopReason;
import org.epochlab.engine.TrainingControl;
import org.epochlab.engine.TrainingListener;
import org.epochlab.engine.TrainingResult;
import org.epochlab.experiment.ConfigException;
import org.epochlab.experiment.ConfigProblem;
import org.epochlab.experiment.ConfigValidator;
import org.epochlab.experiment.ExperimentConfig;
import org.epochlab.experiment.ExperimentRunner;
import org.epochlab.experiment.OverfittingAnalysis;
import org.epochlab.experiment.OverfittingReport;
import org.epochlab.experiment.PreparedExperiment;
import org.epochlab.export.ChartPngRenderer;
import org.epochlab.export.RunFiles;
import org.epochlab.io.IoMessages;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Trains one config, as the window would, and writes the run's files. */
@Command(name = "train", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Trains a preset or a config file, as the window would, and writes the run's files to the "
                + "output folder.",
        footer = {"%nFiles written to DIR:",
                "  config.json           the full effective config (--config reads it back)",
                "  history.csv           one row per epoch: losses, accuracies, norms, neurons",
                "  summary.json          how it stopped, best and overfit epochs, metrics, seeds",
                "  weights-initial.json  every layer's weights and biases before training",
                "  weights-final.json    ... at the end (the best epoch's if restored)",
                "%nExit codes: 0 done, 2 bad input (the message names it), 1 internal error."})
final class TrainCommand implements Callable<Integer> {

    @Mixin
    ConfigSourceOptions configSource;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The folder for the run's files.")
    Path out;

    @Option(names = "--png", paramLabel = "FILE.png", description = "Also draws the loss chart to a PNG.")
    Path png;

    @Option(names = "--png-scale", paramLabel = "1|2", defaultValue = "1",
            description = "1 for screen size, 2 for crisp slides (default ${DEFAULT-VALUE}).")
    int pngScale;

    @Option(names = "--progress", description = "Prints one line per epoch.")
    boolean progress;

    @Spec
    CommandSpec spec;

    @Override
    @SuppressWarnings("try") // StopOnShutdown is a scope: while open, a shutdown cancels the run instead of losing it
    public Integer call() throws BadInputException, ConfigException, DataFormatException, IOException {
        if (pngScale != 1 && pngScale != 2) {
            throw new BadInputException("--png-scale must be 1 or 2, got " + pngScale);
        }
        ExperimentConfig config = configSource.config();
        List<ConfigProblem> problems = ConfigValidator.check(config);
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
        checkOutputFolder();
        PreparedExperiment prepared = ExperimentRunner.prepare(config);
        PrintWriter stdout = spec.commandLine().getOut();

        TrainingControl control = new TrainingControl();
        try (StopOnShutdown stop = new StopOnShutdown(control)) {
            long start = System.nanoTime();
            TrainingResult result = ExperimentRunner.run(prepared, progress ? printer(stdout, config.epochs())
                    : TrainingListener.NONE, control);
            double seconds = (System.nanoTime() - start) / 1e9;

            OverfittingReport report = OverfittingAnalysis.analyze(result.history());
            RunFiles.write(out, config, result, report, seconds);
            if (png != null) {
                ChartPngRenderer.render(config, result, pngScale, png);
            }
            stdout.println(outcome(result, report));
            stdout.flush();
            return exitCode(result);
        }
    }

    private int exitCode(TrainingResult result) {
        if (result.stopReason() == StopReason.FAILED) {
            spec.commandLine().getErr().println("epoch-lab: training failed at epoch " + (result.stoppedEpoch() + 1)
                    + "; the epochs before it are in " + out);
            return EpochLabCommand.INTERNAL_ERROR;
        }
        return EpochLabCommand.OK;
    }


    /** Fails before training, not after, when the results could not be written. */
    private void checkOutputFolder() throws BadInputException {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new BadInputException("--out " + out + " is a file; give a folder for the run's files");
        }
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            throw new BadInputException("cannot create the output folder " + out + ": " + IoMessages.reason(e));
        }
        if (!Files.isWritable(out)) {
            throw new BadInputException("cannot write to the output folder " + out + ": permission denied");
        }
    }

    private static TrainingListener printer(PrintWriter stdout, int epochs) {
        return (EpochRecord r) -> stdout.println(String.format(Locale.ROOT,
                "epoch %d/%d  train_loss %.6f  val_loss %.6f  train_acc %.4f  val_acc %.4f",
                r.epoch(), epochs, r.trainLoss(), r.valLoss(), r.trainAccuracy(), r.valAccuracy()));
    }

    private String outcome(TrainingResult result, OverfittingReport report) {
        StringBuilder line = new StringBuilder();
        int epochs = result.history().size();
        line.append("trained ").append(epochs).append(epochs == 1 ? " epoch (" : " epochs (").append(result.stopReason().key());
        if (result.stopReason() == StopReason.DIVERGED) {
            line.append(" at epoch ").append(result.stoppedEpoch()).append(": try a smaller learningRate");
        }
        line.append("); best epoch ").append(report.bestEpoch() > 0 ? Integer.toString(report.bestEpoch()) : "none");
        line.append("; overfitting ").append(report.overfits() ? "from epoch " + report.overfitEpoch() : "not detected");
        line.append("; test accuracy ").append(result.test() == null ? "n/a (no test split)"
                : String.format(Locale.ROOT, "%.4f", result.test().accuracy()));
        line.append("; files in ").append(out);
        return line.toString();
    }
}
