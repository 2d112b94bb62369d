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

    /**
     * Overlay colours from the Okabe-Ito palette, which stays apart under the common colour-vision deficiencies
     * (training dark, validation light); each overlay also has its own dash pattern, so colour is never the only cue.
     */
    private static final Color[][] OVERLAY_COLOURS = {
        {Color.web("#009e73"), Color.web("#7fd1b9")},
        {Color.web("#cc79a7"), Color.web("#e6bcd3")},
        {Color.web("#d55e00"), Color.web("#eaae7f")},
        {Color.web("#56b4e9"), Color.web("#aad9f4")},
        {Color.web("#000000"), Color.web("#8c8c8c")},
    };
    private static final List<List<Double>> OVERLAY_DASHES = List.of(
            List.of(8.0, 4.0), List.of(2.0, 4.0), List.of(12.0, 4.0, 2.0, 4.0), List.of(4.0, 4.0),
            List.of(16.0, 6.0));

    public RunStyle {
        dashArray = List.copyOf(dashArray);
    }

    /** A distinct dashed style for the {@code index}-th overlaid run (0-based). */
    public static RunStyle overlay(String name, int index) {
        Color[] c = OVERLAY_COLOURS[index % OVERLAY_COLOURS.length];
        return new RunStyle(name, c[0], c[1], OVERLAY_DASHES.get(index % OVERLAY_DASHES.size()));
    }

    public RunStyle withName(String newName) {
        return new RunStyle(newName, trainColor, validationColor, dashArray);
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
