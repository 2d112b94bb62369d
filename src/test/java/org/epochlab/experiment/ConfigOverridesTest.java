package org.epochlab.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConfigOverridesTest {

    private static ExperimentConfig set(String... assignments) throws ConfigException {
        return ConfigOverrides.apply(ExperimentConfig.defaults(), assignments);
    }

    @Test
    void eachTypeIsReadFromText() throws Exception {
        ExperimentConfig c = set("epochs=500", "learningRate=1e-3", "standardize=false", "shuffle=TRUE",
                "activation=relu", "splitSeed=-12345678901", "dropout=.5");

        assertThat(c.epochs()).isEqualTo(500);
        assertThat(c.learningRate()).isEqualTo(0.001);
        assertThat(c.standardize()).isFalse();
        assertThat(c.shuffle()).isTrue();
        assertThat(c.activation()).isEqualTo("relu");
        assertThat(c.splitSeed()).isEqualTo(-12345678901L);
        assertThat(c.dropout()).isEqualTo(0.5);
    }

    @ParameterizedTest(name = "hiddenLayers={0}")
    @CsvSource(delimiter = '|', textBlock = """
            64,64       | [64, 64]
            '[32, 16]'  | [32, 16]
            7           | [7]
            ' 3 , 4 '   | [3, 4]
            ''          | []
            []          | []
            """)
    void hiddenLayersAreACommaSeparatedList(String text, String expected) throws Exception {
        assertThat(set("hiddenLayers=" + text).hiddenLayers()).hasToString(expected);
    }

    @Test
    void anOptionalTextIsClearedByNullOrNothing() throws Exception {
        ExperimentConfig withFile = set("validationCsv=val.csv");

        assertThat(withFile.validationCsv()).isEqualTo("val.csv");
        assertThat(ConfigOverrides.apply(withFile, "validationCsv=null").validationCsv()).isNull();
        assertThat(ConfigOverrides.apply(withFile, "validationCsv=").validationCsv()).isNull();
    }

    @Test
    void laterAssignmentsWin() throws Exception {
        assertThat(set("epochs=5", "epochs=6").epochs()).isEqualTo(6);
    }

    @Test
    void aTextValueMayContainAnEqualsSign() throws Exception {
        assertThat(set("name=a=b").name()).isEqualTo("a=b");
    }

    @Test
    void anUnknownKeyIsNamedWithTheClosestKnownOne() {
        assertThatThrownBy(() -> set("epoch=5"))
                .isInstanceOf(ConfigException.class)
                .hasMessage("unknown key 'epoch'; did you mean 'epochs'? (in --set epoch=5)");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            epochs=ten            | epochs must be an integer, got 'ten'
            epochs=1.5            | epochs must be an integer, got '1.5'
            epochs=9999999999     | epochs must be an integer from 1 to 100000, got 9999999999
            learningRate=fast     | learningRate must be a number, got 'fast'
            learningRate=NaN      | learningRate must be a number, got 'NaN'
            learningRate=1d       | learningRate must be a number, got '1d'
            standardize=yes       | standardize must be true or false, got 'yes'
            hiddenLayers=64,x     | hiddenLayers must be a list of integers, got '64,x'
            hiddenLayers=64,,64   | hiddenLayers must be a list of integers, got '64,,64'
            splitSeed=1e3         | splitSeed must be an integer, got '1e3'
            """)
    void aValueOfTheWrongTypeNamesTheKeyAndTheType(String assignment, String message) {
        assertThatThrownBy(() -> set(assignment)).isInstanceOf(ConfigException.class).hasMessage(message);
    }

    @Test
    void anAssignmentWithoutAnEqualsSignIsRejected() {
        assertThatThrownBy(() -> set("epochs")).hasMessage("--set needs key=value, got 'epochs'");
        assertThatThrownBy(() -> set("=5")).hasMessage("--set needs key=value, got '=5'");
    }
}
