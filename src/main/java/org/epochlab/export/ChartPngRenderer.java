package org.epochlab.export;

import java.io.IOException;
import java.nio.file.Path;

import org.epochlab.engine.TrainingResult;
import org.epochlab.experiment.ExperimentConfig;

/**
 * Renders a finished run's loss chart, with its caption strip, to a PNG with the same chart code
 * as the window. Works with no display (starts JavaFX headless when it is not running yet).
 */
public final class ChartPngRenderer {

    private ChartPngRenderer() {
    }

    /**
     * @param scale 1 for screen size, 2 for crisp slides
     * @throws IOException when the file cannot be written (the message names it)
     */
    public static void render(ExperimentConfig config, TrainingResult result, double scale, Path out) throws IOException {
        throw new UnsupportedOperationException("not yet implemented");
    }
}
