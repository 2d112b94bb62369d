package org.epochlab.engine;

import java.util.List;

/** An immutable snapshot of every layer's parameters, input side first; the last layer is the output layer. */
public record NetworkWeights(List<LayerWeights> layers) {

    public NetworkWeights {
        layers = List.copyOf(layers);
    }

    public LayerWeights layer(int index) {
        return layers.get(index);
    }

    public int hiddenLayerCount() {
        return layers.size() - 1;
    }
}
