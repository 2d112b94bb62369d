package org.epochlab.ui.inspect;

import java.util.Locale;

import org.epochlab.engine.Evaluation;

/**
 * Confusion counts of one epoch's weights on the validation split, with the shading of each cell:
 * its share of its row, i.e. of the examples of that actual class. Immutable by convention.
 *
 * @param counts counts[actual][predicted]
 */
public record ConfusionMatrix(int epoch, int[][] counts, double accuracy) {

    public static ConfusionMatrix of(Evaluation evaluation, int epoch) {
        int[][] copy = new int[evaluation.confusion().length][];
        for (int i = 0; i < copy.length; i++) {
            copy[i] = evaluation.confusion()[i].clone();
        }
        return new ConfusionMatrix(epoch, copy, evaluation.accuracy());
    }

    public int classes() {
        return counts.length;
    }

    public int total() {
        int sum = 0;
        for (int[] row : counts) {
            for (int v : row) {
                sum += v;
            }
        }
        return sum;
    }

    /** counts[actual][predicted] / Σ_p counts[actual][p]; 0 for a class with no examples. */
    public double rowShare(int actual, int predicted) {
        int sum = 0;
        for (int v : counts[actual]) {
            sum += v;
        }
        return sum == 0 ? 0 : (double) counts[actual][predicted] / sum;
    }

    /** "Validation accuracy 93.1 % at epoch 40 (360 examples)". */
    public String title() {
        return String.format(Locale.ROOT, "Validation accuracy %.1f %% at epoch %d (%d examples)", 100 * accuracy,
                epoch, total());
    }
}
