package org.epochlab.ui.chart;

import java.util.List;
import java.util.Locale;

import javafx.scene.paint.Color;

/**
 * How one run's curves look: its name in the legend, the colours of its training and validation
 * curves and the dash pattern of its lines (empty for solid), so that overlaid runs stay apart.
 */
public record RunStyle(String name, Color trainColor, Color validationColor, List<Double> dashArray) {

    /**
     * The current run: blue training and orange validation curves, solid (blue and orange stay apart
     * for every common kind of colour blindness).
     */
    public static final RunStyle CURRENT = new RunStyle("", Color.web("#1f77b4"), Color.web("#ff7f0e"), List.of());

    /**
     * Training and validation colours of overlaid runs, from the Okabe–Ito palette (Okabe and Ito,
     * 2008), which colour-blind readers tell apart; each run also gets its own dash pattern, so colour
     * is never the only cue.
     */
    private static final Color[][] OVERLAY_COLOURS = {
        {Color.web("#009E73"), Color.web("#E69F00")}, // bluish green, orange
        {Color.web("#CC79A7"), Color.web("#56B4E9")}, // reddish purple, sky blue
        {Color.web("#0072B2"), Color.web("#D55E00")}, // blue, vermillion
        {Color.web("#999999"), Color.web("#F0E442")}, // grey, yellow
    };

    private static final List<List<Double>> OVERLAY_DASHES = List.of(
            List.of(8.0, 4.0), List.of(2.0, 4.0), List.of(12.0, 4.0, 2.0, 4.0), List.of(4.0, 4.0),
            List.of(16.0, 6.0));

    public RunStyle {
        dashArray = List.copyOf(dashArray);
    }

    /**
     * A distinct dashed style for the {@code index}-th overlaid run (0-based): colours and dashes
     * cycle with different periods, so the first twenty overlays all differ.
     */
    public static RunStyle overlay(String name, int index) {
        Color[] c = OVERLAY_COLOURS[index % OVERLAY_COLOURS.length];
        return new RunStyle(name, c[0], c[1], OVERLAY_DASHES.get(index % OVERLAY_DASHES.size()));
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
