package org.epochlab.ui.inspect;

import java.util.List;
import java.util.function.ObjIntConsumer;

import javafx.scene.Node;

import org.epochlab.engine.EpochRecord;
import org.epochlab.engine.NetworkWeights;

/**
 * The four inspection views of one run, fed together: the window places the views where it likes
 * and calls these methods from its frame-rate drain. While a run trains, only the view on show
 * follows its weights ({@link #setLive}). FX thread only.
 */
public final class InspectionViews {

    private final SymmetryMeterView symmetryMeter = new SymmetryMeterView();
    private final NeuronView neurons = new NeuronView();
    private final DecisionBoundaryView decisionBoundary = new DecisionBoundaryView();
    private final ConfusionMatrixView confusionMatrix = new ConfusionMatrixView();
    private final List<Follower> followers = List.of(
            new Follower(neurons, (w, e) -> neurons.model().show(w, e)),
            new Follower(decisionBoundary, (w, e) -> decisionBoundary.model().show(w, e)),
            new Follower(confusionMatrix, (w, e) -> confusionMatrix.model().show(w, e)));
    private Node live;
    private NetworkWeights latest;
    private int latestEpoch;

    /** A view that draws weights, and the snapshot it was given last (the same object is not drawn twice). */
    private static final class Follower {
        private final Node view;
        private final ObjIntConsumer<NetworkWeights> draw;
        private NetworkWeights given;

        Follower(Node view, ObjIntConsumer<NetworkWeights> draw) {
            this.view = view;
            this.draw = draw;
        }

        void show(NetworkWeights weights, int epoch) {
            if (weights != given) {
                given = weights;
                draw.accept(weights, epoch);
            }
        }
    }

    public SymmetryMeterView symmetryMeter() {
        return symmetryMeter;
    }

    public NeuronView neurons() {
        return neurons;
    }

    public DecisionBoundaryView decisionBoundary() {
        return decisionBoundary;
    }

    public ConfusionMatrixView confusionMatrix() {
        return confusionMatrix;
    }

    /** A new run, before its first epoch; {@code initialWeights} (epoch 0) may be null. */
    public void start(InspectedRun run, NetworkWeights initialWeights) {
        latest = null;
        for (Follower f : followers) {
            f.given = null;
        }
        symmetryMeter.model().start(run);
        neurons.model().start(run);
        decisionBoundary.model().start(run);
        confusionMatrix.model().start(run);
        if (initialWeights != null) {
            symmetryMeter.model().feed(initialWeights, null);
            showEpoch(initialWeights, 0);
        }
    }

    /** No run (Reset): every view empties, so none shows a run that is no longer on the chart. */
    public void clear() {
        latest = null;
        for (Follower f : followers) {
            f.given = null;
        }
        symmetryMeter.model().clear();
        neurons.model().start(null);
        decisionBoundary.model().start(null);
        confusionMatrix.model().start(null);
    }

    /**
     * One frame's worth of training: the records that arrived since the last frame (in order, may be
     * empty) and the newest weight snapshot, taken at {@code weightsEpoch} (null if none arrived). The
     * snapshot goes to the {@linkplain #setLive live} view only; the others get it from {@link #catchUp()}
     * or when they become live, so a hidden tab costs nothing while a run trains.
     */
    public void feed(List<EpochRecord> newRecords, NetworkWeights latestWeights, int weightsEpoch) {
        symmetryMeter.model().append(newRecords);
        if (latestWeights != null) {
            latest = latestWeights;
            latestEpoch = weightsEpoch;
            for (Follower f : followers) {
                if (live == null || f.view == live) {
                    f.show(latest, latestEpoch);
                }
            }
        }
    }

    /** The weights of a chosen epoch (the scrubber, the best epoch) in the neuron, boundary and confusion views. */
    public void showEpoch(NetworkWeights weights, int epoch) {
        latest = weights;
        latestEpoch = epoch;
        for (Follower f : followers) {
            f.show(weights, epoch);
        }
    }

    /**
     * Which view is on show ({@link #neurons()}, {@link #decisionBoundary()} or {@link #confusionMatrix()}; any
     * other node, such as the symmetry meter, leaves all three hidden; null makes all three live, as they are
     * until this is first called). A view that becomes live is brought up to the newest weights at once.
     */
    public void setLive(Node view) {
        live = view;
        catchUp(view);
    }

    /** Brings every view up to the newest weights (when the run stops, so that each tab shows its end). */
    public void catchUp() {
        catchUp(null);
    }

    private void catchUp(Node only) {
        if (latest == null) {
            return;
        }
        for (Follower f : followers) {
            if (only == null || f.view == only) {
                f.show(latest, latestEpoch);
            }
        }
    }

    /** Ends the views' drawing threads (when the window closes). */
    public void dispose() {
        neurons.dispose();
        decisionBoundary.dispose();
        confusionMatrix.dispose();
    }
}
