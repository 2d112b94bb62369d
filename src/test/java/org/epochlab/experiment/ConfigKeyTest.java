package org.epochlab.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class ConfigKeyTest {

    @Test
    void everyRecordComponentHasAKeyOfTheSameNameInTheSameOrder() {
        List<String> components = Arrays.stream(ExperimentConfig.class.getRecordComponents())
                .map(RecordComponent::getName).toList();
        List<String> keys = Arrays.stream(ConfigKey.values()).map(ConfigKey::key).toList();

        assertThat(keys).containsExactlyElementsOf(components);
    }

    @Test
    void everyKeyReadsItsOwnComponent() throws Exception {
        ExperimentConfig config = ExperimentConfig.defaults();
        for (RecordComponent component : ExperimentConfig.class.getRecordComponents()) {
            ConfigKey key = ConfigKey.find(component.getName()).orElseThrow();
            assertThat(key.valueIn(config)).as(key.key()).isEqualTo(component.getAccessor().invoke(config));
        }
    }

    @Test
    void everyKeyHasAMeaningAndAnAllowedRange() {
        for (ConfigKey key : ConfigKey.values()) {
            assertThat(key.meaning()).as(key.key()).isNotBlank();
            assertThat(key.allowed().describe()).as(key.key()).isNotBlank();
        }
    }

    @Test
    void theDefaultsAreAllowedByEveryKey() {
        for (ConfigKey key : ConfigKey.values()) {
            assertThat(key.problemIn(ExperimentConfig.defaults())).as(key.key()).isEmpty();
        }
    }

    @Test
    void aMisspelledKeyIsMatchedToTheClosestKnownOne() {
        assertThat(ConfigKey.closestTo("lerningRate")).isEqualTo(ConfigKey.LEARNING_RATE);
        assertThat(ConfigKey.closestTo("hidden_layers")).isEqualTo(ConfigKey.HIDDEN_LAYERS);
        assertThat(ConfigKey.closestTo("EPOCH")).isEqualTo(ConfigKey.EPOCHS);
        assertThat(ConfigKey.unknownKeyMessage("batchsize"))
                .isEqualTo("unknown key 'batchsize'; did you mean 'batchSize'?");
    }

    @Test
    void theMarkdownTableHasOneRowPerKeyWithItsDefault() {
        String table = ConfigKeyTable.markdown();

        assertThat(table.lines().count()).isEqualTo(2 + ConfigKey.values().length);
        assertThat(table).contains("| `learningRate` | step size η | `0.01` | in (0, 10] |");
        assertThat(table).contains("| `hiddenLayers` |").contains("`[16,16]`");
        assertThat(table).contains("| `validationCsv` |").contains("`null`");
        assertThat(table).contains("| `schemaVersion` | version of the config layout | `1` | 1 |");
        assertThat(table).contains("adds λ₁ Σ\\|w\\| to the loss");
    }
}
