package org.epochlab.ui.inspect;

import java.util.function.Supplier;

import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;

import org.epochlab.engine.EpochRecord;
import org.epochlab.engine.NetworkWeights;

/**
 * State of the decision-boundary view: the run (its points and the plane range around them) and the
 * weights on show. FX thread only; {@link #renderJob()} hands the field to any thread as an
 * immutable job.
 */
public final class DecisionBoundaryViewModel {

    /** Pixels across and down the predicted-class field. */
    public static final int RESOLUTION = 200;

    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision");
    private final ReadOnlyLongWrapper dataRevision = new ReadOnlyLongWrapper(this, "dataRevision");
    private InspectedRun run;
    private PlaneRange range;
    private NetworkWeights weights;
    private int epoch;

    /** A new run (null: none, after Reset); only 2-feature data can be drawn, otherwise the view says so. */
    public void start(InspectedRun newRun) {
        run = newRun;
        range = newRun != null && newRun.isPlanar() ? newRun.planeRange() : null;
        weights = null;
        epoch = 0;
        dataRevision.set(dataRevision.get() + 1);
        revision.set(revision.get() + 1);
    }

    /** The latest weights during training; {@code record} is null for the initial weights. */
    public void feed(NetworkWeights newWeights, EpochRecord record) {
        show(newWeights, record == null ? 0 : record.epoch());
    }

    /** The weights of a chosen epoch (0 = initial). */
    public void show(NetworkWeights newWeights, int newEpoch) {
        weights = newWeights;
        epoch = newEpoch;
        revision.set(revision.get() + 1);
    }

    /** Changes whenever the field should be drawn again. */
    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** Changes whenever the points change (a new run). */
    public ReadOnlyLongProperty dataRevisionProperty() {
        return dataRevision.getReadOnlyProperty();
    }

    public InspectedRun run() {
        return run;
    }

    /** The plane on show, null unless the run has two features. */
    public PlaneRange range() {
        return range;
    }

    public int epoch() {
        return epoch;
    }

    public boolean canDraw() {
        return run != null && run.isPlanar();
    }

    /** The field of the current weights, to compute on any thread; null when there is nothing to draw. */
    public Supplier<DecisionField> renderJob() {
        if (!canDraw() || weights == null) {
            return null;
        }
        InspectedRun r = run;
        NetworkWeights w = weights;
        PlaneRange box = range;
        return () -> DecisionField.compute(r.function(w), box, RESOLUTION, RESOLUTION);
    }
}
