package org.epochlab.data;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The built-in datasets by name: generated 2-D sets (circles, xor, blobs, moons, spiral) and the
 * bundled real ones (iris, wine, breast-cancer, digits); anything else is read as a CSV path.
 * Built-in names match case-insensitively and win over a file of the same name.
 */
public final class DatasetCatalog {

    private static final List<String> GENERATED = List.of("circles", "xor", "blobs", "moons", "spiral");

    private static final Map<String, String> DESCRIPTIONS = Map.of(
            "circles", "Two rings, one inside the other: no straight line separates them.",
            "xor", "Four quadrants, opposite corners in the same class: the classic problem a single layer cannot solve.",
            "blobs", "Gaussian clouds around points on a circle, one per class: easy unless the noise makes them overlap.",
            "moons", "Two interleaving half circles: a gently curved boundary.",
            "spiral", "Spiral arms wound around each other, one per class: needs a deep or wide network.",
            "iris", "Iris flowers: 150 examples, 4 measurements, 3 species (Fisher, 1936).",
            "wine", "Wines from three cultivars: 178 examples, 13 chemical measurements.",
            "breast-cancer", "Breast cancer biopsies: 569 examples, 30 cell measurements, malignant or benign.",
            "digits", "Handwritten digits: 1797 images of 8×8 pixels, 10 classes.");

    private DatasetCatalog() {
    }

    /** Every built-in name, generated sets first. */
    public static List<String> builtInNames() {
        List<String> names = new ArrayList<>(GENERATED);
        names.addAll(BundledDatasets.names());
        return List.copyOf(names);
    }

    public static boolean isBuiltIn(String name) {
        return name != null && DESCRIPTIONS.containsKey(name.toLowerCase(Locale.ROOT));
    }

    public static boolean isGenerated(String name) {
        return name != null && GENERATED.contains(name.toLowerCase(Locale.ROOT));
    }

    /** True for the generated sets whose class count can be chosen (blobs, spiral). */
    public static boolean takesClassCount(String name) {
        String key = name == null ? "" : name.toLowerCase(Locale.ROOT);
        return key.equals("blobs") || key.equals("spiral");
    }

    /** One sentence about a built-in set, for menus and previews. */
    public static String describe(String name) {
        String description = name == null ? null : DESCRIPTIONS.get(name.toLowerCase(Locale.ROOT));
        if (description == null) {
            throw new IllegalArgumentException("'" + name + "' is not a built-in dataset; the built-in ones are "
                    + String.join(", ", builtInNames()));
        }
        return description;
    }

    /**
     * Loads a built-in set or reads a CSV.
     *
     * @param samples     examples to generate (generated sets only)
     * @param noise       noise of generated sets
     * @param classes     classes for blobs and spiral (circles, xor and moons always have 2)
     * @param seed        seeds the generated sets
     * @param labelColumn CSV label column name, or null for the last column (ignored for built-in sets)
     * @throws DataFormatException      when the name is neither built in nor a readable CSV
     * @throws IllegalArgumentException when samples, noise or classes are out of range for a generated set
     *                                  (see {@link Generators})
     */
    public static Dataset load(String nameOrPath, int samples, double noise, int classes, long seed,
                               String labelColumn) throws DataFormatException {
        if (nameOrPath == null || nameOrPath.isBlank()) {
            throw new DataFormatException("no dataset given: choose one of " + String.join(", ", builtInNames())
                    + " or a CSV file");
        }
        String key = nameOrPath.strip().toLowerCase(Locale.ROOT);
        switch (key) {
            case "circles":
                return Generators.circles(samples, noise, seed);
            case "xor":
                return Generators.xor(samples, noise, seed);
            case "blobs":
                return Generators.blobs(samples, noise, classes, seed);
            case "moons":
                return Generators.moons(samples, noise, seed);
            case "spiral":
                return Generators.spiral(samples, noise, classes, seed);
            default:
                break;
        }
        if (BundledDatasets.contains(key)) {
            return BundledDatasets.load(key);
        }
        return CsvImporter.read(toPath(nameOrPath), labelColumn);
    }

    /**
     * Reads a CSV that belongs with {@code reference}, such as a separate validation file: same feature
     * columns, labels among {@code reference}'s classes (see {@link CsvImporter#readMatching}).
     */
    public static Dataset loadMatching(String path, Dataset reference, String labelColumn) throws DataFormatException {
        if (path == null || path.isBlank()) {
            throw new DataFormatException("no file given for the data that goes with " + reference.name());
        }
        try {
            return CsvImporter.readMatching(Path.of(path), reference, labelColumn);
        } catch (InvalidPathException e) {
            throw new DataFormatException("'" + path + "' is not a valid file path: " + e.getReason(), e);
        }
    }

    private static Path toPath(String nameOrPath) throws DataFormatException {
        try {
            Path path = Path.of(nameOrPath);
            if (path.getParent() == null && !path.toString().contains(".") && !path.toFile().exists()) {
                throw new DataFormatException("'" + nameOrPath + "' is neither a built-in dataset ("
                        + String.join(", ", builtInNames()) + ") nor an existing file");
            }
            return path;
        } catch (InvalidPathException e) {
            throw new DataFormatException("'" + nameOrPath + "' is neither a built-in dataset ("
                    + String.join(", ", builtInNames()) + ") nor a valid file path: " + e.getReason(), e);
        }
    }
}
