package org.epochlab.data;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The real datasets that ship with the lab, read from the class path ({@code /datasets/…}) through
 * {@link CsvImporter}. Each is parsed once and then shared (a {@link Dataset} is immutable).
 */
public final class BundledDatasets {

    /** Lab name → resource file, in menu order. */
    private static final Map<String, String> FILES = Map.of(
            "iris", "iris.csv",
            "wine", "wine.csv",
            "breast-cancer", "breast-cancer.csv",
            "digits", "digits-8x8.csv.gz");
    private static final List<String> NAMES = List.of("iris", "wine", "breast-cancer", "digits");
    private static final Map<String, Dataset> CACHE = new ConcurrentHashMap<>();

    private BundledDatasets() {
    }

    /** iris, wine, breast-cancer, digits. */
    public static List<String> names() {
        return NAMES;
    }

    public static boolean contains(String name) {
        return FILES.containsKey(name);
    }

    /** The class-path resource holding {@code name}, e.g. {@code /datasets/iris.csv}. */
    public static String resource(String name) {
        String file = FILES.get(name);
        if (file == null) {
            throw new IllegalArgumentException("no bundled dataset named '" + name + "'; the bundled ones are "
                    + String.join(", ", NAMES));
        }
        return "/datasets/" + file;
    }

    /**
     * The dataset, named by its lab name; the label column is the last one ({@code label}).
     *
     * @throws DataFormatException if the resource is missing or unreadable (a broken installation)
     */
    public static Dataset load(String name) throws DataFormatException {
        Dataset cached = CACHE.get(name);
        if (cached != null) {
            return cached;
        }
        Dataset loaded = read(name);
        CACHE.putIfAbsent(name, loaded);
        return loaded;
    }

    private static Dataset read(String name) throws DataFormatException {
        String resource = resource(name);
        try (InputStream in = BundledDatasets.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new DataFormatException("the bundled dataset " + resource + " is missing from the application");
            }
            Dataset read = CsvImporter.read(name, in, null);
            return new Dataset(name, read.featureNames(), read.classNames(), read.samples());
        } catch (IOException e) {
            throw new DataFormatException("the bundled dataset " + resource + " cannot be read: " + e.getMessage(), e);
        }
    }
}
