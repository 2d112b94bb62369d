package org.epochlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.epochlab.data.DataFormatException;
import org.epochlab.engine.StopReason;
import org.epochlab.engine.TrainingControl;
import org.epochlab.experiment.ConfigException;
import org.epochlab.experiment.lesson.Finding;
import org.epochlab.experiment.lesson.Lesson;
import org.epochlab.experiment.lesson.LessonResult;
import org.epochlab.experiment.lesson.LessonRun;
import org.epochlab.experiment.lesson.LessonRunner;
import org.epochlab.experiment.lesson.LessonWorksheet;
import org.epochlab.experiment.lesson.Lessons;
import org.epochlab.experiment.lesson.RunOutcome;
import org.epochlab.experiment.lesson.SeedSet;
import org.epochlab.export.ChartPngRenderer;
import org.epochlab.export.LessonPngs;
import org.epochlab.export.RunFiles;
import org.epochlab.io.AtomicFiles;
import org.epochlab.io.IoMessages;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Runs a lesson's presets headless and writes its worksheet, charts and run files; lists the lessons. */
@Command(name = "lesson", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Runs a lesson: trains its presets, checks the effect it teaches, and writes a worksheet "
                + "(lesson.md) with its charts and every run's files to the output folder.",
            "With no NAME, lists the lessons."},
        footer = {"%nFiles written to DIR:",
                "  lesson.md        the question, what to try, the runs, the charts and what the runs showed",
                "  overlay.png      every run's loss on one chart (lessons that compare runs)",
                "  sweep.png        loss against the swept setting (the sweep lesson)",
                "  PRESET/          each run's config.json, history.csv, summary.json, weights-initial.json,",
                "                   weights-final.json and loss.png",
                "%nExit codes: 0 done, 2 bad input (the message names it), 1 internal error."})
final class LessonCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "NAME", description = "The lesson (see `epoch-lab lesson`).")
    String name;

    @Option(names = "--out", paramLabel = "DIR", description = "The folder for the worksheet, charts and run files.")
    Path out;

    @Option(names = "--seeds", paramLabel = "SPLIT,DATA,INIT,SHUFFLE", split = ",",
            description = "Other seeds for every run, e.g. --seeds 101,102,103,104 (default: the presets' own).")
    List<Long> seeds;

    @Option(names = "--png-scale", paramLabel = "1|2", defaultValue = "1",
            description = "1 for screen size, 2 for crisp slides (default ${DEFAULT-VALUE}).")
    int pngScale;

    @Spec
    CommandSpec spec;

    @Override
    @SuppressWarnings("try") // StopOnShutdown is a scope: while open, a shutdown cancels the run instead of losing it
    public Integer call() throws BadInputException, ConfigException, DataFormatException, IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        if (name == null) {
            stdout.print(LessonWorksheet.listing(Lessons.all()));
            stdout.flush();
            return EpochLabCommand.OK;
        }
        Lesson lesson = Lessons.find(name).orElseThrow(() -> new BadInputException(
                "unknown lesson '" + name + "'; the lessons are: " + Lessons.ids()));
        if (out == null) {
            throw new BadInputException("lesson " + name + " needs --out DIR for its worksheet and charts");
        }
        if (pngScale != 1 && pngScale != 2) {
            throw new BadInputException("--png-scale must be 1 or 2, got " + pngScale);
        }
        SeedSet seedSet = seedSet();
        checkOutputFolder();

        TrainingControl control = new TrainingControl();
        try (StopOnShutdown stop = new StopOnShutdown(control)) {
            LessonResult result = LessonRunner.run(lesson, seedSet, printer(stdout), control);
            for (RunOutcome o : result.outcomes()) {
                Path folder = out.resolve(LessonWorksheet.runFolder(o));
                RunFiles.write(folder, o.config(), o.result(), o.report(), o.seconds());
                ChartPngRenderer.render(o.config(), o.result(), o.report(), pngScale, folder.resolve(LessonWorksheet.RUN_PNG));
            }
            if (result.outcomes().size() < lesson.runs().size()) {
                spec.commandLine().getErr().println("epoch-lab: lesson " + name + " cancelled after "
                        + result.outcomes().size() + " of " + lesson.runs().size() + " runs; their files are in " + out);
                return EpochLabCommand.OK;
            }
            if (lesson.comparesRuns()) {
                LessonPngs.overlay(result, pngScale, out.resolve(LessonWorksheet.OVERLAY_PNG));
            }
            if (lesson.sweepAxis().isPresent()) {
                LessonPngs.sweep(result, pngScale, out.resolve(LessonWorksheet.SWEEP_PNG));
            }
            AtomicFiles.writeString(out.resolve(LessonWorksheet.FILE), LessonWorksheet.markdown(result));
            for (Finding f : result.findings()) {
                stdout.println((f.seen() ? "seen: " : "NOT seen: ") + f.text());
            }
            stdout.println("worksheet: " + out.resolve(LessonWorksheet.FILE));
            stdout.flush();
            return failed(result) ? EpochLabCommand.INTERNAL_ERROR : EpochLabCommand.OK;
        }
    }

    private boolean failed(LessonResult result) {
        for (RunOutcome o : result.outcomes()) {
            if (o.result().stopReason() == StopReason.FAILED) {
                spec.commandLine().getErr().println("epoch-lab: run " + o.run().presetName() + " failed at epoch "
                        + (o.result().stoppedEpoch() + 1) + "; the epochs before it are in "
                        + out.resolve(LessonWorksheet.runFolder(o)));
                return true;
            }
        }
        return false;
    }

    private SeedSet seedSet() throws BadInputException {
        if (seeds == null) {
            return SeedSet.DEFAULT;
        }
        if (seeds.size() != 4) {
            throw new BadInputException("--seeds needs 4 numbers SPLIT,DATA,INIT,SHUFFLE, got " + seeds.size());
        }
        return new SeedSet(seeds.get(0), seeds.get(1), seeds.get(2), seeds.get(3));
    }

    /** Fails before training, not after, when the results could not be written. */
    private void checkOutputFolder() throws BadInputException {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new BadInputException("--out " + out + " is a file; give a folder for the lesson's files");
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

    private static LessonRunner.Progress printer(PrintWriter stdout) {
        return new LessonRunner.Progress() {
            @Override
            public void started(LessonRun run, int index, int count) {
                stdout.print(String.format(Locale.ROOT, "run %d/%d: %s (%s) ... ", index + 1, count,
                        run.presetName(), run.label()));
                stdout.flush();
            }

            @Override
            public void finished(RunOutcome outcome, int index, int count) {
                stdout.println(String.format(Locale.ROOT, "%d epochs, %s, %.1f s", outcome.history().size(),
                        outcome.result().stopReason().key(), outcome.seconds()));
                stdout.flush();
            }
        };
    }
}
