package org.epochlab.ui.inspect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.SimpleIntegerProperty;

import org.epochlab.engine.EpochRecord;
import org.epochlab.engine.NetworkWeights;

/**
 * State of the neuron view: the run, the weights on show and the hidden layer selected (the first
 * by default). FX thread only; {@link #renderJob()} hands the drawing to any thread as an
 * immutable job. {@link #revisionProperty()} changes whenever there is something new to draw.
 */
public final class NeuronViewModel {

    /** Tiles drawn at most; wider layers show their first neurons and a count of the rest. */
    public static final int MAX_TILES = 64;

    private final IntegerProperty selectedLayer = new SimpleIntegerProperty(this, "selectedLayer", 0);
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision");
    private InspectedRun run;
    private NetworkWeights weights;
    private int epoch;

    public NeuronViewModel() {
        selectedLayer.addListener((obs, old, now) -> revision.set(revision.get() + 1));
    }

    /** A new run: forgets the weights and selects the first hidden layer. */
    public void start(InspectedRun newRun) {
        run = newRun;
        weights = null;
        epoch = 0;
        selectedLayer.set(0);
        revision.set(revision.get() + 1);
    }

    /** The latest weights during training; {@code record} is null for the initial weights (epoch 0). */
    public void feed(NetworkWeights newWeights, EpochRecord record) {
        show(newWeights, record == null ? 0 : record.epoch());
    }

    /** The weights of a chosen epoch (0 = initial). */
    public void show(NetworkWeights newWeights, int newEpoch) {
        weights = newWeights;
        epoch = newEpoch;
        revision.set(revision.get() + 1);
    }

    /** Hidden layer on show, 0-based. */
    public IntegerProperty selectedLayerProperty() {
        return selectedLayer;
    }

    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    public InspectedRun run() {
        return run;
    }

    public NetworkWeights weights() {
        return weights;
    }

    public int epoch() {
        return epoch;
    }

    /** One name per hidden layer for the selector, e.g. "Hidden layer 1 (16 neurons)". */
    public List<String> layerNames() {
        List<String> names = new ArrayList<>();
        if (run != null) {
            for (int l = 0; l < run.hiddenLayers().size(); l++) {
                int width = run.hiddenLayers().get(l);
                names.add("Hidden layer " + (l + 1) + " (" + width + (width == 1 ? " neuron)" : " neurons)"));
            }
        }
        return names;
    }

    /** The drawing of the current state, to run on any thread; null when there is nothing to draw. */
    public Supplier<NeuronTiles> renderJob() {
        InspectedRun r = run;
        NetworkWeights w = weights;
        int layer = selectedLayer.get();
        int e = epoch;
        if (r == null || w == null || layer < 0 || layer >= w.hiddenLayerCount()) {
            return null;
        }
        return () -> NeuronTileRenderer.render(r, w, layer, e, MAX_TILES);
    }

    /** What the view says when there are no tiles to draw. */
    public String emptyText() {
        if (run == null) {
            return "No weights yet: start a run.";
        }
        return run.hiddenLayers().isEmpty() ? "This network has no hidden layer: it is a linear model."
                : "No weights yet.";
    }

    /** One line about a drawing, for the caption above the tiles. */
    public static String caption(NeuronTiles tiles) {
        int distinct = tiles.groups().count();
        String scale = switch (tiles.kind()) {
            case PLANE -> "blue low, white middle, red high";
            default -> String.format(Locale.ROOT, "blue −, red +, full colour at ±%.3g", tiles.scale());
        };
        return "Hidden layer " + (tiles.layer() + 1) + ": " + tiles.neurons()
                + (tiles.neurons() == 1 ? " neuron, " : " neurons, ") + distinct + " distinct · "
                + tiles.kind().description() + " (" + scale + ") · epoch " + tiles.epoch();
    }
}
