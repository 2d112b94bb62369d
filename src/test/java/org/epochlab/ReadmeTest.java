package org.epochlab;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.epochlab.experiment.ConfigKeyTable;
import org.epochlab.experiment.Preset;
import org.epochlab.experiment.Presets;
import org.junit.jupiter.api.Test;

/** The README documents what the code does: its generated parts must match the code. */
class ReadmeTest {

    private static String readme() throws IOException {
        return Files.readString(Path.of("README.md"));
    }

    @Test
    void theConfigKeyTableInTheReadmeIsTheOneTheCodeGenerates() throws IOException {
        String readme = readme();
        int start = readme.indexOf("<!-- config-keys:start");
        int end = readme.indexOf("<!-- config-keys:end -->");
        assertThat(start).as("README config-keys markers").isNotNegative();
        assertThat(end).isGreaterThan(start);
        String block = readme.substring(readme.indexOf('\n', start) + 1, end).strip();

        assertThat(block).isEqualTo(ConfigKeyTable.markdown().strip());
    }

    @Test
    void everyPresetIsNamedInTheReadme() throws IOException {
        String readme = readme();

        assertThat(Presets.all().stream().map(Preset::name).toList()).allSatisfy(name -> assertThat(readme).contains("`" + name + "`"));
    }
}
