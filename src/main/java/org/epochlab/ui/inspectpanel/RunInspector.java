package org.epochlab.ui.inspectpanel;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;

import org.epochlab.engine.EpochRecord;
import org.epochlab.engine.NetworkWeights;
import org.epochlab.engine.TrainingListener;
import org.epochlab.experiment.run.WeightTimeline;
import org.epochlab.ui.inspect.InspectedRun;
import org.epochlab.ui.run.EngineRun;
import org.epochlab.ui.run.TrainingRun;

/**
 * Takes the weight snapshots of the window's runs on the training thread and hands the FX thread only
 * what it needs per frame: which run started (once per new run) and the newest snapshot. The snapshots
 * themselves stay in the run's {@link WeightTimeline}, which keeps them by its documented, bounded policy.
 *
 * <p>{@link #apply} is called on the training thread at the start of every stretch of training; a
 * continued run is the same {@link TrainingRun} and keeps its timeline.
 */
public final class RunInspector implements Function<TrainingRun, TrainingListener> {

    /** A run the views should start on: what it trains on and where its snapshots are kept. */
    public record Started(InspectedRun run, WeightTimeline timeline) {
    }

    private final Function<TrainingRun, InspectedRun> describe;
    private final Supplier<WeightTimeline> timelines;
    private final AtomicReference<Started> started = new AtomicReference<>();
    private final AtomicReference<WeightTimeline.Snapshot> newest = new AtomicReference<>();

    // training thread only
    private TrainingRun current;
    private Started currentStart;

    /** The window's engine runs, each with a timeline of the default 64 MB budget. */
    public RunInspector() {
        this(run -> run instanceof EngineRun e ? InspectedRun.of(e.prepared()) : null, WeightTimeline::new);
    }

    /**
     * @param describe  what a run trains on, null for a run that cannot be inspected
     * @param timelines a new, empty timeline for each new run
     */
    public RunInspector(Function<TrainingRun, InspectedRun> describe, Supplier<WeightTimeline> timelines) {
        this.describe = describe;
        this.timelines = timelines;
    }

    @Override
    public TrainingListener apply(TrainingRun run) {
        if (run != current) {
            current = run;
            InspectedRun inspected = describe.apply(run);
            currentStart = inspected == null ? null : new Started(inspected, timelines.get());
            newest.set(null);
            started.set(currentStart);
        }
        Started start = currentStart;
        if (start == null) {
            return TrainingListener.NONE;
        }
        WeightTimeline timeline = start.timeline();
        return new TrainingListener() {
            @Override
            public void onEpoch(EpochRecord record) {
                timeline.onEpoch(record);
            }

            @Override
            public boolean wantsWeights(int epoch) {
                return timeline.wantsWeights(epoch);
            }

            @Override
            public void onWeights(int epoch, NetworkWeights weights) {
                timeline.onWeights(epoch, weights);
                newest.set(new WeightTimeline.Snapshot(epoch, weights));
            }
        };
    }

    /** FX thread: the run started since the last call, or null. */
    public Started pollStarted() {
        return started.getAndSet(null);
    }

    /** FX thread: whether no new run has started since the last {@link #pollStarted()}. */
    public boolean startedIsEmpty() {
        return started.get() == null;
    }

    /** FX thread: the newest snapshot since the last call, or null (older ones of the same frame are skipped). */
    public WeightTimeline.Snapshot pollNewest() {
        return newest.getAndSet(null);
    }

    /** FX thread: forgets what has not been picked up yet (the run was reset). */
    public void forget() {
        started.set(null);
        newest.set(null);
    }
}
