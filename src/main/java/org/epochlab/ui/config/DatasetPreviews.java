package org.epochlab.ui.config;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import org.epochlab.data.DataFormatException;
import org.epochlab.data.Dataset;
import org.epochlab.data.DatasetCatalog;

/**
 * Loads datasets for their previews on a daemon thread of its own: a thumbnail per built-in set
 * for the list, and a larger plot of the chosen set with the form's current samples, noise and
 * seed (the latest request wins).
 */
public final class DatasetPreviews {

    static final int THUMBNAIL = 40;
    static final int PREVIEW = 132;

    /** The list's thumbnails use the defaults of the generated sets. */
    private static final int THUMB_SAMPLES = 300;
    private static final double THUMB_NOISE = 0.15;

    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "epochlab-previews");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, ReadOnlyObjectWrapper<DatasetSummary>> thumbnails = new HashMap<>();
    private final AtomicLong latestPreview = new AtomicLong();

    /** The thumbnail summary of a built-in set; null until it has loaded. FX thread. */
    public ReadOnlyObjectProperty<DatasetSummary> thumbnail(String name) {
        return thumbnails.computeIfAbsent(name, n -> {
            ReadOnlyObjectWrapper<DatasetSummary> p = new ReadOnlyObjectWrapper<>();
            executor.execute(() -> {
                DatasetSummary s = summarise(n, THUMB_SAMPLES, THUMB_NOISE, 3, 1, null, THUMBNAIL);
                Platform.runLater(() -> p.set(s));
            });
            return p;
        }).getReadOnlyProperty();
    }

    /**
     * Loads {@code name} as the form would and hands its summary to {@code done} on the FX thread,
     * unless a newer request came in meanwhile.
     */
    public void preview(String name, int samples, double noise, int classes, long seed, String labelColumn,
                        Consumer<DatasetSummary> done) {
        long ticket = latestPreview.incrementAndGet();
        executor.execute(() -> {
            if (ticket != latestPreview.get()) {
                return;
            }
            DatasetSummary s = summarise(name, samples, noise, classes, seed, labelColumn, PREVIEW);
            Platform.runLater(() -> {
                if (ticket == latestPreview.get()) {
                    done.accept(s);
                }
            });
        });
    }

    private static DatasetSummary summarise(String name, int samples, double noise, int classes, long seed,
                                            String labelColumn, int size) {
        try {
            Dataset d = DatasetCatalog.load(name, samples, noise, classes, seed, labelColumn);
            return DatasetSummary.of(name, d, size);
        } catch (DataFormatException | RuntimeException e) {
            return new DatasetSummary(name, "cannot preview: " + e.getMessage(), null);
        }
    }
}
