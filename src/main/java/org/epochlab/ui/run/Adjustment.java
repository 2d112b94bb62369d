package org.epochlab.ui.run;

/** The hyper-parameters that may change between epochs of a run. */
public record Adjustment(double learningRate, double l2, double dropout) {
}
