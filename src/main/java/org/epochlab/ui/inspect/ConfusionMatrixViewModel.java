package org.epochlab.ui.inspect;

import java.util.function.Supplier;

import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;

import org.epochlab.engine.EpochRecord;
import org.epochlab.engine.NetworkWeights;

/**
 * State of the confusion-matrix view: the run and the weights of the selected epoch. FX thread only;
 * {@link #computeJob()} scores the validation split on any thread.
 */
public final class ConfusionMatrixViewModel {

    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision");
    private InspectedRun run;
    private NetworkWeights weights;
    private int epoch;

    /** A new run: forgets the weights. */
    public void start(InspectedRun newRun) {
        run = newRun;
        weights = null;
        epoch = 0;
        changed();
    }

    /** The latest weights during training; {@code record} is null for the initial weights. */
    public void feed(NetworkWeights newWeights, EpochRecord record) {
        show(newWeights, record == null ? 0 : record.epoch());
    }

    /** The weights of a chosen epoch (0 = initial). */
    public void show(NetworkWeights newWeights, int newEpoch) {
        weights = newWeights;
        epoch = newEpoch;
        changed();
    }

    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    public InspectedRun run() {
        return run;
    }

    /** The confusion of the current weights on the validation split, to run on any thread; null if there is none. */
    public Supplier<ConfusionMatrix> computeJob() {
        if (run == null || weights == null || !run.hasValidation()) {
            return null;
        }
        InspectedRun r = run;
        NetworkWeights w = weights;
        int e = epoch;
        return () -> ConfusionMatrix.of(r.function(w).evaluate(r.validation()), e);
    }

    /** What the view says when there is no matrix to show. */
    public String emptyText() {
        if (run == null) {
            return "No run yet.";
        }
        return run.hasValidation() ? "No weights yet." : "This run has no validation split.";
    }

    private void changed() {
        revision.set(revision.get() + 1);
    }
}
