package org.epochlab.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class PresetsTest {

    @Test
    void thereIsOnePresetPerBuiltInDatasetPlusOverfitting() {
        assertThat(Presets.all().subList(0, 10)).extracting(Preset::name).containsExactly("circles", "xor", "blobs",
                "moons", "spiral", "iris", "wine", "breast-cancer", "digits", "overfitting");
        assertThat(Presets.all().subList(10, Presets.all().size())).isEqualTo(Presets.lessonPresets());
        for (Preset preset : Presets.all().subList(0, 10)) {
            if (!preset.name().equals("overfitting")) {
                assertThat(preset.config().dataset()).isEqualTo(preset.name());
            }
        }
    }

    @Test
    void namesAreKebabCaseAndWhatEachShowsIsOneLine() {
        for (Preset preset : Presets.all()) {
            assertThat(preset.name()).matches("[a-z0-9]+(-[a-z0-9]+)*");
            assertThat(preset.config().name()).isEqualTo(preset.name());
            assertThat(preset.shows()).isNotBlank().doesNotContain("\n");
        }
    }

    @Test
    void everyPresetIsAValidConfig() {
        for (Preset preset : Presets.all()) {
            assertThat(ConfigValidator.check(preset.config())).as(preset.name()).isEmpty();
        }
    }

    @Test
    void presetsAreFoundByName() {
        assertThat(Presets.find("breast-cancer")).map(Preset::name).contains("breast-cancer");
        assertThat(Presets.find("Breast-Cancer")).isEmpty();
        assertThat(Presets.names()).startsWith("circles, xor, blobs");
    }

    @Test
    void theOverfittingPresetHasFewNoisyPointsAndABigNetwork() {
        ExperimentConfig c = Presets.find("overfitting").orElseThrow().config();
        int trainingPoints = (int) Math.round(c.samples() * (1 - c.validationFraction() - c.testFraction()));
        List<Integer> layers = c.hiddenLayers();

        assertThat(trainingPoints).isLessThan(100);
        assertThat(layers.stream().mapToInt(Integer::intValue).sum()).isGreaterThan(trainingPoints);
        assertThat(c.earlyStopping()).isFalse();
    }
}
