package org.epochlab.engine;

/**
 * Loss, accuracy and confusion counts of a network on one split.
 *
 * @param confusion confusion[actual][predicted] counts; the caller must not change it
 */
public record Evaluation(double loss, double accuracy, int[][] confusion) {
}
