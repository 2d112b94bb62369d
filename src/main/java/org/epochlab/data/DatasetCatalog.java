package org.epochlab.data;

import java.util.List;

/**
 * The built-in datasets by name: generated 2-D sets (circles, xor, blobs, moons, spiral) and the
 * bundled real ones (iris, wine, breast-cancer, digits); anything else is read as a CSV path.
 */
public final class DatasetCatalog {

    private DatasetCatalog() {
    }

    /** Every built-in name, generated sets first. */
    public static List<String> builtInNames() {
        throw new UnsupportedOperationException("not yet implemented");
    }

    public static boolean isGenerated(String name) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /** One sentence about a built-in set, for menus and previews. */
    public static String describe(String name) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /**
     * Loads a built-in set or reads a CSV.
     *
     * @param samples     examples to generate (generated sets only)
     * @param noise       noise of generated sets
     * @param classes     classes for blobs and spiral
     * @param seed        seeds the generated sets
     * @param labelColumn CSV label column name, or null for the last column
     * @throws DataFormatException when the name is neither built in nor a readable CSV
     */
    public static Dataset load(String nameOrPath, int samples, double noise, int classes, long seed,
                               String labelColumn) throws DataFormatException {
        throw new UnsupportedOperationException("not yet implemented");
    }
}
