package org.epochlab.ui.inspect;

/**
 * ARGB colour arithmetic for heatmaps, and a diverging map for signed values: blue for negative,
 * white for zero, orange-red for positive (ColorBrewer's RdBu ends, readable with red-green colour
 * blindness because the two sides differ in lightness as well as hue).
 */
final class Colours {

    private static final int NEGATIVE = 0x2166AC;
    private static final int POSITIVE = 0xB2182B;

    private Colours() {
    }

    /** Opaque ARGB of white mixed with {@code rgb}: (1 - t) · white + t · rgb, t clamped to [0, 1]. */
    static int mixWithWhite(int rgb, double t) {
        double s = Math.max(0, Math.min(1, t));
        int r = (int) Math.round(255 + s * ((rgb >> 16 & 0xFF) - 255));
        int g = (int) Math.round(255 + s * ((rgb >> 8 & 0xFF) - 255));
        int b = (int) Math.round(255 + s * ((rgb & 0xFF) - 255));
        return 0xFF000000 | r << 16 | g << 8 | b;
    }

    /**
     * Opaque ARGB for a signed value on a scale symmetric around 0: v / scale = -1 is full blue, 0 is
     * white, +1 full red; beyond ±1 the colour stays full. A zero scale draws everything white.
     */
    static int diverging(double value, double scale) {
        double t = scale > 0 ? value / scale : 0;
        if (!(t == t)) {
            return 0xFF000000 | 0x808080;
        }
        return t < 0 ? mixWithWhite(NEGATIVE, -t) : mixWithWhite(POSITIVE, t);
    }

    /** The CSS colour of 0xRRGGBB, e.g. {@code #0072b2}. */
    static String css(int rgb) {
        return String.format("#%06x", rgb & 0xFFFFFF);
    }
}
