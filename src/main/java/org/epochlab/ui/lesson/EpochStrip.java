package org.epochlab.ui.lesson;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

import org.epochlab.engine.EpochProgress;

/**
 * The epoch strip: one cell per training example, in the training set's order, lit once the epoch in
 * progress has used it; the mini-batch used last is darker. With mini-batches the cells light up a batch at
 * a time in shuffled order; with full batch they all light up in one step. Updated once per frame.
 */
public final class EpochStrip extends VBox {

    private static final double MAX_HEIGHT = 44;
    private static final Color UNUSED = Color.web("#e3e6ea");
    private static final Color USED = Color.web("#8fc1e3");
    private static final Color LAST_BATCH = Color.web("#1f77b4");

    private final Supplier<EpochProgress> source;
    private final Canvas canvas = new Canvas();
    private final Label label = new Label();
    private EpochProgress shownSource;
    private EpochProgress.Snapshot shown;
    private double shownWidth;

    /** @param source the run's progress, null without a run */
    public EpochStrip(Supplier<EpochProgress> source) {
        this.source = source;
        setId("epochStrip");
        getStyleClass().add("epoch-strip");
        label.setId("epochStripText");
        label.getStyleClass().add("epoch-strip-text");
        Pane holder = new Pane(canvas);
        holder.setMinHeight(0);
        holder.setPrefHeight(MAX_HEIGHT);
        canvas.widthProperty().bind(holder.widthProperty());
        getChildren().addAll(label, holder);
        canvas.widthProperty().addListener((o, was, now) -> {
            shownWidth = now.doubleValue();
            draw(shown);
        });
        label.setText(describe(null));
    }

    /** Reads the progress and redraws if it moved. FX thread, once per frame. */
    public void onFrame() {
        if (!isVisible()) {
            return;
        }
        EpochProgress progress = source.get();
        EpochProgress.Snapshot now = progress == null ? null : progress.snapshot();
        if (progress == shownSource && same(now, shown) && canvas.getWidth() == shownWidth) {
            return;
        }
        shownSource = progress;
        shown = now;
        shownWidth = canvas.getWidth();
        label.setText(describe(now));
        draw(now);
    }

    /** The text above the strip: "epoch 3 · batch 12 of 34 · 384 of 1,079 examples used this epoch". */
    public static String describe(EpochProgress.Snapshot s) {
        if (s == null || s.epoch() == 0) {
            return "Epoch strip: one cell per training example; a cell lights up when the epoch's mini-batches use it.";
        }
        return String.format(Locale.ROOT, "Epoch %d · batch %d of %d · %,d of %,d examples used this epoch", s.epoch(),
                s.batchesDone(), s.batches(), s.used(), s.examples());
    }

    /** What the strip shows now (for tests). */
    public String text() {
        return label.getText();
    }

    private void draw(EpochProgress.Snapshot s) {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double width = canvas.getWidth();
        g.clearRect(0, 0, width, canvas.getHeight());
        if (s == null || s.examples() == 0 || width < 1) {
            canvas.setHeight(0);
            return;
        }
        int n = s.examples();
        int cell = cellSize(n, width);
        int columns = Math.max(1, (int) (width / cell));
        int rows = (n + columns - 1) / columns;
        canvas.setHeight(rows * cell);
        double gap = cell >= 4 ? 1 : 0;
        Color[] colours = new Color[n];
        Arrays.fill(colours, UNUSED);
        int lastBatchStart = s.used() == 0 ? 0 : (s.batchesDone() - 1) * s.batchSize();
        for (int p = 0; p < s.used(); p++) {
            int example = s.hasOrder() ? s.exampleAt(p) : p;
            colours[example] = p >= lastBatchStart ? LAST_BATCH : USED;
        }
        for (int i = 0; i < n; i++) {
            g.setFill(colours[i]);
            g.fillRect((i % columns) * cell, (i / columns) * cell, cell - gap, cell - gap);
        }
    }

    /** The largest cell, 2 to 8 pixels, whose rows fit the strip's height. */
    private static int cellSize(int n, double width) {
        for (int size = 8; size > 2; size--) {
            int columns = (int) (width / size);
            if (columns > 0 && (double) ((n + columns - 1) / columns) * size <= MAX_HEIGHT) {
                return size;
            }
        }
        return 2;
    }

    private static boolean same(EpochProgress.Snapshot a, EpochProgress.Snapshot b) {
        if (a == null || b == null) {
            return a == b;
        }
        return a.epoch() == b.epoch() && a.used() == b.used() && a.examples() == b.examples()
                && a.batchSize() == b.batchSize();
    }
}
