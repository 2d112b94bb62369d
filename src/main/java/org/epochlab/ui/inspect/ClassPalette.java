package org.epochlab.ui.inspect;

import javafx.scene.paint.Color;

/**
 * Class colours that stay apart for colour-blind readers: the Okabe–Ito palette (Okabe and Ito,
 * 2008) without its black, then two of Paul Tol's muted colours for the digits' ninth and tenth
 * class; beyond ten classes the colours repeat.
 */
public final class ClassPalette {

    private static final int[] RGB = {
        0x0072B2, // blue
        0xE69F00, // orange
        0x009E73, // bluish green
        0xCC79A7, // reddish purple
        0x56B4E9, // sky blue
        0xD55E00, // vermillion
        0xF0E442, // yellow
        0x999999, // grey
        0x882255, // wine (Tol)
        0x117733, // green (Tol)
    };

    private ClassPalette() {
    }

    /** 0xRRGGBB of class {@code c}. */
    public static int rgb(int c) {
        return RGB[Math.floorMod(c, RGB.length)];
    }

    public static Color color(int c) {
        int rgb = rgb(c);
        return Color.rgb(rgb >> 16 & 0xFF, rgb >> 8 & 0xFF, rgb & 0xFF);
    }

    /** Opaque ARGB of the class colour mixed with white: t = 0 is white, t = 1 the full colour. */
    public static int tint(int c, double t) {
        int rgb = rgb(c);
        return Colours.mixWithWhite(rgb, t);
    }
}
