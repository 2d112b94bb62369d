package org.epochlab.experiment.lesson;

import org.epochlab.experiment.Preset;

/**
 * One run of a lesson: a preset (also a {@code train --preset} name) and the label it has in the lesson's
 * charts and text ("1 epoch", "zero init, sigmoid").
 */
public record LessonRun(String label, Preset preset) {

    public String presetName() {
        return preset.name();
    }
}
