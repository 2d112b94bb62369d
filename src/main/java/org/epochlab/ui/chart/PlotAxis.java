package org.epochlab.ui.chart;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.chart.ValueAxis;

/**
 * A value axis whose bounds the chart sets from its data, linear or base-10 logarithmic.
 *
 * <p>On a log axis the plotted values are already log10 of the real ones, so the chart's line
 * drawing stays linear; the axis puts its ticks at 1, 2 and 5 × 10^k (or at whole decades when space
 * is short) and labels them with the real values. Minor ticks on a log axis fall on 2..9 × 10^k.
 */
public final class PlotAxis extends ValueAxis<Number> {

    /** Pixels a tick label needs along the axis before the next one. */
    private static final double MIN_TICK_SPACING = 56;

    private boolean logScale;
    private boolean wholeNumbers;
    private double majorStep = 1;

    public PlotAxis(String label) {
        super(0, 1);
        setLabel(label);
        setAutoRanging(false);
        setAnimated(false);
        setMinorTickCount(0);
    }

    /** Puts ticks on whole numbers only (epochs). */
    public void setWholeNumbers(boolean wholeNumbers) {
        this.wholeNumbers = wholeNumbers;
        invalidateRange();
        requestAxisLayout();
    }

    /** Whether plotted values are log10 of the real ones. */
    public boolean isLogScale() {
        return logScale;
    }

    public void setLogScale(boolean logScale) {
        if (this.logScale != logScale) {
            this.logScale = logScale;
            invalidateRange();
            requestAxisLayout();
        }
    }

    /**
     * Sets the bounds to a tidy range around {@code [min, max]} (in plotted units).
     *
     * @param floor  the bounds never go below this (0 for losses and epochs; -∞ on a log scale)
     * @param ceiling the bounds never go above this (100 for accuracy in percent)
     */
    public void fit(double min, double max, double floor, double ceiling) {
        if (!(min <= max) || !Double.isFinite(min) || !Double.isFinite(max)) {
            min = logScale ? -1 : 0;
            max = logScale ? 0 : 1;
        }
        double lower;
        double upper;
        if (logScale) {
            lower = Math.log10(TickLadder.ladderAtOrBelow(Math.pow(10, min)));
            upper = Math.log10(TickLadder.ladderAtOrAbove(Math.pow(10, max)));
            if (upper - lower < 0.3) {
                double mid = (upper + lower) / 2;
                lower = mid - 0.15;
                upper = mid + 0.15;
            }
        } else {
            double span = max - min;
            if (span <= 0) {
                span = Math.max(Math.abs(max), 1);
            }
            double step = TickLadder.niceStep(span / 5);
            lower = Math.floor(min / step) * step;
            upper = Math.ceil(max / step) * step;
            if (upper <= lower) {
                upper = lower + step;
            }
        }
        setLowerBound(Math.max(floor, lower));
        setUpperBound(Math.min(ceiling, upper));
    }

    /** Sets exact bounds (used for the epoch axis, which ends at the last epoch). */
    public void setBounds(double lower, double upper) {
        setLowerBound(lower);
        setUpperBound(upper > lower ? upper : lower + 1);
    }

    @Override
    protected Object autoRange(double minValue, double maxValue, double length, double labelSize) {
        return getRange();
    }

    @Override
    protected void setRange(Object range, boolean animate) {
        double[] r = (double[]) range;
        setLowerBound(r[0]);
        setUpperBound(r[1]);
    }

    @Override
    protected Object getRange() {
        return new double[] {getLowerBound(), getUpperBound()};
    }

    @Override
    protected List<Number> calculateTickValues(double length, Object range) {
        double[] r = (double[]) range;
        double lower = r[0];
        double upper = r[1];
        int maxTicks = Math.max(2, (int) (length / MIN_TICK_SPACING));
        if (logScale) {
            return new ArrayList<>(TickLadder.logTicks(lower, upper, maxTicks));
        }
        majorStep = TickLadder.niceStep((upper - lower) / maxTicks);
        if (wholeNumbers) {
            majorStep = Math.max(1, majorStep);
        }
        return new ArrayList<>(TickLadder.linearTicks(lower, upper, majorStep));
    }

    @Override
    protected List<Number> calculateMinorTickMarks() {
        if (!logScale) {
            return List.of();
        }
        return new ArrayList<>(TickLadder.logMinorTicks(getLowerBound(), getUpperBound(),
                getHeight() > 0 ? getHeight() : getWidth()));
    }

    @Override
    protected String getTickMarkLabel(Number value) {
        return logScale
                ? NumberLabels.format(Math.pow(10, value.doubleValue()), 3)
                : NumberLabels.tick(value.doubleValue(), majorStep);
    }

    /** The label of a plotted value as the axis shows it; for tests and read-outs. */
    public String labelFor(double plottedValue) {
        return getTickMarkLabel(plottedValue);
    }
}
