package org.epochlab.experiment.lesson;

import java.util.ArrayList;
import java.util.List;

/**
 * The width sweep: after a fixed number of epochs, validation loss against width is U-shaped (too narrow
 * underfits, too wide overfits) while training loss keeps falling as the network grows.
 */
final class WidthSweepCheck implements LessonCheck {

    /** The U's walls: the narrowest and widest runs end this many times above the lowest validation loss. */
    static final double WALL = 1.1;
    /** Training loss at the widest run is below this fraction of its value at the U's bottom. */
    static final double STILL_FALLING = 0.6;

    private final List<String> runs;

    WidthSweepCheck(List<String> runs) {
        this.runs = List.copyOf(runs);
    }

    @Override
    public List<Finding> findings(Outcomes o) {
        List<RunOutcome> sweep = runs.stream().map(o::get).toList();
        int n = sweep.size();
        double[] val = new double[n];
        double[] train = new double[n];
        double[] best = new double[n];
        int bottom = 0;
        for (int i = 0; i < n; i++) {
            val[i] = sweep.get(i).last().valLoss();
            train[i] = sweep.get(i).last().trainLoss();
            best[i] = sweep.get(i).report().bestValLoss();
            if (val[i] < val[bottom]) {
                bottom = i;
            }
        }
        RunOutcome first = sweep.get(0);
        RunOutcome lowest = sweep.get(bottom);
        RunOutcome widest = sweep.get(n - 1);
        int epochs = first.config().epochs();
        boolean u = bottom > 0 && bottom < n - 1 && val[0] >= WALL * val[bottom] && val[n - 1] >= WALL * val[bottom];
        List<Finding> findings = new ArrayList<>();
        findings.add(new Finding("Validation loss after " + epochs + " epochs, by width " + widths(sweep) + ": "
                + list(val) + ". Lowest at " + lowest.label() + " (" + Numbers.loss(val[bottom]) + "): narrower"
                + " networks underfit, wider ones overfit.", u));
        findings.add(new Finding("Training loss kept falling as the network grew: " + list(train) + " ("
                + Numbers.loss(train[0]) + " at " + first.label() + ", " + Numbers.loss(train[bottom]) + " at "
                + lowest.label() + ", " + Numbers.loss(train[n - 1]) + " at " + widest.label() + ").",
                train[n - 1] < STILL_FALLING * train[bottom] && train[n - 1] < train[0]));
        findings.add(new Finding("Best validation loss (at each run's best epoch): " + list(best) + ". Stopping at the"
                + " best epoch would have kept " + widest.label() + " at " + Numbers.loss(best[n - 1]) + " instead of "
                + Numbers.loss(val[n - 1]) + ": a big network needs fewer epochs, not only more data.",
                best[n - 1] < val[n - 1] / WALL));
        return findings;
    }

    private static String widths(List<RunOutcome> sweep) {
        return sweep.get(0).config().hiddenLayers().get(0) + " to "
                + sweep.get(sweep.size() - 1).config().hiddenLayers().get(0);
    }

    private static String list(double[] values) {
        List<String> parts = new ArrayList<>();
        for (double v : values) {
            parts.add(Numbers.loss(v));
        }
        return String.join(", ", parts);
    }
}
