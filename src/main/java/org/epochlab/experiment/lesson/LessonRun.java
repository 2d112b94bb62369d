package org.epochlab.experiment.lesson;

import org.epochlab.experiment.Preset;
import org.epochlab.experiment.Presets;

/**
 * One run of a lesson: a preset (also a {@code train --preset} name) and the label it has in the lesson's
 * charts and text ("1 epoch", "zero init, sigmoid"). The preset is looked up by name when first asked for:
 * the lessons' titles fill the window's menu at start-up, and building the presets (a config each) then
 * would cost the first frame a tenth of a second.
 */
public record LessonRun(String label, String presetName) {

    /** The run's preset. */
    public Preset preset() {
        return Presets.find(presetName)
                .orElseThrow(() -> new IllegalStateException("lesson preset " + presetName + " is missing"));
    }
}
