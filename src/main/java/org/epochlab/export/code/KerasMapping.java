package org.epochlab.export.code;

import static org.epochlab.export.code.PythonSyntax.number;

import org.epochlab.engine.Activation;
import org.epochlab.engine.Initializer;
import org.epochlab.engine.OptimizerSpec;
import org.epochlab.engine.OutputLoss;

/**
 * The lab's building blocks in Keras 3. Where Keras defines a thing differently from the lab (which follows
 * PyTorch), the mapping either reproduces the lab's definition or says in the script how far it differs.
 */
final class KerasMapping {

    private KerasMapping() {
    }

    /** The {@code activation=} argument of a hidden {@code Dense} layer. */
    static String activation(Activation activation) {
        return switch (activation) {
            case SIGMOID -> "\"sigmoid\"";
            case TANH -> "\"tanh\"";
            case RELU -> "\"relu\"";
            // Keras's LeakyReLU layer defaults to a slope of 0.3; the lab's is 0.01
            case LEAKY_RELU -> "lambda z: keras.activations.leaky_relu(z, negative_slope="
                    + number(Activation.LEAKY_SLOPE) + ")";
            case IDENTITY -> "\"linear\"";
        };
    }

    /**
     * A kernel initializer expression; {@code seed} is a Python expression. Keras's GlorotNormal, HeNormal
     * and LecunNormal draw from a truncated normal; the lab's (and PyTorch's) do not, so those map to
     * {@code VarianceScaling(..., distribution="untruncated_normal")} with the same variance.
     */
    static String weightInit(Initializer init, String seed) {
        String p = number(init.parameter());
        return switch (init.scheme()) {
            case ZEROS -> "keras.initializers.Zeros()";
            case CONSTANT -> "keras.initializers.Constant(" + p + ")";
            case UNIFORM -> "keras.initializers.RandomUniform(minval=-" + p + ", maxval=" + p + ", seed=" + seed + ")";
            case NORMAL -> "keras.initializers.RandomNormal(mean=0.0, stddev=" + p + ", seed=" + seed + ")";
            case GLOROT_UNIFORM -> "keras.initializers.GlorotUniform(seed=" + seed + ")";
            case GLOROT_NORMAL -> varianceScaling("1.0", "fan_avg", seed);
            case HE_UNIFORM -> "keras.initializers.HeUniform(seed=" + seed + ")";
            case HE_NORMAL -> varianceScaling("2.0", "fan_in", seed);
            case LECUN_NORMAL -> varianceScaling("1.0", "fan_in", seed);
        };
    }

    private static String varianceScaling(String scale, String mode, String seed) {
        return "keras.initializers.VarianceScaling(scale=" + scale + ", mode=\"" + mode
                + "\", distribution=\"untruncated_normal\", seed=" + seed + ")";
    }

    /**
     * A bias initializer expression. Keras would give a bias vector fan_in = fan_out = its length; the lab
     * uses the layer's fans, so the fan-based schemes are written out with their bound or standard deviation
     * ({@code fan_in} and {@code fan_out} are Python variables where this is used).
     */
    static String biasInit(Initializer init, String seed) {
        return switch (init.scheme()) {
            case ZEROS, CONSTANT, UNIFORM, NORMAL -> weightInit(init, seed);
            case GLOROT_UNIFORM -> uniform("math.sqrt(6 / (fan_in + fan_out))", seed);
            case GLOROT_NORMAL -> normal("math.sqrt(2 / (fan_in + fan_out))", seed);
            case HE_UNIFORM -> uniform("math.sqrt(6 / fan_in)", seed);
            case HE_NORMAL -> normal("math.sqrt(2 / fan_in)", seed);
            case LECUN_NORMAL -> normal("math.sqrt(1 / fan_in)", seed);
        };
    }

    private static String uniform(String bound, String seed) {
        return "keras.initializers.RandomUniform(minval=-" + bound + ", maxval=" + bound + ", seed=" + seed + ")";
    }

    private static String normal(String std, String seed) {
        return "keras.initializers.RandomNormal(mean=0.0, stddev=" + std + ", seed=" + seed + ")";
    }

    /** The optimizer with the lab's hyper-parameters (the script defines LEARNING_RATE). */
    static String optimizer(OptimizerSpec spec) {
        String lr = "learning_rate=LEARNING_RATE";
        return switch (spec.kind()) {
            case SGD -> "keras.optimizers.SGD(" + lr + ")";
            case MOMENTUM -> "keras.optimizers.SGD(" + lr + ", momentum=" + number(spec.momentum()) + ")";
            case NESTEROV -> "keras.optimizers.SGD(" + lr + ", momentum=" + number(spec.momentum())
                    + ", nesterov=True)";
            // Keras divides by sqrt(s + epsilon), the lab by sqrt(s) + eps: epsilon = eps^2 agrees at s = 0 and
            // wherever s >> eps^2
            case RMSPROP -> "keras.optimizers.RMSprop(" + lr + ", rho=" + number(spec.rho()) + ", epsilon="
                    + number(spec.epsilon()) + " ** 2, momentum=0.0, centered=False)";
            case ADAM -> "keras.optimizers.Adam(" + lr + ", beta_1=" + number(spec.beta1()) + ", beta_2="
                    + number(spec.beta2()) + ", epsilon=" + number(spec.epsilon()) + ")";
        };
    }

    /** How Keras's update compares with the lab's, as comment lines above the optimizer. */
    static String optimizerNote(OptimizerSpec spec) {
        return switch (spec.kind()) {
            case SGD -> "# SGD: theta <- theta - lr * g, as in the lab.";
            case MOMENTUM -> """
                    # SGD with momentum mu. Keras keeps u <- mu u - lr g and adds u; the lab (PyTorch) keeps
                    # v <- mu v + g and subtracts lr v. With a fixed learning rate u = -lr v: the same steps.""";
            case NESTEROV -> """
                    # Nesterov momentum: Keras's theta <- theta + mu u - lr g with u <- mu u - lr g is the lab's
                    # theta <- theta - lr (g + mu v) with v <- mu v + g, for a fixed learning rate.""";
            case RMSPROP -> "# RMSprop: s <- rho s + (1 - rho) g^2. Keras divides by sqrt(s + epsilon), the lab by\n"
                    + "# sqrt(s) + eps (eps = " + number(spec.epsilon()) + "); epsilon = eps^2 makes them agree when s = 0 and\n"
                    + "# whenever s >> eps^2. rho is passed explicitly: Keras's default is 0.9, the lab's 0.99.";
            case ADAM -> """
                    # Adam: m <- b1 m + (1 - b1) g; v <- b2 v + (1 - b2) g^2. Keras folds the bias corrections into
                    # the step size, theta <- theta - lr sqrt(1 - b2^t) / (1 - b1^t) m / (sqrt(v) + epsilon), which is
                    # the lab's lr m_hat / (sqrt(v_hat) + eps) with eps scaled by 1 / sqrt(1 - b2^t): slightly larger
                    # in the first steps, the same once b2^t is small. Only tiny gradients notice.""";
        };
    }

    /**
     * The bodies of {@code targets(y)}, {@code data_loss(targets, logits)} (per row, which Keras averages
     * over the batch) and {@code predict(logits)}, for {@code units} output units. {@code y} holds class
     * indices as a NumPy array.
     */
    static String lossFunctions(OutputLoss loss, int units) {
        return switch (loss) {
            case SOFTMAX_CROSS_ENTROPY -> """
                    def targets(y):
                        return y  # class indices


                    def data_loss(t, logits):
                        \"""Softmax + cross-entropy per row: log(sum_j e^z_j) - z_y.\"""
                        return keras.losses.sparse_categorical_crossentropy(t, logits, from_logits=True)


                    def predict(logits):
                        return np.argmax(logits, axis=1)
                    """;
            case SIGMOID_BINARY_CROSS_ENTROPY -> units == 1 ? """
                    def targets(y):
                        return y.reshape(-1, 1).astype("float64")  # the label, 0 or 1, for the single output unit


                    def data_loss(t, logits):
                        \"""Sigmoid + binary cross-entropy of the single output unit, per row.\"""
                        return keras.losses.binary_crossentropy(t, logits, from_logits=True)


                    def predict(logits):
                        return (logits[:, 0] > 0).astype("int64")
                    """ : """
                    def targets(y):
                        return np.eye(OUTPUT_UNITS)[y]  # one-hot


                    def data_loss(t, logits):
                        \"""Sigmoid + binary cross-entropy summed over the units, per row (Keras's own averages over
                        the units, hence the factor).\"""
                        return OUTPUT_UNITS * keras.losses.binary_crossentropy(t, logits, from_logits=True)


                    def predict(logits):
                        return np.argmax(logits, axis=1)
                    """;
            case IDENTITY_MSE -> """
                    def targets(y):
                        return np.eye(OUTPUT_UNITS)[y]  # one-hot


                    def data_loss(t, logits):
                        \"""Identity outputs, 1/2 sum_j (z_j - y_j)^2 per row (Keras's MSE averages over the units and
                        has no 1/2).\"""
                        return 0.5 * OUTPUT_UNITS * keras.losses.mean_squared_error(t, logits)


                    def predict(logits):
                        return np.argmax(logits, axis=1)
                    """;
        };
    }

    /** The {@code kernel_regularizer=} argument: the lab's L1 sum|w| + 1/2 L2 sum w^2 is Keras's L1L2(l1, l2 / 2). */
    static String regularizer(double l1, double l2) {
        if (l1 == 0 && l2 == 0) {
            return "None";
        }
        return "keras.regularizers.L1L2(l1=" + number(l1) + ", l2=" + number(l2 / 2) + ")";
    }
}
