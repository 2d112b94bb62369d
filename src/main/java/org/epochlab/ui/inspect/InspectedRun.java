package org.epochlab.ui.inspect;

import java.util.List;

import org.epochlab.data.Split;
import org.epochlab.engine.Activation;
import org.epochlab.engine.NetworkFunction;
import org.epochlab.engine.NetworkWeights;
import org.epochlab.engine.OutputLoss;
import org.epochlab.engine.Samples;
import org.epochlab.experiment.PreparedExperiment;

/**
 * What the inspection views need to know about a run before its first epoch: the data the network
 * sees (after scaling), the names to show, and the network's shape. Immutable.
 *
 * @param validation   the validation split, empty (never null) when there is none
 * @param hiddenLayers units per hidden layer, input side first
 */
public record InspectedRun(Samples train, Samples validation, List<String> featureNames, List<String> classNames,
                           List<Integer> hiddenLayers, Activation activation, OutputLoss outputLoss) {

    /** Inputs laid out as an 8 × 8 image (the digits). */
    public static final int IMAGE_SIDE = 8;

    public InspectedRun {
        featureNames = List.copyOf(featureNames);
        classNames = List.copyOf(classNames);
        hiddenLayers = List.copyOf(hiddenLayers);
        if (featureNames.size() != train.cols()) {
            throw new IllegalArgumentException(featureNames.size() + " feature names for " + train.cols() + " features");
        }
        if (classNames.size() != train.classes()) {
            throw new IllegalArgumentException(classNames.size() + " class names for " + train.classes() + " classes");
        }
    }

    /** The run a prepared experiment will make. */
    public static InspectedRun of(PreparedExperiment prepared) {
        Split split = prepared.split();
        return new InspectedRun(split.train(), split.validation(), prepared.dataset().featureNames(),
                prepared.dataset().classNames(), prepared.trainerConfig().hiddenLayers(),
                prepared.trainerConfig().activation(), prepared.trainerConfig().outputLoss());
    }

    public int features() {
        return train.cols();
    }

    public int classes() {
        return train.classes();
    }

    /** Two features: the input is a plane that can be drawn. */
    public boolean isPlanar() {
        return features() == 2;
    }

    /** 64 features: the input is an 8 × 8 image, row-major. */
    public boolean isImage() {
        return features() == IMAGE_SIDE * IMAGE_SIDE;
    }

    public boolean hasValidation() {
        return validation != null && !validation.isEmpty();
    }

    /** The network a snapshot of this run's weights computes. */
    public NetworkFunction function(NetworkWeights weights) {
        return new NetworkFunction(weights, activation, outputLoss);
    }

    /** The part of the plane to draw: every training and validation point with a margin (planar runs). */
    public PlaneRange planeRange() {
        return PlaneRange.around(train, validation);
    }
}
