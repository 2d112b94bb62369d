package org.epochlab.export;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.scene.transform.Transform;

import org.epochlab.io.AtomicFiles;
import org.epochlab.io.IoMessages;

/**
 * Writes a chart as PNG with its caption strip beneath: a snapshot on the FX thread at 1× or 2×
 * (vector nodes re-render crisply), on a white ground, then written atomically: a reader never sees
 * half a file.
 */
public final class ChartPngExporter {

    /** Largest scale accepted: 4× a 1000-pixel chart is already a 4000-pixel image. */
    public static final double MAX_SCALE = 4;

    private ChartPngExporter() {
    }

    /** Snapshots {@code chart} and writes it with {@code caption} beneath. FX thread. */
    public static void export(Node chart, String caption, double scale, Path out) throws IOException {
        write(snapshot(chart, caption, scale), out);
    }

    /**
     * The chart as laid out now, {@code scale} times its size in pixels, with the caption strip
     * (lines split at '\n', wrapped to the chart's width) beneath; nothing beneath when the caption
     * is empty. FX thread.
     */
    public static BufferedImage snapshot(Node chart, String caption, double scale) {
        if (!(scale > 0 && scale <= MAX_SCALE)) {
            throw new IllegalArgumentException("PNG scale must be in (0, " + MAX_SCALE + "], got " + scale);
        }
        Bounds bounds = chart.getLayoutBounds();
        double width = Math.ceil(bounds.getWidth());
        BufferedImage plot = snapshot(chart, bounds.getMinX(), bounds.getMinY(), width,
                Math.ceil(bounds.getHeight()), scale);
        if (caption == null || caption.isBlank()) {
            return plot;
        }
        BufferedImage strip = captionImage(caption, width, scale);
        BufferedImage image = new BufferedImage(plot.getWidth(), plot.getHeight() + strip.getHeight(),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.drawImage(plot, 0, 0, null);
            g.drawImage(strip, 0, plot.getHeight(), null);
        } finally {
            g.dispose();
        }
        return image;
    }

    /**
     * Writes {@code image} as PNG to {@code out}, creating its folder; any thread. The file appears
     * complete or not at all ({@link AtomicFiles}).
     *
     * @throws IOException naming the file when it cannot be written
     */
    public static void write(BufferedImage image, Path out) throws IOException {
        Path folder = out.toAbsolutePath().getParent();
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new IOException("cannot write " + out + ": " + IoMessages.reason(e), e);
        }
        AtomicFiles.write(out, stream -> {
            if (!ImageIO.write(image, "png", stream)) {
                throw new IOException("no PNG writer available");
            }
        });
    }

    private static BufferedImage snapshot(Node node, double x, double y, double width, double height, double scale) {
        SnapshotParameters p = new SnapshotParameters();
        p.setTransform(Transform.scale(scale, scale));
        p.setFill(Color.WHITE);
        p.setViewport(new Rectangle2D(x * scale, y * scale, Math.round(width * scale), Math.round(height * scale)));
        WritableImage img = node.snapshot(p, null);
        return SwingFXUtils.fromFXImage(img, null);
    }

    /** One caption line, its "Topic:" in bold. */
    private static TextFlow captionLine(String line) {
        int colon = line.indexOf(": ");
        Text topic = new Text(colon > 0 ? line.substring(0, colon + 1) + " " : "");
        Text rest = new Text(colon > 0 ? line.substring(colon + 2) : line);
        topic.setStyle("-fx-font-size: 11px; -fx-font-weight: bold; -fx-fill: #222222;");
        rest.setStyle("-fx-font-size: 11px; -fx-fill: #333333;");
        return new TextFlow(topic, rest);
    }

    private static BufferedImage captionImage(String caption, double width, double scale) {
        VBox strip = new VBox(2);
        strip.setStyle("-fx-padding: 8 16 10 16; -fx-background-color: white; "
                + "-fx-border-color: #d0d0d0 transparent transparent transparent; -fx-border-width: 1 0 0 0;");
        for (String line : caption.split("\n")) {
            strip.getChildren().add(captionLine(line));
        }
        Scene scene = new Scene(new Group(strip));
        scene.setFill(Color.WHITE);
        strip.applyCss();
        double height = Math.ceil(strip.prefHeight(width));
        strip.setMinSize(width, height);
        strip.setPrefSize(width, height);
        strip.setMaxSize(width, height);
        strip.resize(width, height);
        strip.layout();
        return snapshot(strip, 0, 0, width, height, scale);
    }
}
