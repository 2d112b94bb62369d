package org.epochlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.epochlab.experiment.Preset;
import org.epochlab.experiment.Presets;
import org.junit.jupiter.api.Test;

class PresetsCommandTest {

    @Test
    void listsEachPresetOnOneLineWithWhatItShows() {
        CommandRun run = CommandRun.of("presets");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.outLines()).hasSize(Presets.all().size());
        for (int i = 0; i < Presets.all().size(); i++) {
            Preset preset = Presets.all().get(i);
            assertThat(run.outLines().get(i)).startsWith(preset.name() + " ").endsWith(preset.shows());
        }
    }
}
