package org.epochlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.NoSuchFileException;

import org.epochlab.data.DataFormatException;
import org.epochlab.experiment.ConfigException;
import org.junit.jupiter.api.Test;

class ErrorReportTest {

    private final StringWriter err = new StringWriter();

    private int report(Exception e, boolean verbose) {
        return EpochLabCommand.report(e, new PrintWriter(err), verbose);
    }

    @Test
    void badInputIsExitCodeTwoWithItsMessageOnOneLine() {
        assertThat(report(new ConfigException("epochs must be an integer\nfrom 1 to 100000"), true)).isEqualTo(2);
        assertThat(report(new DataFormatException("iris.csv line 12, column 2: 'abc' is not a number"), true))
                .isEqualTo(2);
        assertThat(report(new java.io.IOException("cannot write out/history.csv: permission denied"), true))
                .isEqualTo(2);

        assertThat(err.toString().lines()).containsExactly("epochs must be an integer from 1 to 100000",
                "iris.csv line 12, column 2: 'abc' is not a number", "cannot write out/history.csv: permission denied");
    }

    @Test
    void anUnexpectedErrorIsExitCodeOneWithOneLine() {
        int code = report(new IllegalStateException("weights went missing"), false);

        assertThat(code).isEqualTo(1);
        assertThat(err.toString().lines())
                .containsExactly("epoch-lab: internal error: java.lang.IllegalStateException: weights went missing");
    }

    @Test
    void withVerboseTheStackTraceFollowsTheLine() {
        int code = report(new IllegalStateException("weights went missing"), true);

        assertThat(code).isEqualTo(1);
        assertThat(err.toString().lines().toList()).hasSizeGreaterThan(2)
                .first().isEqualTo("epoch-lab: internal error: java.lang.IllegalStateException: weights went missing");
        assertThat(err.toString()).contains("at org.epochlab.cli.ErrorReportTest");
    }

    @Test
    void anIoExceptionWithoutADescriptionStillGetsALine() {
        assertThat(report(new NoSuchFileException(null), false)).isEqualTo(2);

        assertThat(err.toString().lines()).containsExactly("NoSuchFileException");
    }
}
