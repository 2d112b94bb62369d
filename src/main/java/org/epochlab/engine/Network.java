package org.epochlab.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;

/**
 * A stack of dense layers and every buffer its passes need. A batch is a matrix with one example per
 * row, so layer l computes, for all rows at once,
 * <pre>
 *   Z_l = A_{l-1} W_l + b_l        (A_0 = X, W_l is fan_in × fan_out, b_l added to every row)
 *   A_l = f(Z_l)                    (hidden layers; the output layer goes to {@link OutputKernels})
 * </pre>
 * and backpropagation runs the chain rule back from δ_L = ∂ℓ/∂Z_L = (Ŷ - Y) / m:
 * <pre>
 *   ∂ℓ/∂W_l = A_{l-1}ᵀ δ_l,   ∂ℓ/∂b_l = Σ_rows δ_l,   δ_{l-1} = (δ_l W_lᵀ) ⊙ f'(Z_{l-1})
 * </pre>
 *
 * <p>Workspaces: every matrix is allocated once, with room for {@code capacity} rows. A pass over
 * fewer rows (the last, shorter mini-batch, or the tail of an evaluation) reshapes the same arrays,
 * which {@link DMatrixRMaj#reshape(int, int)} does without allocating when the data fit. The products
 * go through {@link MatrixKernels}: A W and Aᵀ δ read their operands in place (Aᵀ by strides); δ Wᵀ
 * multiplies by a transposed copy of W, refreshed once per pass, because the kernels run along rows
 * of their right operand.
 */
final class Network {

    private final int layerCount;
    private final int[] widths;
    private final Activation activation;
    private final OutputLoss outputLoss;
    private final int capacity;

    /** W_l, fan_in × fan_out. */
    final DMatrixRMaj[] weights;
    /** b_l, 1 × fan_out. */
    final DMatrixRMaj[] biases;
    /** ∂L/∂W_l of the last training pass (penalty included). */
    final DMatrixRMaj[] weightGradients;
    /** ∂L/∂b_l of the last training pass. */
    final DMatrixRMaj[] biasGradients;

    /** X: the rows being passed, capacity × inputs. */
    private final DMatrixRMaj input;
    /** Where the loaded rows are: {@link #input}'s array, or a block of a split's own array. */
    private double[] inputData;
    private int inputOffset;
    /** The class of each row of {@link #input}. */
    private final int[] labels;
    /** Z_l; after a training pass, hidden layers hold f'(Z_l) ⊙ dropout mask instead. */
    private final DMatrixRMaj[] preActivations;
    /** A_l for hidden layers (after dropout in training passes). */
    private final DMatrixRMaj[] activations;
    /** δ_l = ∂ℓ/∂Z_l. */
    private final DMatrixRMaj[] deltas;
    /** W_lᵀ, fan_out × fan_in, for the layers whose δ_{l-1} is computed (l ≥ 1). */
    private final double[][] transposedWeights;
    /** Runs the products, on two threads when they are large. */
    private final MatrixKernels.Product product = new MatrixKernels.Product();
    /** Applies the optimizer to W_0, b_0, W_1, b_1, ... */
    private final OptimizerStep step;
    private int rows;

    /**
     * @param widths   inputs, hidden widths..., outputs
     * @param capacity the most rows one pass can take
     */
    Network(int[] widths, Activation activation, OutputLoss outputLoss, int capacity) {
        this.widths = widths.clone();
        this.layerCount = widths.length - 1;
        this.activation = activation;
        this.outputLoss = outputLoss;
        this.capacity = capacity;
        weights = new DMatrixRMaj[layerCount];
        biases = new DMatrixRMaj[layerCount];
        weightGradients = new DMatrixRMaj[layerCount];
        biasGradients = new DMatrixRMaj[layerCount];
        preActivations = new DMatrixRMaj[layerCount];
        activations = new DMatrixRMaj[layerCount];
        deltas = new DMatrixRMaj[layerCount];
        transposedWeights = new double[layerCount][];
        for (int l = 0; l < layerCount; l++) {
            int in = widths[l];
            int out = widths[l + 1];
            weights[l] = new DMatrixRMaj(in, out);
            biases[l] = new DMatrixRMaj(1, out);
            weightGradients[l] = new DMatrixRMaj(in, out);
            biasGradients[l] = new DMatrixRMaj(1, out);
            preActivations[l] = new DMatrixRMaj(capacity, out);
            deltas[l] = new DMatrixRMaj(capacity, out);
            if (l < layerCount - 1) {
                activations[l] = new DMatrixRMaj(capacity, out);
            }
            if (l > 0) {
                transposedWeights[l] = new double[in * out];
            }
        }
        input = new DMatrixRMaj(capacity, widths[0]);
        inputData = input.data;
        labels = new int[capacity];
        DMatrixRMaj[] tensors = new DMatrixRMaj[2 * layerCount];
        DMatrixRMaj[] tensorGradients = new DMatrixRMaj[2 * layerCount];
        for (int l = 0; l < layerCount; l++) {
            tensors[2 * l] = weights[l];
            tensors[2 * l + 1] = biases[l];
            tensorGradients[2 * l] = weightGradients[l];
            tensorGradients[2 * l + 1] = biasGradients[l];
        }
        step = new OptimizerStep(tensors, tensorGradients);
    }

    int layerCount() {
        return layerCount;
    }

    int capacity() {
        return capacity;
    }

    int width(int index) {
        return widths[index];
    }

    /** Draws W then b of each layer in turn, input side first, from one generator. */
    void initialize(Initializer weightInit, Initializer biasInit, SplittableRandom rng) {
        for (int l = 0; l < layerCount; l++) {
            int fanIn = widths[l];
            int fanOut = widths[l + 1];
            WeightInitializer.fill(weightInit, weights[l].data, fanIn * fanOut, fanIn, fanOut, rng);
            WeightInitializer.fill(biasInit, biases[l].data, fanOut, fanIn, fanOut, rng);
        }
    }

    /** Copies {@code count} rows of {@code samples}, taken in {@code order} from position {@code from}, into X. */
    void load(Samples samples, int[] order, int from, int count) {
        int cols = widths[0];
        for (int r = 0; r < count; r++) {
            int row = order == null ? from + r : order[from + r];
            samples.copyRow(row, input.data, r * cols);
            labels[r] = samples.label(row);
        }
        rows = count;
        input.reshape(count, cols);
        inputData = input.data;
        inputOffset = 0;
    }

    /** Makes rows [from, from + count) of {@code samples} the loaded rows, reading them in place (no copy). */
    void loadInPlace(Samples samples, int from, int count) {
        for (int r = 0; r < count; r++) {
            labels[r] = samples.label(from + r);
        }
        rows = count;
        inputData = samples.features();
        inputOffset = from * widths[0];
    }

    /**
     * A training pass over the loaded rows: forward with dropout, then every gradient of
     * L = mean ℓ + λ₁ Σ|W| + ½ λ₂ Σ W² (penalties on weights only, never biases).
     *
     * @param rng draws the dropout masks (unused when dropout is 0)
     * @return Σ ℓ over the rows, without penalty
     */
    double computeGradients(double dropout, SplittableRandom rng, double l1, double l2) {
        int last = layerCount - 1;
        double[] previous = inputData;
        int previousOffset = inputOffset;
        for (int l = 0; l < last; l++) {
            DMatrixRMaj z = preActivations[l];
            DMatrixRMaj a = activations[l];
            // Z = A W
            multiply(previous, previousOffset, l, z);
            a.reshape(rows, widths[l + 1]);
            // A = f(Z + b) ⊙ M;  Z ← f'(Z + b) ⊙ M
            ActivationKernels.forwardTraining(activation, z.data, biases[l].data, a.data, rows, widths[l + 1],
                    dropout, rng);
            previous = a.data;
            previousOffset = 0;
        }
        DMatrixRMaj logits = preActivations[last];
        // Z_L = A W
        multiply(previous, previousOffset, last, logits);
        DMatrixRMaj delta = deltas[last];
        delta.reshape(rows, widths[layerCount]);
        // δ_L = (Ŷ - Y) / m
        double loss = OutputKernels.score(outputLoss, logits.data, biases[last].data, rows, widths[layerCount],
                labels, delta.data, 1.0 / rows, null);

        for (int l = last; l >= 0; l--) {
            double[] below = l == 0 ? inputData : activations[l - 1].data;
            int belowOffset = l == 0 ? inputOffset : 0;
            // ∂L/∂W = Aᵀ δ: (i, p) of Aᵀ is A[p][i], strides 1 and fan_in
            product.multiply(widths[l], widths[l + 1], rows, below, belowOffset, 1, widths[l], deltas[l].data,
                    weightGradients[l].data);
            // ∂L/∂b = Σ_rows δ
            sumRows(deltas[l], biasGradients[l]);
            // ∂L/∂W += λ₁ sign(W) + λ₂ W
            addPenaltyGradient(weights[l], weightGradients[l], l1, l2);
            if (l > 0) {
                DMatrixRMaj deltaBelow = deltas[l - 1];
                deltaBelow.reshape(rows, widths[l]);
                // ∂ℓ/∂A_{l-1} = δ Wᵀ
                MatrixKernels.transpose(weights[l].data, widths[l], widths[l + 1], transposedWeights[l]);
                product.multiply(rows, widths[l], widths[l + 1], deltas[l].data, widths[l + 1], 1,
                        transposedWeights[l], deltaBelow.data);
                // δ_{l-1} = ∂ℓ/∂A_{l-1} ⊙ f'(Z_{l-1}) ⊙ M
                elementMultiply(deltaBelow.data, preActivations[l - 1].data, rows * widths[l]);
            }
        }
        return loss;
    }

    /**
     * An inference pass over the loaded rows (no dropout).
     *
     * @param confusion incremented per row when not null. Modified.
     * @return Σ ℓ over the rows, without penalty
     */
    double score(int[][] confusion) {
        int last = layerCount - 1;
        double[] previous = inputData;
        int previousOffset = inputOffset;
        for (int l = 0; l < last; l++) {
            DMatrixRMaj z = preActivations[l];
            DMatrixRMaj a = activations[l];
            // Z = A W
            multiply(previous, previousOffset, l, z);
            a.reshape(rows, widths[l + 1]);
            // A = f(Z + b)
            ActivationKernels.forward(activation, z.data, biases[l].data, a.data, rows, widths[l + 1]);
            previous = a.data;
            previousOffset = 0;
        }
        DMatrixRMaj logits = preActivations[last];
        multiply(previous, previousOffset, last, logits);
        return OutputKernels.score(outputLoss, logits.data, biases[last].data, rows, widths[layerCount], labels,
                null, 0.0, confusion);
    }

    /** θ ← optimizer step on every tensor, from the last computed gradients (see {@link OptimizerStep}). */
    void applyUpdate(Optimizer optimizer, double learningRate) {
        step.apply(optimizer, learningRate);
    }

    /** Number of values in each optimizer slot: W_0, b_0, W_1, b_1, ... */
    int[] parameterSizes() {
        int[] sizes = new int[2 * layerCount];
        for (int l = 0; l < layerCount; l++) {
            sizes[2 * l] = weights[l].getNumElements();
            sizes[2 * l + 1] = biases[l].getNumElements();
        }
        return sizes;
    }

    /** λ₁ Σ|W| + ½ λ₂ Σ W² over every layer's weights. */
    double penalty(double l1, double l2) {
        double abs = 0;
        double squares = 0;
        for (DMatrixRMaj w : weights) {
            double[] d = w.data;
            for (int i = 0, n = w.getNumElements(); i < n; i++) {
                abs += Math.abs(d[i]);
                squares += d[i] * d[i];
            }
        }
        return l1 * abs + 0.5 * l2 * squares;
    }

    /** A copy of every parameter; W row-major inputs × outputs, as {@link LayerWeights} expects. */
    NetworkWeights snapshot() {
        List<LayerWeights> layers = new ArrayList<>(layerCount);
        for (int l = 0; l < layerCount; l++) {
            layers.add(new LayerWeights(widths[l], widths[l + 1], weights[l].data, biases[l].data));
        }
        return new NetworkWeights(layers);
    }

    /** Replaces every parameter with those of {@code snapshot}, which must have this network's shape. */
    void restore(NetworkWeights snapshot) {
        if (snapshot.layers().size() != layerCount) {
            throw new IllegalArgumentException("weights have " + snapshot.layers().size() + " layers, the network has "
                    + layerCount);
        }
        for (int l = 0; l < layerCount; l++) {
            LayerWeights layer = snapshot.layer(l);
            if (layer.inputs() != widths[l] || layer.outputs() != widths[l + 1]) {
                throw new IllegalArgumentException("layer " + (l + 1) + " is " + widths[l] + " × " + widths[l + 1]
                        + ", the weights given are " + layer.inputs() + " × " + layer.outputs());
            }
        }
        for (int l = 0; l < layerCount; l++) {
            LayerWeights layer = snapshot.layer(l);
            System.arraycopy(layer.weightsRowMajor(), 0, weights[l].data, 0, weights[l].getNumElements());
            System.arraycopy(layer.biases(), 0, biases[l].data, 0, biases[l].getNumElements());
        }
    }

    /** Z = A W_l for the loaded rows; A (rows × fan_in) starts at a[offset], Z becomes rows × fan_out. */
    private void multiply(double[] a, int offset, int l, DMatrixRMaj z) {
        z.reshape(rows, widths[l + 1]);
        product.multiply(rows, widths[l + 1], widths[l], a, offset, widths[l], 1, weights[l].data, z.data);
    }

    /**
     * ‖M‖_F = √(Σ m²), summed in four interleaved partial sums (i mod 4) added at the end: four
     * independent chains instead of one, so the adds overlap; the order is fixed, so is the result.
     */
    static double frobeniusNorm(DMatrixRMaj m) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        double[] d = m.data;
        int n = m.getNumElements();
        int i = 0;
        for (; i + 4 <= n; i += 4) {
            s0 += d[i] * d[i];
            s1 += d[i + 1] * d[i + 1];
            s2 += d[i + 2] * d[i + 2];
            s3 += d[i + 3] * d[i + 3];
        }
        for (; i < n; i++) {
            s0 += d[i] * d[i];
        }
        return Math.sqrt((s0 + s1) + (s2 + s3));
    }

    /** out_j = Σ_r m_rj, out is 1 × cols. */
    private static void sumRows(DMatrixRMaj m, DMatrixRMaj out) {
        int cols = m.numCols;
        double[] o = out.data;
        double[] d = m.data;
        java.util.Arrays.fill(o, 0, cols, 0.0);
        int i = 0;
        for (int r = 0; r < m.numRows; r++) {
            for (int j = 0; j < cols; j++, i++) {
                o[j] += d[i];
            }
        }
    }

    /** g += λ₁ sign(w) + λ₂ w, with sign(0) = 0. */
    private static void addPenaltyGradient(DMatrixRMaj w, DMatrixRMaj g, double l1, double l2) {
        if (l1 == 0 && l2 == 0) {
            return;
        }
        double[] wd = w.data;
        double[] gd = g.data;
        for (int i = 0, n = w.getNumElements(); i < n; i++) {
            gd[i] += l1 * Math.signum(wd[i]) + l2 * wd[i];
        }
    }

    /** a ⊙= b over the first n values. */
    private static void elementMultiply(double[] a, double[] b, int n) {
        for (int i = 0; i < n; i++) {
            a[i] *= b[i];
        }
    }
}
