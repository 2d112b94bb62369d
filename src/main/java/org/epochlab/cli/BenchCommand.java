package org.epochlab.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.epochlab.bench.BenchWorkload;
import org.epochlab.bench.EngineBenchmark;
import org.epochlab.engine.EngineKernels;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Trains the reference workloads and prints one line each in the reference script's shape:
 * {@code <workload> epoch-lab <epochs_per_second> epochs/s train=<loss> val=<loss>}.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Trains the reference workloads (the shapes of mlp_reference.py) and prints one line each:",
            "<workload> epoch-lab <epochs_per_second> epochs/s train=<loss> val=<loss>.",
            "Each workload is first trained untimed for 1 s and at least a quarter of its epochs (JIT warm-up); "
                + "the timed run covers building the network, every mini-batch update and both per-epoch "
                + "evaluations."},
        footer = {"%nWorkloads: digits-64x64 (64-64-10, batch 32, 60 epochs), spiral-256x256 (2-256-256-3, "
                + "batch 64, 8 epochs), wide-784x256 (784-256-10, batch 256, 3 epochs).",
            "Start Java with --add-modules jdk.incubator.vector for the vectorized kernels."})
final class BenchCommand implements Callable<Integer> {

    @Parameters(paramLabel = "WORKLOAD", arity = "0..*",
            description = "Workloads to run, in order (default: all three).")
    List<String> workloads = new ArrayList<>();

    @Option(names = "--flops",
            description = "After each line, a '#' line with the matrix-product GFLOP per epoch and the GFLOP/s reached.")
    boolean flops;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<BenchWorkload> chosen = new ArrayList<>();
        for (String name : workloads) {
            try {
                chosen.add(BenchWorkload.named(name));
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
        }
        if (chosen.isEmpty()) {
            chosen.addAll(BenchWorkload.ALL);
        }
        PrintWriter out = spec.commandLine().getOut();
        spec.commandLine().getErr().println("bench: " + EngineKernels.describe());
        for (BenchWorkload workload : chosen) {
            EngineBenchmark.Result result = EngineBenchmark.measure(workload);
            out.println(result.line());
            if (flops) {
                out.println(String.format(Locale.ROOT, "# %s: %.3f GFLOP per epoch in matrix products, %.1f GFLOP/s",
                        workload.name(), result.gflopPerEpoch(), result.gflopsPerSecond()));
            }
            out.flush();
        }
        return 0;
    }
}
