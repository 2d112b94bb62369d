package org.epochlab.engine;

/**
 * The output layer and its loss in one pass per row: adds the bias to the logits z, scores each row
 * and, when asked, writes the gradient of the mean loss with respect to z. Every pair here is a
 * canonical link, so that gradient is always (ŷ - y) / m for a batch of m rows.
 *
 * <ul>
 *   <li>softmax + cross-entropy: ℓ = log Σ_j e^{z_j} - z_y, computed as m + log Σ_j e^{z_j - m} with
 *       m = max_j z_j so no exponential overflows; ŷ_j = e^{z_j - m} / Σ_k e^{z_k - m}</li>
 *   <li>sigmoid + binary cross-entropy: ℓ = Σ_j max(z_j, 0) - z_j y_j + log(1 + e^{-|z_j|}), the same as
 *       -[y log ŷ + (1-y) log(1-ŷ)] with ŷ = σ(z) but finite for any z; one unit (y = label) for two
 *       classes, else one-hot y</li>
 *   <li>identity + squared error: ℓ = ½ Σ_j (z_j - y_j)² against one-hot y</li>
 * </ul>
 * The predicted class is the arg max of z (the output functions are monotone), or z &gt; 0 for a
 * single sigmoid unit.
 */
final class OutputKernels {

    private OutputKernels() {
    }

    /**
     * @param z         logits without bias, rows × units. Modified: z + b.
     * @param labels    class index of each row. Not modified.
     * @param grad      if not null, ∂(Σ ℓ · scale)/∂z = (ŷ - y) · scale, rows × units. Modified.
     * @param confusion if not null, confusion[actual][predicted] is incremented per row. Modified.
     * @return Σ over rows of ℓ (the data loss, no penalty)
     */
    static double score(OutputLoss loss, double[] z, double[] b, int rows, int units, int[] labels,
                        double[] grad, double scale, int[][] confusion) {
        double total = 0;
        for (int r = 0; r < rows; r++) {
            int off = r * units;
            for (int j = 0; j < units; j++) {
                z[off + j] += b[j];
            }
            int y = labels[r];
            total += switch (loss) {
                case SOFTMAX_CROSS_ENTROPY -> softmaxRow(z, off, units, y, grad, scale);
                case SIGMOID_BINARY_CROSS_ENTROPY -> sigmoidRow(z, off, units, y, grad, scale);
                case IDENTITY_MSE -> squaredErrorRow(z, off, units, y, grad, scale);
            };
            if (confusion != null) {
                int predicted = units == 1 ? (z[off] > 0 ? 1 : 0) : argMax(z, off, units);
                confusion[y][predicted]++;
            }
        }
        return total;
    }

    private static double softmaxRow(double[] z, int off, int units, int y, double[] grad, double scale) {
        double max = z[off];
        for (int j = 1; j < units; j++) {
            max = Math.max(max, z[off + j]);
        }
        double sum = 0;
        for (int j = 0; j < units; j++) {
            double e = Math.exp(z[off + j] - max);
            sum += e;
            if (grad != null) {
                grad[off + j] = e;
            }
        }
        // log Σ e^z = m + log Σ e^{z - m}
        double logSumExp = max + Math.log(sum);
        if (grad != null) {
            double inv = 1.0 / sum;
            for (int j = 0; j < units; j++) {
                // dZ = (ŷ - y) / m with ŷ_j = e^{z_j - m} / Σ e^{z - m}
                double p = grad[off + j] * inv;
                grad[off + j] = (j == y ? p - 1.0 : p) * scale;
            }
        }
        // ℓ = log Σ e^z - z_y
        return logSumExp - z[off + y];
    }

    private static double sigmoidRow(double[] z, int off, int units, int y, double[] grad, double scale) {
        double total = 0;
        for (int j = 0; j < units; j++) {
            double x = z[off + j];
            double t = units == 1 ? y : (j == y ? 1.0 : 0.0);
            double e = Math.exp(-Math.abs(x));
            // ℓ = max(z, 0) - z t + log(1 + e^{-|z|})
            total += Math.max(x, 0.0) - x * t + Math.log1p(e);
            if (grad != null) {
                double p = x >= 0 ? 1.0 / (1.0 + e) : e / (1.0 + e);
                // dZ = (σ(z) - t) / m
                grad[off + j] = (p - t) * scale;
            }
        }
        return total;
    }

    private static double squaredErrorRow(double[] z, int off, int units, int y, double[] grad, double scale) {
        double total = 0;
        for (int j = 0; j < units; j++) {
            double diff = z[off + j] - (j == y ? 1.0 : 0.0);
            // ℓ = ½ Σ (ŷ - y)²
            total += 0.5 * diff * diff;
            if (grad != null) {
                // dZ = (ŷ - y) / m
                grad[off + j] = diff * scale;
            }
        }
        return total;
    }

    private static int argMax(double[] z, int off, int units) {
        int best = 0;
        for (int j = 1; j < units; j++) {
            if (z[off + j] > z[off + best]) {
                best = j;
            }
        }
        return best;
    }
}
