package org.epochlab.ui.inspect;

import java.util.List;

import org.epochlab.engine.EpochRecord;
import org.epochlab.engine.NetworkWeights;

/**
 * The four inspection views of one run, fed together: the window places the views where it likes
 * and calls these methods from its frame-rate drain. FX thread only.
 */
public final class InspectionViews {

    private final SymmetryMeterView symmetryMeter = new SymmetryMeterView();
    private final NeuronView neurons = new NeuronView();
    private final DecisionBoundaryView decisionBoundary = new DecisionBoundaryView();
    private final ConfusionMatrixView confusionMatrix = new ConfusionMatrixView();

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
        symmetryMeter.model().start(run);
        neurons.model().start(run);
        decisionBoundary.model().start(run);
        confusionMatrix.model().start(run);
        if (initialWeights != null) {
            symmetryMeter.model().feed(initialWeights, null);
            showEpoch(initialWeights, 0);
        }
    }

    /**
     * One frame's worth of training: the records that arrived since the last frame (in order, may be
     * empty) and the newest weight snapshot, taken at {@code weightsEpoch} (null if none arrived).
     */
    public void feed(List<EpochRecord> newRecords, NetworkWeights latestWeights, int weightsEpoch) {
        symmetryMeter.model().append(newRecords);
        if (latestWeights != null) {
            showEpoch(latestWeights, weightsEpoch);
        }
    }

    /** The weights of a chosen epoch (the scrubber, the best epoch) in the neuron, boundary and confusion views. */
    public void showEpoch(NetworkWeights weights, int epoch) {
        neurons.model().show(weights, epoch);
        decisionBoundary.model().show(weights, epoch);
        confusionMatrix.model().show(weights, epoch);
    }

    /** Ends the views' drawing threads (when the window closes). */
    public void dispose() {
        neurons.dispose();
        decisionBoundary.dispose();
        confusionMatrix.dispose();
    }
}
