package org.epochlab.ui.inspect;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;

import org.epochlab.engine.EpochRecord;
import org.epochlab.engine.NetworkWeights;
import org.epochlab.ui.chart.SeriesBuffer;

/**
 * State of the symmetry meter: per hidden layer, its width, the latest count of distinct neurons and
 * the mean cosine similarity of its neurons at every epoch so far. FX thread only.
 * {@link #revisionProperty()} changes whenever the meter should redraw.
 */
public final class SymmetryMeterViewModel {

    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision");
    private final SeriesBuffer epochs = new SeriesBuffer();
    private List<Integer> widths = List.of();
    private int[] distinct = new int[0];
    private double[] cosine = new double[0];
    private final List<SeriesBuffer> cosineHistory = new ArrayList<>();
    private boolean hasRun;

    /** A new run with these hidden-layer widths: forgets the last run's history. */
    public void start(List<Integer> hiddenLayers) {
        hasRun = true;
        widths = List.copyOf(hiddenLayers);
        distinct = new int[widths.size()];
        cosine = new double[widths.size()];
        Arrays.fill(cosine, Double.NaN);
        epochs.clear();
        cosineHistory.clear();
        for (int l = 0; l < widths.size(); l++) {
            cosineHistory.add(new SeriesBuffer());
        }
        changed();
    }

    /** No run (after Reset): no layers, and nothing to say about them. */
    public void clear() {
        start(List.of());
        hasRun = false;
        changed();
    }

    /** Whether a run has started since the last {@link #clear()}. */
    public boolean hasRun() {
        return hasRun;
    }

    /** {@link #start(List)} with the run's hidden layers. */
    public void start(InspectedRun run) {
        start(run.hiddenLayers());
    }

    /**
     * The latest epoch, or the initial weights when {@code record} is null: then the distinct counts
     * are worked out from the weights, as the engine counts them (no similarity is known yet).
     */
    public void feed(NetworkWeights weights, EpochRecord record) {
        if (record != null) {
            append(List.of(record));
        } else if (weights != null) {
            for (int l = 0; l < Math.min(distinct.length, weights.hiddenLayerCount()); l++) {
                distinct[l] = NeuronGroups.of(weights.layer(l)).count();
            }
            changed();
        }
    }

    /** The epochs that arrived since the last frame, in order. */
    public void append(List<EpochRecord> records) {
        if (records.isEmpty()) {
            return;
        }
        for (EpochRecord r : records) {
            epochs.add(r.epoch());
            for (int l = 0; l < widths.size(); l++) {
                double c = l < r.meanCosineSimilarity().size() ? r.meanCosineSimilarity().get(l) : Double.NaN;
                cosineHistory.get(l).add(c);
            }
        }
        EpochRecord last = records.get(records.size() - 1);
        for (int l = 0; l < widths.size(); l++) {
            distinct[l] = l < last.distinctNeurons().size() ? last.distinctNeurons().get(l) : 0;
            cosine[l] = l < last.meanCosineSimilarity().size() ? last.meanCosineSimilarity().get(l) : Double.NaN;
        }
        changed();
    }

    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    public int layerCount() {
        return widths.size();
    }

    public int width(int layer) {
        return widths.get(layer);
    }

    /** Distinct neurons in the layer, 0 before anything is known. */
    public int distinct(int layer) {
        return distinct[layer];
    }

    /** The latest mean cosine similarity, NaN before the first epoch. */
    public double cosine(int layer) {
        return cosine[layer];
    }

    /** Whether a layer of several neurons has collapsed into copies of one. */
    public boolean collapsed(int layer) {
        return distinct[layer] == 1 && widths.get(layer) > 1;
    }

    /** "1 distinct neuron of 16", "16 distinct neurons of 16"; "16 neurons" before anything is known. */
    public String distinctText(int layer) {
        int width = widths.get(layer);
        if (distinct[layer] == 0) {
            return width + (width == 1 ? " neuron" : " neurons");
        }
        return distinct[layer] + " " + unitText(layer);
    }

    /** The words after the big number: "distinct neuron of 16". */
    public String unitText(int layer) {
        return (distinct[layer] == 1 ? "distinct neuron of " : "distinct neurons of ") + widths.get(layer);
    }

    /** "mean cosine similarity 0.998", or a dash before the first epoch. */
    public String cosineText(int layer) {
        double c = cosine[layer];
        return "mean cosine similarity " + (Double.isNaN(c) ? "—" : String.format(Locale.ROOT, "%.3f", c));
    }

    /** Epoch numbers so far (shared by every layer's curve). */
    public SeriesBuffer epochs() {
        return epochs;
    }

    /** The layer's mean cosine similarity at each epoch in {@link #epochs()}. */
    public SeriesBuffer cosineHistory(int layer) {
        return cosineHistory.get(layer);
    }

    private void changed() {
        revision.set(revision.get() + 1);
    }
}
