package org.epochlab.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.epochlab.engine.EpochRecord;
import org.epochlab.engine.StopReason;
import org.epochlab.experiment.OverfittingAnalysis;
import org.epochlab.experiment.OverfittingReport;
import org.epochlab.ui.chart.ChartMarkers;
import org.epochlab.ui.chart.FxTestSupport;
import org.epochlab.ui.chart.OverfittingHistories;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartPngRendererTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void startFx() throws Exception {
        FxTestSupport.startFx();
    }

    @Test
    void rendersAFinishedRunWithItsCaptionAtTwiceTheSize() throws Exception {
        List<EpochRecord> history = OverfittingHistories.overfitting(300);
        Path one = dir.resolve("one.png");
        Path two = dir.resolve("charts/two.png");

        ChartPngRenderer.render(ChartPngFixtures.earlyStoppingConfig(),
                ChartPngFixtures.result(history, StopReason.EARLY_STOPPING), ChartPngFixtures.report(history, 81), 1, one);
        ChartPngRenderer.render(ChartPngFixtures.earlyStoppingConfig(),
                ChartPngFixtures.result(history, StopReason.EARLY_STOPPING), ChartPngFixtures.report(history, 81), 2, two);

        BufferedImage small = ImageIO.read(one.toFile());
        BufferedImage large = ImageIO.read(two.toFile());
        assertThat(small.getWidth()).isEqualTo(ChartPngRenderer.WIDTH);
        // the chart, then a caption strip of five lines beneath it
        assertThat(small.getHeight()).isGreaterThan(ChartPngRenderer.HEIGHT + 5 * 11);
        assertThat(large.getWidth()).isEqualTo(2 * small.getWidth());
        assertThat(large.getHeight()).isEqualTo(2 * small.getHeight());
        assertThat(small.getRGB(ChartPngRenderer.WIDTH / 2, ChartPngRenderer.HEIGHT + 2) & 0xFFFFFF)
                .as("caption strip ground").isEqualTo(0xFFFFFF);
    }

    @Test
    void rendersARunThatDivergedWithoutDrawingItsNonFiniteLosses() throws Exception {
        List<EpochRecord> history = List.of(OverfittingHistories.record(1, 0.7, 0.72),
                OverfittingHistories.record(2, 3.5, 3.9), OverfittingHistories.record(3, 1e30, Double.POSITIVE_INFINITY),
                OverfittingHistories.record(4, Double.NaN, Double.NaN));
        Path out = dir.resolve("diverged.png");

        ChartPngRenderer.render(ChartPngFixtures.earlyStoppingConfig(),
                ChartPngFixtures.result(history, StopReason.DIVERGED),
                new OverfittingReport(1, 0.72, 0, new double[4]), 1, out);

        assertThat(ImageIO.read(out.toFile()).getWidth()).isEqualTo(ChartPngRenderer.WIDTH);
    }

    @Test
    void rendersARunWithNoEpochs() throws Exception {
        Path out = dir.resolve("empty.png");

        ChartPngRenderer.render(ChartPngFixtures.earlyStoppingConfig(),
                ChartPngFixtures.result(List.of(), StopReason.CANCELLED),
                new OverfittingReport(0, Double.NaN, 0, new double[0]), 1, out);

        assertThat(ImageIO.read(out.toFile()).getWidth()).isEqualTo(ChartPngRenderer.WIDTH);
    }

    @Test
    void marksTheEpochsTheOverfittingAnalysisFinds() throws Exception {
        List<EpochRecord> history = OverfittingHistories.overfitting(300);
        OverfittingReport analysis = OverfittingAnalysis.analyze(history);
        Path out = dir.resolve("analysed.png");

        ChartPngRenderer.render(ChartPngFixtures.earlyStoppingConfig(),
                ChartPngFixtures.result(history, StopReason.EARLY_STOPPING), 1, out);
        ChartMarkers markers = FxTestSupport.onFx(() -> ChartPngRenderer.lossChart(
                ChartPngFixtures.earlyStoppingConfig(), ChartPngFixtures.result(history, StopReason.EARLY_STOPPING),
                analysis).markers());

        assertThat(analysis.overfits()).isTrue();
        assertThat(markers).isEqualTo(new ChartMarkers(analysis.bestEpoch(), analysis.overfitEpoch(), 300,
                "early stopping at epoch 300 (patience 100)"));
        assertThat(ImageIO.read(out.toFile()).getWidth()).isEqualTo(ChartPngRenderer.WIDTH);
    }
}
