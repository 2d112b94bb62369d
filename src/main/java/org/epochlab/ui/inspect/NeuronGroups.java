package org.epochlab.ui.inspect;

import java.util.Arrays;

import org.epochlab.engine.LayerWeights;

/**
 * Which neurons of a layer are copies of each other: neuron j is its incoming weights with its bias,
 * and two neurons are one when every component agrees within {@link #TOLERANCE}, the rule behind
 * {@code EpochRecord.distinctNeurons()}. Each neuron joins the first earlier group whose first member
 * it agrees with. Immutable.
 */
public final class NeuronGroups {

    /** Largest difference in any weight or bias for two neurons to count as one. */
    public static final double TOLERANCE = 1e-12;

    private final int[] groupOf;
    private final int[] sizes;

    private NeuronGroups(int[] groupOf, int[] sizes) {
        this.groupOf = groupOf;
        this.sizes = sizes;
    }

    public static NeuronGroups of(LayerWeights layer) {
        int neurons = layer.outputs();
        double[][] vectors = new double[neurons][];
        for (int j = 0; j < neurons; j++) {
            double[] w = layer.incoming(j);
            vectors[j] = Arrays.copyOf(w, w.length + 1);
            vectors[j][w.length] = layer.bias(j);
        }
        int[] groupOf = new int[neurons];
        int[] firstMember = new int[neurons];
        int[] counts = new int[neurons];
        int groups = 0;
        for (int j = 0; j < neurons; j++) {
            int g = 0;
            while (g < groups && !agree(vectors[firstMember[g]], vectors[j])) {
                g++;
            }
            if (g == groups) {
                firstMember[groups++] = j;
            }
            groupOf[j] = g;
            counts[g]++;
        }
        return new NeuronGroups(groupOf, Arrays.copyOf(counts, groups));
    }

    private static boolean agree(double[] u, double[] v) {
        for (int k = 0; k < u.length; k++) {
            if (!(Math.abs(u[k] - v[k]) <= TOLERANCE)) {
                return false;
            }
        }
        return true;
    }

    public int neurons() {
        return groupOf.length;
    }

    /** The number of distinct neurons. */
    public int count() {
        return sizes.length;
    }

    /** The group of neuron j, numbered by first appearance from 0. */
    public int groupOf(int neuron) {
        return groupOf[neuron];
    }

    /** How many neurons share neuron j's group (1 for a neuron unlike any other). */
    public int sizeOfGroupOf(int neuron) {
        return sizes[groupOf[neuron]];
    }
}
