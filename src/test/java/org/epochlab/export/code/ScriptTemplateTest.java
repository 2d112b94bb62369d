package org.epochlab.export.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A template and the values given to it must match slot for slot. */
class ScriptTemplateTest {

    private static ScriptTemplate pytorchWithEverySlotButOne() {
        ScriptTemplate template = ScriptTemplate.load("train_pytorch.py");
        for (String slot : new String[] {"TITLE", "TITLE_LITERAL", "SCRIPT", "DATA_CSV", "DATA_CSV_LITERAL",
                "WEIGHTS_JSON", "WEIGHTS_JSON_LITERAL", "CLASS_NAMES", "HIDDEN_LAYERS", "OUTPUT_UNITS", "EPOCHS",
                "BATCH_SIZE", "SHUFFLE", "LEARNING_RATE", "L1", "L2", "DROPOUT", "EARLY_STOPPING", "PATIENCE",
                "MIN_DELTA", "START_FROM_EPOCH", "RESTORE_BEST_WEIGHTS", "INIT_SEED", "SHUFFLE_SEED",
                "WEIGHT_INIT_NAME", "BIAS_INIT_NAME", "ACTIVATION", "WEIGHT_INIT", "BIAS_INIT", "LOSS_FUNCTIONS",
                "OPTIMIZER_FORMULA"}) {
            template.with(slot, "x");
        }
        return template;
    }

    @Test
    void aSlotLeftWithoutAValueIsNamed() {
        assertThatThrownBy(() -> pytorchWithEverySlotButOne().fill())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("train_pytorch.py: no value for {{OPTIMIZER}}");
    }

    @Test
    void aValueWithoutASlotIsNamed() {
        ScriptTemplate template = pytorchWithEverySlotButOne().with("OPTIMIZER", "x").with("NO_SUCH_SLOT", "y");

        assertThatThrownBy(template::fill)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("train_pytorch.py: no slot {{NO_SUCH_SLOT}} for the value given");
    }

    @Test
    void valuesAreInsertedLiterallyEvenWithDollarSignsAndBackslashes() {
        String filled = pytorchWithEverySlotButOne().with("OPTIMIZER", "$1 \\ {x}").fill();

        assertThat(filled).contains("optimizer = $1 \\ {x}").doesNotContain("{{");
    }
}
