package org.epochlab.ui.config;

import java.util.Arrays;

import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

import org.epochlab.engine.Samples;

/**
 * A small scatter plot of a 2-D dataset, one coloured dot per example, drawn straight into pixels
 * so it can be made off the FX thread and shown in any number of list cells.
 */
public final class ScatterImage {

    /** Tableau 10: distinct for the ten classes of the largest built-in set. */
    public static final int[] CLASS_COLOURS = {
        0xFF4E79A7, 0xFFF28E2B, 0xFFE15759, 0xFF76B7B2, 0xFF59A14F,
        0xFFEDC948, 0xFFB07AA1, 0xFFFF9DA7, 0xFF9C755F, 0xFFBAB0AC,
    };

    private static final int BACKGROUND = 0xFFFFFFFF;
    private static final int FRAME = 0xFFC8C8C8;

    private ScatterImage() {
    }

    /** ARGB pixels, row-major {@code size} × {@code size}; {@code samples} must have two columns. */
    public static int[] pixels(Samples samples, int size) {
        int[] px = new int[size * size];
        Arrays.fill(px, BACKGROUND);
        for (int i = 0; i < size; i++) {
            px[i] = FRAME;
            px[(size - 1) * size + i] = FRAME;
            px[i * size] = FRAME;
            px[i * size + size - 1] = FRAME;
        }
        if (samples.cols() != 2 || samples.rows() == 0) {
            return px;
        }
        double minX = Double.POSITIVE_INFINITY, maxX = Double.NEGATIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY, maxY = Double.NEGATIVE_INFINITY;
        for (int r = 0; r < samples.rows(); r++) {
            minX = Math.min(minX, samples.feature(r, 0));
            maxX = Math.max(maxX, samples.feature(r, 0));
            minY = Math.min(minY, samples.feature(r, 1));
            maxY = Math.max(maxY, samples.feature(r, 1));
        }
        int dot = size >= 96 ? 2 : 1; // half-width: 5×5 dots on a big preview, 3×3 on a thumbnail
        int margin = dot + 2;
        double spanX = Math.max(maxX - minX, 1e-12);
        double spanY = Math.max(maxY - minY, 1e-12);
        for (int r = 0; r < samples.rows(); r++) {
            int cx = margin + (int) Math.round((samples.feature(r, 0) - minX) / spanX * (size - 1 - 2 * margin));
            int cy = size - 1 - margin
                    - (int) Math.round((samples.feature(r, 1) - minY) / spanY * (size - 1 - 2 * margin));
            int colour = CLASS_COLOURS[samples.label(r) % CLASS_COLOURS.length];
            for (int dy = -dot; dy <= dot; dy++) {
                for (int dx = -dot; dx <= dot; dx++) {
                    px[(cy + dy) * size + cx + dx] = colour;
                }
            }
        }
        return px;
    }

    /** The pixels as an image. Any thread. */
    public static WritableImage image(int[] pixels, int size) {
        WritableImage img = new WritableImage(size, size);
        img.getPixelWriter().setPixels(0, 0, size, size, PixelFormat.getIntArgbInstance(), pixels, 0, size);
        return img;
    }
}
