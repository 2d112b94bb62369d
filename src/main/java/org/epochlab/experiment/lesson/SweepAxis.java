package org.epochlab.experiment.lesson;

import java.util.List;

/**
 * The swept quantity of a sweep lesson: one value per run, in the lesson's run order.
 *
 * @param label  the axis title, such as "hidden units per layer"
 * @param values the value of each run
 * @param log2   whether the values double from run to run (plotted on a log₂ axis)
 */
public record SweepAxis(String label, List<Double> values, boolean log2) {

    public SweepAxis {
        values = List.copyOf(values);
    }
}
