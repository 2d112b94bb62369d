package org.epochlab.ui.theme;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import javafx.scene.image.Image;

/** The app icon in the sizes window managers ask for (16 to 256 pixels). */
public final class AppIcons {

    private static final int[] SIZES = {16, 32, 48, 64, 128, 256};
    private static List<Image> icons;

    private AppIcons() {
    }

    /** Every size, smallest first; loaded once. FX thread. */
    public static List<Image> all() {
        if (icons == null) {
            List<Image> list = new ArrayList<>();
            for (int size : SIZES) {
                String name = "/org/epochlab/ui/icons/epoch-lab-" + size + ".png";
                try (InputStream in = AppIcons.class.getResourceAsStream(name)) {
                    if (in == null) {
                        throw new IllegalStateException("missing resource " + name);
                    }
                    list.add(new Image(in));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read " + name, e);
                }
            }
            icons = List.copyOf(list);
        }
        return icons;
    }
}
