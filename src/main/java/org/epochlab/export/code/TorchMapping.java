package org.epochlab.export.code;

import static org.epochlab.export.code.PythonSyntax.number;

import org.epochlab.engine.Activation;
import org.epochlab.engine.Initializer;
import org.epochlab.engine.OptimizerSpec;
import org.epochlab.engine.OutputLoss;

/**
 * The lab's building blocks in PyTorch. The lab's definitions are PyTorch's (see {@link OptimizerSpec}), so
 * every mapping here is exact; the comments written into the script give each formula.
 */
final class TorchMapping {

    private TorchMapping() {
    }

    /** The hidden activation as a module. */
    static String activation(Activation activation) {
        return switch (activation) {
            case SIGMOID -> "nn.Sigmoid()";
            case TANH -> "nn.Tanh()";
            case RELU -> "nn.ReLU()";
            case LEAKY_RELU -> "nn.LeakyReLU(negative_slope=" + number(Activation.LEAKY_SLOPE) + ")";
            case IDENTITY -> "nn.Identity()";
        };
    }

    /**
     * Statements that fill {@code layer.weight} (PyTorch's shape: fan_out × fan_in) as the lab does, one per
     * line, with the distribution as a comment.
     */
    static String weightInit(Initializer init) {
        String p = number(init.parameter());
        return switch (init.scheme()) {
            case ZEROS -> "nn.init.zeros_(layer.weight)  # every weight 0: all neurons of a layer stay identical";
            case CONSTANT -> "nn.init.constant_(layer.weight, " + p + ")  # every weight c: symmetric, like zeros";
            case UNIFORM -> "nn.init.uniform_(layer.weight, -" + p + ", " + p + ")  # U(-a, a)";
            case NORMAL -> "nn.init.normal_(layer.weight, mean=0.0, std=" + p + ")  # N(0, sigma^2)";
            case GLOROT_UNIFORM ->
                    "nn.init.xavier_uniform_(layer.weight)  # Glorot: U(-a, a), a = sqrt(6 / (fan_in + fan_out))";
            case GLOROT_NORMAL ->
                    "nn.init.xavier_normal_(layer.weight)  # Glorot: N(0, 2 / (fan_in + fan_out))";
            case HE_UNIFORM -> "nn.init.kaiming_uniform_(layer.weight, nonlinearity=\"relu\")"
                    + "  # He: U(-a, a), a = sqrt(6 / fan_in)";
            case HE_NORMAL -> "nn.init.kaiming_normal_(layer.weight, nonlinearity=\"relu\")  # He: N(0, 2 / fan_in)";
            case LECUN_NORMAL -> "nn.init.kaiming_normal_(layer.weight, nonlinearity=\"linear\")"
                    + "  # LeCun: N(0, 1 / fan_in) (gain 1)";
        };
    }

    /**
     * Statements that fill {@code layer.bias}. The lab gives biases the layer's fan_in and fan_out; PyTorch's
     * xavier_ and kaiming_ refuse one-dimensional tensors, so the fan-based schemes are written out with
     * their bound or standard deviation.
     */
    static String biasInit(Initializer init) {
        String p = number(init.parameter());
        return switch (init.scheme()) {
            case ZEROS -> "nn.init.zeros_(layer.bias)";
            case CONSTANT -> "nn.init.constant_(layer.bias, " + p + ")";
            case UNIFORM -> "nn.init.uniform_(layer.bias, -" + p + ", " + p + ")  # U(-a, a)";
            case NORMAL -> "nn.init.normal_(layer.bias, mean=0.0, std=" + p + ")  # N(0, sigma^2)";
            case GLOROT_UNIFORM -> uniformBias("math.sqrt(6 / (fan_in + fan_out))", "Glorot uniform");
            case GLOROT_NORMAL -> normalBias("math.sqrt(2 / (fan_in + fan_out))", "Glorot normal");
            case HE_UNIFORM -> uniformBias("math.sqrt(6 / fan_in)", "He uniform");
            case HE_NORMAL -> normalBias("math.sqrt(2 / fan_in)", "He normal");
            case LECUN_NORMAL -> normalBias("math.sqrt(1 / fan_in)", "LeCun normal");
        };
    }

    private static String uniformBias(String bound, String name) {
        return "bound = " + bound + "  # " + name + " with the layer's fans\n"
                + "nn.init.uniform_(layer.bias, -bound, bound)";
    }

    private static String normalBias(String std, String name) {
        return "nn.init.normal_(layer.bias, mean=0.0, std=" + std + ")  # " + name + " with the layer's fans";
    }

    /** The optimizer over {@code model.parameters()}, with every hyper-parameter the lab uses (the script defines LEARNING_RATE). */
    static String optimizer(OptimizerSpec spec) {
        String lr = "lr=LEARNING_RATE";
        return switch (spec.kind()) {
            case SGD -> "torch.optim.SGD(model.parameters(), " + lr + ")";
            case MOMENTUM -> "torch.optim.SGD(model.parameters(), " + lr + ", momentum=" + number(spec.momentum())
                    + ", dampening=0.0)";
            case NESTEROV -> "torch.optim.SGD(model.parameters(), " + lr + ", momentum=" + number(spec.momentum())
                    + ", dampening=0.0, nesterov=True)";
            case RMSPROP -> "torch.optim.RMSprop(model.parameters(), " + lr + ", alpha=" + number(spec.rho())
                    + ", eps=" + number(spec.epsilon()) + ", momentum=0.0, centered=False)";
            case ADAM -> "torch.optim.Adam(model.parameters(), " + lr + ", betas=(" + number(spec.beta1()) + ", "
                    + number(spec.beta2()) + "), eps=" + number(spec.epsilon()) + ")";
        };
    }

    /** The optimizer's update rule, as a comment above its construction. */
    static String optimizerFormula(OptimizerSpec spec) {
        return switch (spec.kind()) {
            case SGD -> "# SGD: theta <- theta - lr * g";
            case MOMENTUM -> "# SGD with momentum mu: v <- mu v + g; theta <- theta - lr * v";
            case NESTEROV -> "# Nesterov momentum: v <- mu v + g; theta <- theta - lr * (g + mu v)";
            case RMSPROP -> "# RMSprop: s <- alpha s + (1 - alpha) g^2; theta <- theta - lr * g / (sqrt(s) + eps)";
            case ADAM -> "# Adam: m <- b1 m + (1 - b1) g; v <- b2 v + (1 - b2) g^2;\n"
                    + "#       theta <- theta - lr * m_hat / (sqrt(v_hat) + eps), m_hat = m / (1 - b1^t), "
                    + "v_hat = v / (1 - b2^t)";
        };
    }

    /**
     * The bodies of {@code data_loss(logits, y)} and {@code predict(logits)}: the lab's output layer and loss
     * for {@code units} output units ({@code y} holds class indices).
     */
    static String lossFunctions(OutputLoss loss, int units) {
        return switch (loss) {
            case SOFTMAX_CROSS_ENTROPY -> """
                    def data_loss(logits, y):
                        \"""Softmax + cross-entropy, mean over the rows: mean of log(sum_j e^z_j) - z_y.\"""
                        return nn.functional.cross_entropy(logits, y)


                    def predict(logits):
                        return logits.argmax(dim=1)
                    """;
            case SIGMOID_BINARY_CROSS_ENTROPY -> units == 1 ? """
                    def data_loss(logits, y):
                        \"""Sigmoid + binary cross-entropy on the single output unit (target: the label, 0 or 1),
                        mean over the rows.\"""
                        return nn.functional.binary_cross_entropy_with_logits(logits[:, 0], y.to(logits.dtype))


                    def predict(logits):
                        return (logits[:, 0] > 0).long()
                    """ : """
                    def data_loss(logits, y):
                        \"""Sigmoid + binary cross-entropy on every unit against one-hot targets, summed over the
                        units and averaged over the rows (PyTorch's default "mean" would also divide by the units).\"""
                        targets = nn.functional.one_hot(y, logits.shape[1]).to(logits.dtype)
                        return nn.functional.binary_cross_entropy_with_logits(logits, targets, reduction="sum") / len(y)


                    def predict(logits):
                        return logits.argmax(dim=1)
                    """;
            case IDENTITY_MSE -> """
                    def data_loss(logits, y):
                        \"""Identity outputs and squared error against one-hot targets: mean over the rows of
                        1/2 sum_j (z_j - y_j)^2 (the 1/2 makes the gradient z - y; nn.MSELoss has no 1/2 and also
                        divides by the units).\"""
                        targets = nn.functional.one_hot(y, logits.shape[1]).to(logits.dtype)
                        return 0.5 * ((logits - targets) ** 2).sum() / len(y)


                    def predict(logits):
                        return logits.argmax(dim=1)
                    """;
        };
    }
}
