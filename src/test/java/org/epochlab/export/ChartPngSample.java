package org.epochlab.export;

import java.nio.file.Path;
import java.util.List;

import javafx.application.Platform;

import org.epochlab.engine.EpochRecord;
import org.epochlab.engine.StopReason;
import org.epochlab.ui.chart.OverfittingHistories;

/**
 * Renders a sample chart of a hand-made run that overfits, for looking at the chart and for the
 * README's exported-chart picture: {@code ChartPngSample [file] [scale]}.
 */
public final class ChartPngSample {

    private ChartPngSample() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/sample-loss.png");
        double scale = args.length > 1 ? Double.parseDouble(args[1]) : 1;
        List<EpochRecord> history = OverfittingHistories.overfitting(300);
        ChartPngRenderer.render(ChartPngFixtures.earlyStoppingConfig(),
                ChartPngFixtures.result(history, StopReason.EARLY_STOPPING), scale, out);
        System.out.println("wrote " + out.toAbsolutePath());
        Platform.exit();
    }
}
