package org.epochlab.export.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Values reach the script as Python literals that mean the same thing. */
class PythonSyntaxTest {

    @Test
    void stringsEscapeQuotesBackslashesAndLineBreaks() {
        assertThat(PythonSyntax.string("a \"b\" \\c\nd\te")).isEqualTo("\"a \\\"b\\\" \\\\c\\nd\\te\"");
        assertThat(PythonSyntax.string("Ünïcode ok")).isEqualTo("\"Ünïcode ok\"");
        assertThat(PythonSyntax.string("bell\u0007")).isEqualTo("\"bell\\u0007\"");
    }

    @Test
    void numbersKeepEveryDigitAndUseALowerCaseExponent() {
        assertThat(PythonSyntax.number(0.1)).isEqualTo("0.1");
        assertThat(PythonSyntax.number(1e-8)).isEqualTo("1.0e-8");
        assertThat(PythonSyntax.number(0.30000000000000004)).isEqualTo("0.30000000000000004");
        assertThat(PythonSyntax.number(-2.5e21)).isEqualTo("-2.5e21");
    }

    @Test
    void aNumberThatPythonCannotWriteAsALiteralIsRefused() {
        assertThatThrownBy(() -> PythonSyntax.number(Double.NaN)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("finite");
    }

    @Test
    void listsAndBooleans() {
        assertThat(PythonSyntax.intList(List.of(128, 64))).isEqualTo("[128, 64]");
        assertThat(PythonSyntax.intList(List.of())).isEqualTo("[]");
        assertThat(PythonSyntax.stringList(List.of("setosa", "it's"))).isEqualTo("[\"setosa\", \"it's\"]");
        assertThat(PythonSyntax.bool(true)).isEqualTo("True");
        assertThat(PythonSyntax.bool(false)).isEqualTo("False");
    }
}
