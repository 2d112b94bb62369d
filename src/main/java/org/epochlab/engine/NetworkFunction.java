package org.epochlab.engine;

import java.util.Arrays;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * A network's weights as a plain function of its input, for looking inside it: the activations of
 * any hidden layer, the class probabilities, the predicted class and the score on a split, all
 * without dropout. It runs the engine's own inference kernels, so it predicts exactly what
 * {@link TrainingSession#evaluate(Samples)} scores.
 *
 * <p>Immutable and safe to share between threads: the weights are copied in once and every call
 * allocates its own buffers, so a worker thread can draw a heatmap from a snapshot while the
 * trainer goes on.
 *
 * <p>Inputs are row-major blocks of {@code rows × inputs()} values, as in {@link Samples}.
 */
public final class NetworkFunction {

    /** Rows per pass: a split is scored in chunks as the engine scores it, and a chunk's layers stay in cache. */
    private static final int CHUNK = 512;

    private final int[] widths;
    private final DMatrixRMaj[] weights;
    private final double[][] biases;
    private final Activation activation;
    private final OutputLoss outputLoss;

    /** @throws IllegalArgumentException if consecutive layers do not fit together */
    public NetworkFunction(NetworkWeights network, Activation activation, OutputLoss outputLoss) {
        if (activation == null || outputLoss == null) {
            throw new IllegalArgumentException("a network function needs an activation and an output loss");
        }
        int layers = network.layers().size();
        if (layers == 0) {
            throw new IllegalArgumentException("the network has no layers");
        }
        this.widths = new int[layers + 1];
        this.weights = new DMatrixRMaj[layers];
        this.biases = new double[layers][];
        widths[0] = network.layer(0).inputs();
        for (int l = 0; l < layers; l++) {
            LayerWeights layer = network.layer(l);
            if (layer.inputs() != widths[l]) {
                throw new IllegalArgumentException("layer " + (l + 1) + " takes " + layer.inputs()
                        + " inputs but the layer below gives " + widths[l]);
            }
            widths[l + 1] = layer.outputs();
            weights[l] = DMatrixRMaj.wrap(layer.inputs(), layer.outputs(), layer.weightsRowMajor());
            biases[l] = layer.biases();
        }
        this.activation = activation;
        this.outputLoss = outputLoss;
    }

    public int inputs() {
        return widths[0];
    }

    public int hiddenLayerCount() {
        return widths.length - 2;
    }

    /** Units in hidden layer {@code layer} (0-based, input side first). */
    public int hiddenWidth(int layer) {
        checkHidden(layer);
        return widths[layer + 1];
    }

    /** Classes told apart: the output units, or 2 for a single sigmoid unit. */
    public int classes() {
        int units = widths[widths.length - 1];
        return units == 1 ? 2 : units;
    }

    public Activation activation() {
        return activation;
    }

    public OutputLoss outputLoss() {
        return outputLoss;
    }

    /**
     * A = f(A_{l-1} W_l + b_l) of hidden layer {@code layer} (0-based) for every row.
     *
     * @param x    rows × inputs(), row-major. Not modified.
     * @return rows × hiddenWidth(layer), row-major
     */
    public double[] hiddenActivations(int layer, double[] x, int rows) {
        checkHidden(layer);
        checkInput(x, rows);
        int width = widths[layer + 1];
        double[] a = new double[rows * width];
        for (int from = 0; from < rows; from += CHUNK) {
            int count = Math.min(CHUNK, rows - from);
            double[] chunk = forward(slice(x, from, count), count, layer + 1);
            System.arraycopy(chunk, 0, a, from * width, count * width);
        }
        return a;
    }

    /**
     * Each row's probability of each class: softmax for softmax outputs; σ(z) for one sigmoid unit
     * (p₀ = 1 - p₁); per-unit σ(z) scaled to sum 1 for several sigmoid units; for identity outputs
     * the outputs clipped to [0, 1] and scaled to sum 1 (uniform when all are 0). The arg max of each
     * row is {@link #predict the predicted class}.
     *
     * @param x rows × inputs(), row-major. Not modified.
     * @return rows × classes(), row-major
     */
    public double[] probabilities(double[] x, int rows) {
        checkInput(x, rows);
        int units = widths[widths.length - 1];
        int classes = classes();
        double[] p = new double[rows * classes];
        for (int from = 0; from < rows; from += CHUNK) {
            int count = Math.min(CHUNK, rows - from);
            double[] z = logits(slice(x, from, count), count);
            for (int r = 0; r < count; r++) {
                toProbabilities(z, r * units, units, p, (from + r) * classes);
            }
        }
        return p;
    }

    /**
     * The predicted class of each row: the arg max of the outputs (the first on a tie), or z &gt; 0
     * for a single sigmoid unit, as the engine counts it.
     */
    public int[] predict(double[] x, int rows) {
        checkInput(x, rows);
        int units = widths[widths.length - 1];
        int[] predicted = new int[rows];
        for (int from = 0; from < rows; from += CHUNK) {
            int count = Math.min(CHUNK, rows - from);
            double[] z = logits(slice(x, from, count), count);
            for (int r = 0; r < count; r++) {
                predicted[from + r] = predictedClass(z, r * units, units);
            }
        }
        return predicted;
    }

    /** Loss (without penalty), accuracy and confusion[actual][predicted] on {@code samples}, no dropout. */
    public Evaluation evaluate(Samples samples) {
        if (samples.cols() != inputs()) {
            throw new IllegalArgumentException("the network takes " + inputs() + " features, the samples have "
                    + samples.cols());
        }
        if (samples.classes() != classes()) {
            throw new IllegalArgumentException("the network tells " + classes() + " classes apart, the samples have "
                    + samples.classes());
        }
        int classes = classes();
        int[][] confusion = new int[classes][classes];
        int rows = samples.rows();
        int last = widths.length - 2;
        int units = widths[last + 1];
        double total = 0;
        double[] x = new double[Math.min(CHUNK, Math.max(1, rows)) * inputs()];
        int[] labels = new int[Math.min(CHUNK, Math.max(1, rows))];
        for (int from = 0; from < rows; from += CHUNK) {
            int count = Math.min(CHUNK, rows - from);
            for (int r = 0; r < count; r++) {
                samples.copyRow(from + r, x, r * inputs());
                labels[r] = samples.label(from + r);
            }
            double[] z = forward(x, count, last + 1);
            total += OutputKernels.score(outputLoss, z, biases[last], count, units, labels, null, 0.0, confusion);
        }
        int correct = 0;
        for (int c = 0; c < classes; c++) {
            correct += confusion[c][c];
        }
        return rows == 0 ? new Evaluation(Double.NaN, Double.NaN, confusion)
                : new Evaluation(total / rows, (double) correct / rows, confusion);
    }

    /** Rows from … from + count - 1 of a row-major block (the block itself when that is all of it). */
    private double[] slice(double[] x, int from, int count) {
        int cols = widths[0];
        return from == 0 && x.length == count * cols ? x : Arrays.copyOfRange(x, from * cols, (from + count) * cols);
    }

    /** Output pre-activations with the bias added, rows × units. */
    private double[] logits(double[] x, int rows) {
        int last = widths.length - 2;
        int units = widths[last + 1];
        double[] z = forward(x, rows, last + 1);
        double[] b = biases[last];
        for (int r = 0; r < rows; r++) {
            for (int j = 0; j < units; j++) {
                z[r * units + j] += b[j];
            }
        }
        return z;
    }

    /**
     * Runs the first {@code layers} layers. Hidden layers give A_l = f(A_{l-1} W_l + b_l); the output
     * layer, if reached, gives A_{L-1} W_L without its bias, as {@link OutputKernels} expects.
     */
    private double[] forward(double[] x, int rows, int layers) {
        int outputLayer = widths.length - 2;
        DMatrixRMaj previous = DMatrixRMaj.wrap(rows, widths[0], x);
        for (int l = 0; l < layers; l++) {
            DMatrixRMaj z = new DMatrixRMaj(rows, widths[l + 1]);
            // Z = A W
            CommonOps_DDRM.mult(previous, weights[l], z);
            if (l < outputLayer) {
                // A = f(Z + b), in place
                ActivationKernels.forward(activation, z.data, biases[l], z.data, rows, widths[l + 1]);
            }
            previous = z;
        }
        return previous.data;
    }

    private void toProbabilities(double[] z, int off, int units, double[] p, int out) {
        if (units == 1) {
            double p1 = Activation.SIGMOID.apply(z[off]);
            p[out] = 1.0 - p1;
            p[out + 1] = p1;
            return;
        }
        double sum = 0;
        switch (outputLoss) {
            case SOFTMAX_CROSS_ENTROPY -> {
                double max = z[off];
                for (int j = 1; j < units; j++) {
                    max = Math.max(max, z[off + j]);
                }
                // ŷ_j = e^{z_j - m} / Σ e^{z_k - m}
                for (int j = 0; j < units; j++) {
                    p[out + j] = Math.exp(z[off + j] - max);
                    sum += p[out + j];
                }
            }
            case SIGMOID_BINARY_CROSS_ENTROPY -> {
                for (int j = 0; j < units; j++) {
                    p[out + j] = Activation.SIGMOID.apply(z[off + j]);
                    sum += p[out + j];
                }
            }
            case IDENTITY_MSE -> {
                for (int j = 0; j < units; j++) {
                    p[out + j] = Math.min(1.0, Math.max(0.0, z[off + j]));
                    sum += p[out + j];
                }
            }
        }
        for (int j = 0; j < units; j++) {
            p[out + j] = sum > 0 ? p[out + j] / sum : 1.0 / units;
        }
    }

    private static int predictedClass(double[] z, int off, int units) {
        if (units == 1) {
            return z[off] > 0 ? 1 : 0;
        }
        int best = 0;
        for (int j = 1; j < units; j++) {
            if (z[off + j] > z[off + best]) {
                best = j;
            }
        }
        return best;
    }

    private void checkHidden(int layer) {
        if (layer < 0 || layer >= hiddenLayerCount()) {
            throw new IllegalArgumentException("hidden layer " + layer + " does not exist; the network has "
                    + hiddenLayerCount() + " hidden layers (0-based)");
        }
    }

    private void checkInput(double[] x, int rows) {
        if (rows < 0 || x.length < rows * inputs()) {
            throw new IllegalArgumentException(rows + " rows of " + inputs() + " inputs need " + rows * inputs()
                    + " values, got " + x.length);
        }
    }
}
