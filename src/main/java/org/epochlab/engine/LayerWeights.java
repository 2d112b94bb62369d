package org.epochlab.engine;

import java.util.Arrays;

/**
 * An immutable copy of one dense layer's parameters. The layer computes z = x W + b for a row
 * vector x, so W is inputs × outputs (row i holds the weights leaving input i, column j the
 * incoming weights of neuron j).
 */
public final class LayerWeights {

    private final int inputs;
    private final int outputs;
    private final double[] weights; // row-major inputs × outputs
    private final double[] bias;

    public LayerWeights(int inputs, int outputs, double[] weightsRowMajor, double[] bias) {
        if (weightsRowMajor.length != inputs * outputs || bias.length != outputs) {
            throw new IllegalArgumentException("layer of " + inputs + " × " + outputs + " got " + weightsRowMajor.length
                    + " weights and " + bias.length + " biases");
        }
        this.inputs = inputs;
        this.outputs = outputs;
        this.weights = weightsRowMajor.clone();
        this.bias = bias.clone();
    }

    public int inputs() {
        return inputs;
    }

    public int outputs() {
        return outputs;
    }

    /** W[i][j]: from input i to neuron j. */
    public double weight(int input, int neuron) {
        return weights[input * outputs + neuron];
    }

    public double bias(int neuron) {
        return bias[neuron];
    }

    /** A copy of W, row-major inputs × outputs. */
    public double[] weightsRowMajor() {
        return weights.clone();
    }

    /** A copy of b. */
    public double[] biases() {
        return bias.clone();
    }

    /** Neuron j's incoming weights (column j of W), a fresh array. */
    public double[] incoming(int neuron) {
        double[] w = new double[inputs];
        for (int i = 0; i < inputs; i++) {
            w[i] = weights[i * outputs + neuron];
        }
        return w;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LayerWeights l && l.inputs == inputs && l.outputs == outputs
                && Arrays.equals(l.weights, weights) && Arrays.equals(l.bias, bias);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(weights) + Arrays.hashCode(bias);
    }
}
