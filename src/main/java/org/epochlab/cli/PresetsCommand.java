package org.epochlab.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.epochlab.experiment.Preset;
import org.epochlab.experiment.Presets;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Lists the presets, one line each: the name, then what it shows. */
@Command(name = "presets", mixinStandardHelpOptions = true,
        description = "Lists the presets, one per line: the name, then what it shows.")
final class PresetsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        int width = Presets.all().stream().mapToInt(p -> p.name().length()).max().orElse(0);
        for (Preset preset : Presets.all()) {
            out.println(String.format("%-" + width + "s  %s", preset.name(), preset.shows()));
        }
        out.flush();
        return EpochLabCommand.OK;
    }
}
