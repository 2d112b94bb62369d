package org.epochlab.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;

import org.epochlab.engine.StopReason;
import org.epochlab.engine.TrainingControl;
import org.epochlab.engine.TrainingResult;
import org.epochlab.experiment.ConfigOverrides;
import org.epochlab.experiment.ExperimentConfig;
import org.epochlab.experiment.ExperimentRunner;
import org.epochlab.experiment.PreparedExperiment;
import org.epochlab.experiment.run.Listeners;
import org.epochlab.experiment.run.RunJournal;
import org.epochlab.experiment.run.RunRecord;
import org.epochlab.experiment.run.WeightTimeline;
import org.epochlab.experiment.run.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 20,000 epochs with everything a run in the window has: the journal, the weight timeline, the run file and
 * the next start's load. The heap is measured after a full collection at the start, at the end while the run
 * is still held, and once it is let go.
 */
class SoakTest {

    private static final int EPOCHS = 20_000;
    /** An epoch's record holds four short lists of boxed numbers: about 300 bytes; allow three times that. */
    private static final long BYTES_PER_RECORD = 1024;
    /** What the first long run may leave for good: one-off caches, measured at about 0.4 MB. */
    private static final long FIRST_RUN_LEFT_OVER = 2L * 1024 * 1024;
    /** What a second run may add to that: a leak of one 16-byte object per epoch would be 320,000 bytes. */
    private static final long SECOND_RUN_LEFT_OVER = EPOCHS * 16L / 2;
    private static final long TIMELINE_BUDGET = 1024 * 1024;

    @TempDir
    Path dir;

    @Test
    void twentyThousandEpochsKeepTheHeapWithinTheHistorysOwnSize() throws Exception {
        ExperimentConfig config = ConfigOverrides.apply(ExperimentConfig.defaults(), "name=soak", "dataset=xor",
                "samples=40", "hiddenLayers=4", "batchSize=0", "learningRate=0.01", "epochs=" + EPOCHS);
        // a short run first, so that classes and caches loaded once are in the heap before it is measured
        soak(Workspace.open(dir.resolve("warm-up")), ConfigOverrides.apply(config, "epochs=100"),
                new WeightTimeline(TIMELINE_BUDGET));
        PreparedExperiment prepared = ExperimentRunner.prepare(config);
        Workspace workspace = Workspace.open(dir.resolve("soak"));
        long start = usedHeapAfterGc();
        long began = System.nanoTime();

        WeightTimeline timeline = new WeightTimeline(TIMELINE_BUDGET);
        TrainingResult result = soak(workspace, prepared, timeline);
        RunRecord run = workspace.load().runs().get(0);
        Workspace.Contents reloaded = workspace.load();
        double seconds = (System.nanoTime() - began) / 1e9;

        long held = usedHeapAfterGc();
        assertThat(run.epochs()).isEqualTo(EPOCHS);
        assertThat(result.stopReason()).isEqualTo(StopReason.COMPLETED);
        assertThat(run.history()).isEqualTo(result.history());
        assertThat(reloaded.runs()).containsExactly(run);
        assertThat(timeline.bytesKept()).isLessThanOrEqualTo(TIMELINE_BUDGET);
        assertThat(timeline.keptEpochs()).contains(0, EPOCHS);
        int keptSnapshots = timeline.keptEpochs().length;
        int stride = timeline.stride();
        timeline = null;
        result = null;
        run = null;
        reloaded = null;
        long released = usedHeapAfterGc();
        soak(Workspace.open(dir.resolve("again")), prepared, new WeightTimeline(TIMELINE_BUDGET));
        long releasedAgain = usedHeapAfterGc();

        System.out.printf("soak: %,d epochs in %.1f s (training, journal, run file, reload); heap after GC %,d kB at "
                + "start, %,d kB holding three copies of the history (%,d B per epoch), %,d kB once let go, "
                + "%,d kB after a second soak; timeline kept %d snapshots at stride %d%n", EPOCHS, seconds,
                start / 1024, held / 1024, (held - start) / EPOCHS, released / 1024, releasedAgain / 1024,
                keptSnapshots, stride);
        assertThat(seconds).isLessThan(20);
        // three copies of the history are held: the trainer's result and two runs loaded back from the file
        assertThat(held - start).isLessThan(3 * EPOCHS * BYTES_PER_RECORD + TIMELINE_BUDGET);
        assertThat(released - start).isLessThan(FIRST_RUN_LEFT_OVER);
        assertThat(releasedAgain - released).isLessThan(SECOND_RUN_LEFT_OVER);
    }

    /** Trains with a journal and a weight timeline, and saves the run in the workspace. */
    private static TrainingResult soak(Workspace workspace, PreparedExperiment prepared, WeightTimeline timeline)
            throws Exception {
        RunJournal journal = workspace.startJournal("soak", prepared.config());
        long began = System.nanoTime();
        TrainingResult result = ExperimentRunner.run(prepared, Listeners.all(journal.asListener(), timeline),
                new TrainingControl());
        workspace.finish(journal, result, (System.nanoTime() - began) / 1e9);
        return result;
    }

    private static void soak(Workspace workspace, ExperimentConfig config, WeightTimeline timeline) throws Exception {
        soak(workspace, ExperimentRunner.prepare(config), timeline);
    }

    /** Used heap after full collections, repeated until it stops falling. */
    private static long usedHeapAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            long now = memory.getHeapMemoryUsage().getUsed();
            if (now >= used) {
                return Math.min(now, used);
            }
            used = now;
        }
        return used;
    }
}
