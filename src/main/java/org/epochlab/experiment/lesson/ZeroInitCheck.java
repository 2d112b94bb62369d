package org.epochlab.experiment.lesson;

import java.util.ArrayList;
import java.util.List;

import org.epochlab.engine.EpochRecord;
import org.epochlab.engine.LayerWeights;
import org.epochlab.engine.NetworkWeights;

/**
 * Zero initialization: with every weight equal, every hidden neuron computes the same thing and gets the same
 * gradient, so a layer stays one neuron. With sigmoid the copies learn together; with tanh and ReLU they
 * output 0, get no gradient and only the output bias learns. Random weights break the symmetry.
 */
final class ZeroInitCheck implements LessonCheck {

    static final String SIGMOID = "zero-init-sigmoid";
    static final String TANH = "zero-init-tanh";
    static final String RELU = "zero-init-relu";
    static final String CONSTANT = "constant-init";
    static final String RANDOM = "random-init";
    /** Random init must end below this fraction of the best symmetric run's training loss. */
    static final double CLEAR_WIN = 0.25;
    /** "Learns": the sigmoid copies end below this fraction of ln 2, the loss of a coin toss. */
    static final double LEARNT = 0.8;

    @Override
    public List<Finding> findings(Outcomes o) {
        List<Finding> findings = new ArrayList<>();
        RunOutcome sigmoid = o.get(SIGMOID);
        int width = sigmoid.config().hiddenLayers().get(0);
        boolean oneNeuron = distinctAlways(sigmoid, 1);
        double moved = sigmoid.last().weightNorms().get(0);
        double sigmoidLoss = sigmoid.last().trainLoss();
        findings.add(new Finding("Zero init, sigmoid: " + layers(sigmoid.last()) + " at every one of "
                + sigmoid.history().size() + " epochs, yet the weights moved (first layer's weight norm 0 → "
                + Numbers.loss(moved) + ") and training loss fell to " + Numbers.loss(sigmoidLoss) + ": " + width
                + " identical copies learn together, as 1 neuron would; validation accuracy "
                + Numbers.percent(sigmoid.last().valAccuracy()) + ".",
                oneNeuron && moved > 0 && sigmoidLoss < LEARNT * Math.log(2)));
        for (String name : List.of(TANH, RELU)) {
            RunOutcome run = o.get(name);
            boolean frozen = weightsStayedZero(run);
            NetworkWeights w = run.result().finalWeights();
            findings.add(new Finding("Zero init, " + run.config().activation() + ": every weight stayed exactly 0 for all "
                    + run.history().size() + " epochs (the hidden units output 0, so no gradient reaches any weight);"
                    + " only the output biases moved (to " + biases(w.layer(w.layers().size() - 1)) + "). Every"
                    + " input gets the same answer: training loss " + Numbers.loss(run.last().trainLoss())
                    + " (ln 2 = 0.693 is a coin toss), validation accuracy "
                    + Numbers.percent(run.last().valAccuracy()) + ".", frozen));
        }
        RunOutcome constant = o.get(CONSTANT);
        findings.add(new Finding("Constant init (every weight " + Numbers.plain(constant.config().weightInitParam())
                + "), tanh: not zero, still symmetric: " + layers(constant.last()) + " at every epoch; validation"
                + " accuracy " + Numbers.percent(constant.last().valAccuracy()) + ".", distinctAlways(constant, 1)));
        RunOutcome random = o.get(RANDOM);
        double bestAccuracy = 0;
        double lowestLoss = Double.POSITIVE_INFINITY;
        for (String name : List.of(SIGMOID, TANH, RELU, CONSTANT)) {
            bestAccuracy = Math.max(bestAccuracy, o.get(name).last().valAccuracy());
            lowestLoss = Math.min(lowestLoss, o.get(name).last().trainLoss());
        }
        boolean allDistinct = distinctAlways(random, width);
        findings.add(new Finding("Random (" + random.config().weightInit() + ") init: " + layers(random.last())
                + " from epoch 1 on; training loss " + Numbers.loss(random.last().trainLoss()) + " against at least "
                + Numbers.loss(lowestLoss) + " for the symmetric starts, validation accuracy "
                + Numbers.percent(random.last().valAccuracy()) + " against at most " + Numbers.percent(bestAccuracy) + ".",
                allDistinct && random.last().trainLoss() <= CLEAR_WIN * lowestLoss));
        return findings;
    }

    /** Whether every hidden layer had exactly {@code count} distinct neurons at every epoch. */
    private static boolean distinctAlways(RunOutcome run, int count) {
        for (EpochRecord r : run.history()) {
            if (r.distinctNeurons().isEmpty() || r.distinctNeurons().stream().anyMatch(d -> d != count)) {
                return false;
            }
        }
        return true;
    }

    /** Whether every layer's weights (and every hidden bias) were 0 at every epoch and at the end. */
    private static boolean weightsStayedZero(RunOutcome run) {
        for (EpochRecord r : run.history()) {
            if (r.weightNorms().stream().anyMatch(n -> n != 0)) {
                return false;
            }
        }
        NetworkWeights w = run.result().finalWeights();
        for (int l = 0; l < w.layers().size(); l++) {
            LayerWeights layer = w.layer(l);
            for (double v : layer.weightsRowMajor()) {
                if (v != 0) {
                    return false;
                }
            }
            if (l < w.hiddenLayerCount()) {
                for (double b : layer.biases()) {
                    if (b != 0) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /** "1 distinct neuron of 16 in each hidden layer" or "16 distinct neurons of 16, 16 of 16". */
    private static String layers(EpochRecord r) {
        List<Integer> d = r.distinctNeurons();
        if (d.stream().distinct().count() == 1) {
            return d.get(0) + " distinct neuron" + (d.get(0) == 1 ? "" : "s") + " in each hidden layer";
        }
        return "distinct neurons per hidden layer " + d;
    }

    private static String biases(LayerWeights output) {
        List<String> parts = new ArrayList<>();
        for (double b : output.biases()) {
            parts.add(Numbers.loss(b));
        }
        return String.join(", ", parts);
    }
}
