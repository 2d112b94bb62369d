package org.epochlab.experiment.lesson;

import java.util.List;
import java.util.Locale;

/**
 * A lesson's worksheet as Markdown: the question, what to try and look for, the runs in a table, the charts
 * and the findings with the runs' numbers. The charts are referenced by the relative paths the {@code lesson}
 * command writes them to: {@value #OVERLAY_PNG}, {@value #SWEEP_PNG} and {@code PRESET/}{@value #RUN_PNG}.
 */
public final class LessonWorksheet {

    public static final String FILE = "lesson.md";
    public static final String OVERLAY_PNG = "overlay.png";
    public static final String SWEEP_PNG = "sweep.png";
    public static final String RUN_PNG = "loss.png";

    private LessonWorksheet() {
    }

    /** The path, relative to the worksheet, of a run's own loss chart and files. */
    public static String runFolder(RunOutcome outcome) {
        return outcome.run().presetName();
    }

    public static String markdown(LessonResult result) {
        Lesson lesson = result.lesson();
        StringBuilder md = new StringBuilder();
        md.append("# ").append(lesson.title()).append("\n\n");
        md.append("Lesson `").append(lesson.id()).append("`: ").append(lesson.shows()).append(".\n\n");
        md.append("## Try this, look for that\n\n");
        for (String line : lesson.tryThis()) {
            md.append("- ").append(line).append('\n');
        }
        md.append("\n## The runs\n\n");
        md.append("| run | preset | epochs | stopped | best epoch | training loss | validation loss"
                + " | validation accuracy |\n");
        md.append("|---|---|---|---|---|---|---|---|\n");
        for (RunOutcome o : result.outcomes()) {
            md.append("| ").append(o.label()).append(" | `").append(o.run().presetName()).append("` | ")
                    .append(o.history().size()).append(" | ").append(o.result().stopReason().key()).append(" | ")
                    .append(o.report().bestEpoch() > 0 ? Integer.toString(o.report().bestEpoch()) : "–").append(" | ")
                    .append(Numbers.loss(o.last().trainLoss())).append(" | ").append(Numbers.loss(o.last().valLoss()))
                    .append(" | ").append(Numbers.percent(o.last().valAccuracy())).append(" |\n");
        }
        SeedSet seeds = result.seeds();
        String seedFlags = seeds.equals(SeedSet.DEFAULT) ? "" : " --set splitSeed=" + seeds.splitSeed()
                + " --set dataSeed=" + seeds.dataSeed() + " --set initSeed=" + seeds.initSeed() + " --set shuffleSeed="
                + seeds.shuffleSeed();
        md.append("\nLosses and accuracy are the last epoch's. Train any run on its own: `epoch-lab train --preset"
                + " PRESET --out DIR").append(seedFlags).append("`.\n\n");
        md.append("## Charts\n\n");
        if (lesson.sweepAxis().isPresent()) {
            md.append("![Final training loss, final and best validation loss against ")
                    .append(lesson.sweep().label()).append("](").append(SWEEP_PNG).append(")\n\n");
        }
        if (lesson.comparesRuns()) {
            md.append("![The runs' training and validation loss on one chart](").append(OVERLAY_PNG).append(")\n\n");
        }
        for (RunOutcome o : result.outcomes()) {
            md.append("![").append(o.label()).append(": training and validation loss per epoch](")
                    .append(runFolder(o)).append('/').append(RUN_PNG).append(")\n\n");
        }
        md.append("## What you should have seen\n\n");
        appendFindings(md, result.findings());
        md.append("\nSeeds: ").append(result.seeds()).append(". Each run's files (config, history, summary, weights)"
                + " are in the folder named after its preset.\n");
        return md.toString();
    }

    private static void appendFindings(StringBuilder md, List<Finding> findings) {
        if (findings.isEmpty()) {
            md.append("- (the runs did not all finish)\n");
        }
        for (Finding f : findings) {
            md.append("- ").append(f.seen() ? "**Seen:** " : "**Not seen this time:** ").append(f.text()).append('\n');
        }
    }

    /** One line per lesson: the id, then the question, for {@code lesson} with no name. */
    public static String listing(List<Lesson> lessons) {
        int width = lessons.stream().mapToInt(l -> l.id().length()).max().orElse(0);
        StringBuilder s = new StringBuilder();
        for (Lesson l : lessons) {
            s.append(String.format(Locale.ROOT, "%-" + width + "s  %s%n", l.id(), l.title()));
        }
        return s.toString();
    }
}
