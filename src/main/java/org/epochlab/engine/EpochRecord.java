package org.epochlab.engine;

import java.util.List;

/**
 * What one epoch produced. Immutable; one per epoch, 1-based.
 *
 * <p>Losses are the data loss (without the L1/L2 penalty) over the whole split, evaluated with the
 * weights at the end of the epoch and without dropout. {@code valLoss} and {@code valAccuracy} are
 * NaN when there is no validation split.
 *
 * @param updates            weight updates since the start of the run (one per mini-batch)
 * @param samplesSeen        training examples fed forward in training passes since the start
 * @param learningRate       the learning rate in force during this epoch
 * @param weightNorms        Frobenius norm ‖W‖ of each layer's weight matrix at the end of the epoch, input side first
 * @param gradientNorms      Frobenius norm of each layer's weight gradient (data loss + penalty),
 *                           averaged over this epoch's updates
 * @param distinctNeurons    per hidden layer: neurons whose incoming weights and bias agree within 1e-12 count as one
 * @param meanCosineSimilarity per hidden layer: mean pairwise cosine similarity of the neurons' incoming
 *                           weight vectors (bias appended); 1 for a single neuron; pairs where a vector is
 *                           zero count as 1 if both are zero, else 0
 */
public record EpochRecord(int epoch, double trainLoss, double trainAccuracy, double valLoss, double valAccuracy,
                          long updates, long samplesSeen, double learningRate, List<Double> weightNorms,
                          List<Double> gradientNorms, List<Integer> distinctNeurons,
                          List<Double> meanCosineSimilarity) {

    public EpochRecord {
        weightNorms = List.copyOf(weightNorms);
        gradientNorms = List.copyOf(gradientNorms);
        distinctNeurons = List.copyOf(distinctNeurons);
        meanCosineSimilarity = List.copyOf(meanCosineSimilarity);
    }

    /** Validation minus training loss: the generalization gap. */
    public double gap() {
        return valLoss - trainLoss;
    }

    public boolean hasValidation() {
        return !Double.isNaN(valLoss);
    }
}
