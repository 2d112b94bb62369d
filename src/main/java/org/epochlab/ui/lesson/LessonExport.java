package org.epochlab.ui.lesson;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.epochlab.experiment.lesson.Lesson;
import org.epochlab.experiment.lesson.LessonResult;
import org.epochlab.experiment.lesson.LessonWorksheet;
import org.epochlab.experiment.lesson.RunOutcome;
import org.epochlab.export.ChartPngRenderer;
import org.epochlab.export.LessonPngs;
import org.epochlab.export.RunFiles;
import org.epochlab.io.AtomicFiles;

/**
 * Writes a lesson trained in the window as a worksheet, the same files as the {@code lesson} command:
 * {@code lesson.md} with the findings of these runs, the overlay and sweep charts, and each run's files
 * and loss chart in a folder named after its preset.
 */
public final class LessonExport {

    private LessonExport() {
    }

    /**
     * Writes {@code result} to {@code folder} (created if needed); charts at {@code scale} (1 or 2).
     * Renders the charts on the FX thread, so it may be called there.
     */
    public static void write(LessonResult result, Path folder, double scale) throws IOException {
        Lesson lesson = result.lesson();
        Files.createDirectories(folder);
        for (RunOutcome o : result.outcomes()) {
            Path runFolder = folder.resolve(LessonWorksheet.runFolder(o));
            RunFiles.write(runFolder, o.config(), o.result(), o.report(), o.seconds());
            ChartPngRenderer.render(o.config(), o.result(), o.report(), scale, runFolder.resolve(LessonWorksheet.RUN_PNG));
        }
        if (lesson.comparesRuns()) {
            LessonPngs.overlay(result, scale, folder.resolve(LessonWorksheet.OVERLAY_PNG));
        }
        if (lesson.sweepAxis().isPresent()) {
            LessonPngs.sweep(result, scale, folder.resolve(LessonWorksheet.SWEEP_PNG));
        }
        AtomicFiles.writeString(folder.resolve(LessonWorksheet.FILE), LessonWorksheet.markdown(result));
    }
}
