package org.epochlab.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import javax.imageio.ImageIO;

import javafx.scene.Scene;
import javafx.scene.layout.StackPane;

import org.epochlab.engine.StopReason;
import org.epochlab.experiment.OverfittingReport;
import org.epochlab.ui.chart.FxTestSupport;
import org.epochlab.ui.chart.OverfittingHistories;
import org.epochlab.ui.chart.TrainingChartsView;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartPngExporterTest {

    private static final int CHART_WIDTH = 800;

    @TempDir
    Path dir;

    @BeforeAll
    static void startFx() throws Exception {
        FxTestSupport.startFx();
    }

    /** Exports the window's loss chart (800 px wide in a 820 × 520 scene) at {@code scale}. */
    private BufferedImage exportAt(double scale, Path out) throws Exception {
        FxTestSupport.onFx(() -> {
            TrainingChartsView view = new TrainingChartsView();
            view.setPrefWidth(CHART_WIDTH);
            view.setMaxWidth(CHART_WIDTH);
            StackPane root = new StackPane(view);
            new Scene(root, CHART_WIDTH + 20, 520);
            view.append(OverfittingHistories.overfitting(300));
            view.showAnalysis(new OverfittingReport(80, 0.31, 81, new double[300]), 300, StopReason.CANCELLED);
            root.applyCss();
            root.layout();
            ChartPngExporter.export(view.lossChartNode(), "Dataset: moons\nResult: best epoch 80", scale, out);
            return null;
        });
        BufferedImage image = ImageIO.read(out.toFile());
        assertThat(image).as("decoded " + out).isNotNull();
        return image;
    }

    @Test
    void writesAPngThatDecodesAndIsNotBlank() throws Exception {
        BufferedImage image = exportAt(1, dir.resolve("loss.png"));

        assertThat(image.getWidth()).isEqualTo(CHART_WIDTH);
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                colours.add(image.getRGB(x, y) & 0xFFFFFF);
            }
        }
        assertThat(colours).hasSizeGreaterThan(100);
        assertThat(colours).as("training curve blue").contains(0x1f77b4);
        assertThat(colours).as("validation curve orange").contains(0xff7f0e);
    }

    @Test
    void doublesThePixelsAtScaleTwo() throws Exception {
        BufferedImage one = exportAt(1, dir.resolve("one.png"));
        BufferedImage two = exportAt(2, dir.resolve("two.png"));

        assertThat(two.getWidth()).isEqualTo(2 * one.getWidth());
        assertThat(two.getHeight()).isEqualTo(2 * one.getHeight());
    }

    @Test
    void leavesNoTemporaryFileBehind() throws Exception {
        exportAt(1, dir.resolve("loss.png"));

        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("loss.png");
        }
    }

    @Test
    void namesTheFileWhenItCannotBeWritten() throws Exception {
        Path blocker = Files.writeString(dir.resolve("not-a-folder"), "x");
        Path out = blocker.resolve("loss.png");
        BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);

        assertThatThrownBy(() -> ChartPngExporter.write(image, out))
                .isInstanceOf(IOException.class)
                .hasMessage("cannot write " + out + ": " + blocker.toAbsolutePath() + " is in the way (a file, not a folder)");
    }

    @Test
    void rejectsAScaleOutsideTheSupportedRange() {
        assertThatThrownBy(() -> ChartPngExporter.snapshot(new StackPane(), "", 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("got 0.0");
    }
}
