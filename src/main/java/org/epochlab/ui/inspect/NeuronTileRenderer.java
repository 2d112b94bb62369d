package org.epochlab.ui.inspect;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.epochlab.engine.Activation;
import org.epochlab.engine.LayerWeights;
import org.epochlab.engine.NetworkFunction;
import org.epochlab.engine.NetworkWeights;

/**
 * Draws the neurons of one hidden layer as small ARGB tiles, on any thread. What a tile shows
 * depends on the input: the first layer on 8 × 8 images shows each neuron's 64 incoming weights as
 * an image; 2-D inputs show each neuron's activation over the data's plane (through every layer
 * below it); anything else shows the incoming weights as signed bars. Weights use a diverging
 * colour map symmetric around 0 (blue negative, white 0, red positive) with one scale for the whole
 * layer, so that tiles compare with each other.
 */
public final class NeuronTileRenderer {

    /** Pixels across an image or plane tile. */
    public static final int TILE = 48;
    /** Pixels per input bar, before the tile is clamped to [{@link #TILE}, {@link #MAX_BAR_TILE}]. */
    static final int BAR_WIDTH = 4;
    static final int MAX_BAR_TILE = 128;
    /** Quantile of |w| drawn at full colour. */
    static final double SCALE_QUANTILE = 0.99;

    private NeuronTileRenderer() {
    }

    /** The tile kind for hidden layer {@code layer} of a run. */
    public static TileKind kindFor(InspectedRun run, int layer) {
        if (run.isPlanar()) {
            return TileKind.PLANE;
        }
        return layer == 0 && run.isImage() ? TileKind.IMAGE : TileKind.BARS;
    }

    /**
     * @param maxTiles draw at most this many neurons (the first ones)
     */
    public static NeuronTiles render(InspectedRun run, NetworkWeights weights, int layer, int epoch, int maxTiles) {
        LayerWeights lw = weights.layer(layer);
        NeuronGroups groups = NeuronGroups.of(lw);
        int shown = Math.min(maxTiles, lw.outputs());
        TileKind kind = kindFor(run, layer);
        return switch (kind) {
            case IMAGE -> images(lw, layer, epoch, groups, shown);
            case BARS -> bars(lw, layer, epoch, groups, shown);
            case PLANE -> planes(run, weights, layer, epoch, groups, shown);
        };
    }

    private static NeuronTiles images(LayerWeights lw, int layer, int epoch, NeuronGroups groups, int shown) {
        int side = InspectedRun.IMAGE_SIDE;
        int block = TILE / side;
        double scale = weightScale(lw);
        List<int[]> tiles = new ArrayList<>(shown);
        for (int j = 0; j < shown; j++) {
            int[] px = new int[TILE * TILE];
            for (int y = 0; y < TILE; y++) {
                for (int x = 0; x < TILE; x++) {
                    // input i = row · 8 + column, as the digits lay out their pixels
                    px[y * TILE + x] = Colours.diverging(lw.weight((y / block) * side + x / block, j), scale);
                }
            }
            tiles.add(px);
        }
        return new NeuronTiles(layer, epoch, TileKind.IMAGE, lw.outputs(), groups, TILE, TILE, tiles, scale);
    }

    private static NeuronTiles bars(LayerWeights lw, int layer, int epoch, NeuronGroups groups, int shown) {
        int inputs = lw.inputs();
        int width = Math.max(TILE, Math.min(MAX_BAR_TILE, inputs * BAR_WIDTH));
        int height = TILE;
        int mid = height / 2;
        double scale = weightScale(lw);
        int zeroLine = 0xFF9E9E9E;
        List<int[]> tiles = new ArrayList<>(shown);
        for (int j = 0; j < shown; j++) {
            int[] px = new int[width * height];
            Arrays.fill(px, 0xFFFFFFFF);
            for (int i = 0; i < inputs; i++) {
                int x0 = i * width / inputs;
                int x1 = Math.max(x0 + 1, (i + 1) * width / inputs - (width / inputs >= 3 ? 1 : 0));
                double w = lw.weight(i, j);
                int length = scale > 0 ? (int) Math.round(Math.min(1, Math.abs(w) / scale) * (mid - 1)) : 0;
                int colour = Colours.diverging(Math.signum(w), 1.0);
                int yFrom = w >= 0 ? mid - length : mid;
                int yTo = w >= 0 ? mid : mid + length;
                for (int y = yFrom; y < yTo; y++) {
                    for (int x = x0; x < x1; x++) {
                        px[y * width + x] = colour;
                    }
                }
            }
            for (int x = 0; x < width; x++) {
                px[mid * width + x] = zeroLine;
            }
            tiles.add(px);
        }
        return new NeuronTiles(layer, epoch, TileKind.BARS, lw.outputs(), groups, width, height, tiles, scale);
    }

    private static NeuronTiles planes(InspectedRun run, NetworkWeights weights, int layer, int epoch,
                                      NeuronGroups groups, int shown) {
        NetworkFunction f = run.function(weights);
        int width = f.hiddenWidth(layer);
        int pixels = TILE * TILE;
        double[] a = f.hiddenActivations(layer, run.planeRange().grid(TILE, TILE), pixels);
        double centre = run.activation() == Activation.SIGMOID ? 0.5 : 0.0;
        double scale = switch (run.activation()) {
            case SIGMOID -> 0.5;
            case TANH -> 1.0;
            default -> maxAbsDeviation(a, width, shown, centre);
        };
        List<int[]> tiles = new ArrayList<>(shown);
        for (int j = 0; j < shown; j++) {
            int[] px = new int[pixels];
            for (int p = 0; p < pixels; p++) {
                px[p] = Colours.diverging(a[p * width + j] - centre, scale);
            }
            tiles.add(px);
        }
        return new NeuronTiles(layer, epoch, TileKind.PLANE, width, groups, TILE, TILE, tiles, scale);
    }

    /**
     * The |w| drawn at full colour: the {@value #SCALE_QUANTILE} quantile of |w| over the layer, so
     * that a few large weights do not wash every other one out (those few are drawn at full colour).
     */
    static double weightScale(LayerWeights lw) {
        double[] w = lw.weightsRowMajor();
        for (int i = 0; i < w.length; i++) {
            w[i] = Math.abs(w[i]);
        }
        Arrays.sort(w);
        double q = w[(int) Math.floor(SCALE_QUANTILE * (w.length - 1))];
        return q > 0 ? q : w[w.length - 1];
    }

    /** max |a - centre| over the first {@code shown} columns of a rows × width block. */
    private static double maxAbsDeviation(double[] a, int width, int shown, double centre) {
        double max = 0;
        for (int p = 0; p < a.length; p += width) {
            for (int j = 0; j < shown; j++) {
                max = Math.max(max, Math.abs(a[p + j] - centre));
            }
        }
        return max;
    }
}
