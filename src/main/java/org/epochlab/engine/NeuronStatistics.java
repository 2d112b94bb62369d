package org.epochlab.engine;

import org.ejml.data.DMatrixRMaj;

/**
 * How alike the neurons of one hidden layer are. Neuron j is the vector of its incoming weights
 * (column j of W) with its bias appended. Neurons that start identical receive identical gradients
 * and stay identical forever: a layer of n such neurons computes what one neuron computes. This is
 * why zero (or constant) initialization fails, and random initialization "breaks the symmetry".
 *
 * <ul>
 *   <li>distinct count: neurons are grouped greedily, each joining the first earlier group whose
 *       representative agrees with it within {@value #TOLERANCE} in every component</li>
 *   <li>mean cosine similarity over all pairs: cos(u, v) = u·v / (‖u‖ ‖v‖); 1 for a single neuron; a
 *       pair with a zero vector counts 1 if both are zero, else 0</li>
 * </ul>
 * One instance per layer holds a neurons × (inputs + 1) workspace, filled once per call.
 */
final class NeuronStatistics {

    /** Largest difference in any weight or bias for two neurons to count as one. */
    static final double TOLERANCE = 1e-12;

    private final int inputs;
    private final int neurons;
    /** Row j: neuron j's incoming weights, then its bias. */
    private final double[] vectors;
    private final double[] norms;
    private final int[] representatives;
    /** Σ of the unit vectors of the non-zero neurons. */
    private final double[] directionSum;

    NeuronStatistics(int inputs, int neurons) {
        this.inputs = inputs;
        this.neurons = neurons;
        this.vectors = new double[neurons * (inputs + 1)];
        this.norms = new double[neurons];
        this.representatives = new int[neurons];
        this.directionSum = new double[inputs + 1];
    }

    /** Copies neuron vectors out of W (inputs × neurons) and b; call before the two measures. */
    void load(DMatrixRMaj weights, DMatrixRMaj bias) {
        int stride = inputs + 1;
        double[] w = weights.data;
        for (int i = 0; i < inputs; i++) {
            int row = i * neurons;
            for (int j = 0; j < neurons; j++) {
                vectors[j * stride + i] = w[row + j];
            }
        }
        for (int j = 0; j < neurons; j++) {
            vectors[j * stride + inputs] = bias.data[j];
            double sum = 0;
            for (int k = 0; k < stride; k++) {
                double v = vectors[j * stride + k];
                sum += v * v;
            }
            norms[j] = Math.sqrt(sum);
        }
    }

    /** The number of groups of neurons that agree within {@link #TOLERANCE}. */
    int distinctCount() {
        int groups = 0;
        for (int j = 0; j < neurons; j++) {
            boolean matched = false;
            for (int g = 0; g < groups && !matched; g++) {
                matched = agree(representatives[g], j);
            }
            if (!matched) {
                representatives[groups++] = j;
            }
        }
        return groups;
    }

    /**
     * Mean of cos(u, v) over all n (n - 1) / 2 pairs of neurons, in O(n d) rather than pair by pair:
     * with û = u / ‖u‖ over the z' non-zero neurons and s = Σ û,
     * <pre>  Σ_{pairs of non-zero} cos = (‖s‖² - Σ ‖û‖²) / 2 = (‖s‖² - z') / 2</pre>
     * and each of the z (z - 1) / 2 pairs of zero neurons adds 1. Clamped to [-1, 1] against rounding.
     */
    double meanCosineSimilarity() {
        if (neurons < 2) {
            return 1.0;
        }
        int stride = inputs + 1;
        java.util.Arrays.fill(directionSum, 0.0);
        int nonZero = 0;
        for (int p = 0; p < neurons; p++) {
            if (norms[p] == 0) {
                continue;
            }
            nonZero++;
            double inverse = 1.0 / norms[p];
            int op = p * stride;
            for (int k = 0; k < stride; k++) {
                directionSum[k] += vectors[op + k] * inverse;
            }
        }
        double squared = 0;
        for (int k = 0; k < stride; k++) {
            squared += directionSum[k] * directionSum[k];
        }
        int zero = neurons - nonZero;
        double sum = (squared - nonZero) / 2 + (double) zero * (zero - 1) / 2;
        double mean = sum / ((double) neurons * (neurons - 1) / 2);
        return Math.max(-1.0, Math.min(1.0, mean));
    }

    private boolean agree(int p, int q) {
        int stride = inputs + 1;
        int op = p * stride;
        int oq = q * stride;
        for (int k = 0; k < stride; k++) {
            if (!(Math.abs(vectors[op + k] - vectors[oq + k]) <= TOLERANCE)) {
                return false;
            }
        }
        return true;
    }
}
