package org.epochlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class BenchCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int bench(String... args) {
        return new CommandLine(new BenchCommand()).setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
                .execute(args);
    }

    @Test
    void benchPrintsOneLineInTheReferenceScriptsShape() {
        int code = bench("--flops", "digits-64x64");

        assertThat(code).isZero();
        String[] lines = out.toString().split("\\R");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).matches("digits-64x64 epoch-lab \\d+\\.\\d\\d epochs/s train=\\d\\.\\d{4} val=\\d\\.\\d{4}");
        assertThat(lines[1]).matches("# digits-64x64: 0\\.\\d{3} GFLOP per epoch in matrix products, \\d+\\.\\d GFLOP/s");
        assertThat(err.toString()).startsWith("bench: ").contains("per large product");
    }

    @Test
    void anUnknownWorkloadIsBadInput() {
        int code = bench("mnist");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("no workload named 'mnist'");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void aNegativeWarmUpIsBadInput() {
        int code = bench("--warm-up", "-1", "digits-64x64");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--warm-up must be between 0 and 600 seconds, got -1.0");
    }
}
