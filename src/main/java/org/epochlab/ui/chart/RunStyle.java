package org.epochlab.ui.chart;

import java.util.List;
import java.util.Locale;

import javafx.scene.paint.Color;

/**
 * How one run's curves look: its name in the legend, the colours of its training and validation
 * curves and the dash pattern of its lines (empty for solid), so that overlaid runs stay apart.
 */
public record RunStyle(String name, Color trainColor, Color validationColor, List<Double> dashArray) {

    /** The current run: blue training and orange validation curves, solid. */
    public static final RunStyle CURRENT = new RunStyle("", Color.web("#1f77b4"), Color.web("#ff7f0e"), List.of());

    private static final Color[][] OVERLAY_COLOURS = {
        {Color.web("#2ca02c"), Color.web("#98df8a")},
        {Color.web("#9467bd"), Color.web("#c5b0d5")},
        {Color.web("#8c564b"), Color.web("#c49c94")},
        {Color.web("#e377c2"), Color.web("#f7b6d2")},
        {Color.web("#17becf"), Color.web("#9edae5")},
    };

    public RunStyle {
        dashArray = List.copyOf(dashArray);
    }

    /** A distinct dashed style for the {@code index}-th overlaid run (0-based). */
    public static RunStyle overlay(String name, int index) {
        Color[] c = OVERLAY_COLOURS[index % OVERLAY_COLOURS.length];
        return new RunStyle(name, c[0], c[1], List.of(8.0, 4.0));
    }

    /** The colour of a quantity's curve. */
    public Color colour(ChartQuantity quantity) {
        return quantity.isValidation() ? validationColor : trainColor;
    }

    /** A CSS colour literal, such as {@code rgba(31,119,180,1.0)}. */
    static String css(Color c, double opacity) {
        return String.format(Locale.ROOT, "rgba(%d,%d,%d,%.3f)", Math.round(c.getRed() * 255),
                Math.round(c.getGreen() * 255), Math.round(c.getBlue() * 255), c.getOpacity() * opacity);
    }

    String cssDashArray() {
        StringBuilder s = new StringBuilder();
        for (Double d : dashArray) {
            s.append(s.length() == 0 ? "" : " ").append(d);
        }
        return s.toString();
    }
}
