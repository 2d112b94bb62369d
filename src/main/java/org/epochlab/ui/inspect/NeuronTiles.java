package org.epochlab.ui.inspect;

import java.util.List;

/**
 * One drawing of a hidden layer's neurons: an ARGB image per shown neuron (the first
 * {@code tiles().size()} of {@code neurons}), with the groups of identical neurons. Immutable by
 * convention: nobody writes into the pixel arrays after the renderer made them.
 *
 * @param layer      hidden layer, 0-based
 * @param epoch      the epoch of the weights drawn (0 = initial weights)
 * @param neurons    neurons in the layer
 * @param groups     which neurons are copies of each other (all neurons, not just the shown ones)
 * @param tileWidth  pixels across each tile
 * @param tileHeight pixels down each tile
 * @param tiles      ARGB pixels of each shown neuron's tile, row-major
 * @param scale      the value drawn at full colour: the 99th percentile of |weight| for weight tiles, the activation's
 *                   half range for plane tiles
 */
public record NeuronTiles(int layer, int epoch, TileKind kind, int neurons, NeuronGroups groups, int tileWidth,
                          int tileHeight, List<int[]> tiles, double scale) {

    public NeuronTiles {
        tiles = List.copyOf(tiles);
    }

    /** Neurons not drawn because the layer is wider than the view shows. */
    public int hidden() {
        return neurons - tiles.size();
    }
}
