package org.epochlab.experiment.lesson;

/**
 * One thing a lesson's check found in the runs: a sentence with the runs' own numbers, and whether it is the
 * effect the lesson claims.
 *
 * @param text a sentence such as "validation loss turned up at epoch 38 while training loss kept falling
 *             (from 0.41 to 0.12)"
 * @param seen whether the claimed effect was seen in these runs
 */
public record Finding(String text, boolean seen) {
}
