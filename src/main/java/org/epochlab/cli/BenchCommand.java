package org.epochlab.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.epochlab.bench.BenchWorkload;
import org.epochlab.bench.EngineBenchmark;
import org.epochlab.engine.EngineKernels;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Trains the reference workloads and prints one line each in the reference script's shape:
 * {@code <workload> epoch-lab <epochs_per_second> epochs/s train=<loss> val=<loss>}.
 *
 * <p>The engine's vectorized kernels need the JVM option {@code --add-modules jdk.incubator.vector}.
 * When this JVM was started without it, the command runs the benchmark in a second JVM that has it
 * (the same Java and class path; JVM start-up is never timed), unless {@code --portable} asks to
 * measure the portable kernels here.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Trains the reference workloads (the shapes of mlp_reference.py) and prints one line each:",
            "<workload> epoch-lab <epochs_per_second> epochs/s train=<loss> val=<loss>.",
            "Each workload is first trained untimed for 1 s (--warm-up) and at least a quarter of its epochs "
                + "(JIT warm-up); "
                + "the timed run covers building the network, every mini-batch update and both per-epoch "
                + "evaluations."},
        footer = {"%nWorkloads: digits-64x64 (64-64-10, batch 32, 60 epochs), spiral-256x256 (2-256-256-3, "
                + "batch 64, 8 epochs), wide-784x256 (784-256-10, batch 256, 3 epochs)."})
final class BenchCommand implements Callable<Integer> {

    private static final String VECTOR_MODULE = "jdk.incubator.vector";

    @Parameters(paramLabel = "WORKLOAD", arity = "0..*",
            description = "Workloads to run, in order (default: all three).")
    List<String> workloads = new ArrayList<>();

    @Option(names = "--flops",
            description = "After each line, a '#' line with the matrix-product GFLOP per epoch and the GFLOP/s reached.")
    boolean flops;

    @Option(names = "--warm-up", paramLabel = "SECONDS", defaultValue = "1",
            description = "Least untimed training per workload before its timed run (default: ${DEFAULT-VALUE} s); "
                    + "more on a busy machine, where the JIT compiler gets less time.")
    double warmUpSeconds;

    @Option(names = "--portable",
            description = "Measure the kernels of this JVM as it is: without " + VECTOR_MODULE
                    + ", the portable ones (by default a second JVM with the vectorized kernels runs the benchmark).")
    boolean portable;

    @Spec
    CommandSpec spec;

    /** Whether the second JVM printed anything to standard output. */
    private volatile boolean sawOutput;

    /** The second JVM's entry point: the bench command alone. */
    public static void main(String[] args) {
        System.exit(new CommandLine(new BenchCommand()).execute(args));
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
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
        if (!(warmUpSeconds >= 0 && warmUpSeconds <= 600)) {
            throw new ParameterException(spec.commandLine(), "--warm-up must be between 0 and 600 seconds, got "
                    + warmUpSeconds);
        }
        PrintWriter err = spec.commandLine().getErr();
        if (!EngineKernels.vectorized() && !portable) {
            Optional<Integer> code = runVectorized();
            if (code.isPresent()) {
                return code.get();
            }
            err.println("bench: no second JVM with " + VECTOR_MODULE + " could run; measuring here");
        }
        err.println("bench: " + EngineKernels.describe());
        err.flush();
        PrintWriter out = spec.commandLine().getOut();
        for (BenchWorkload workload : chosen) {
            EngineBenchmark.Result result = EngineBenchmark.measure(workload, warmUpSeconds);
            out.println(result.line());
            if (flops) {
                out.println(String.format(Locale.ROOT, "# %s: %.3f GFLOP per epoch in matrix products, %.1f GFLOP/s",
                        workload.name(), result.gflopPerEpoch(), result.gflopsPerSecond()));
            }
            out.flush();
        }
        return EpochLabCommand.OK;
    }

    /**
     * Runs this command in a JVM started with the vector module, copying its output here (less the
     * JVM's warning about incubator modules). Empty if that JVM could not start or had no vector module.
     */
    private Optional<Integer> runVectorized() throws IOException, InterruptedException {
        Optional<String> java = ProcessHandle.current().info().command();
        String classPath = System.getProperty("java.class.path");
        if (java.isEmpty() || classPath == null || classPath.isEmpty()) {
            return Optional.empty();
        }
        List<String> command = new ArrayList<>(List.of(java.get(), "--add-modules", VECTOR_MODULE, "-cp", classPath,
                BenchCommand.class.getName(), "--portable"));
        if (flops) {
            command.add("--flops");
        }
        command.add("--warm-up=" + warmUpSeconds);
        command.addAll(workloads);
        Process process;
        try {
            process = new ProcessBuilder(command).start();
        } catch (IOException e) {
            return Optional.empty();
        }
        Charset charset = Charset.defaultCharset();
        PrintWriter err = spec.commandLine().getErr();
        Thread errors = new Thread(() -> copy(new BufferedReader(new InputStreamReader(process.getErrorStream(), charset)),
                err, true), "bench-stderr");
        errors.start();
        copy(new BufferedReader(new InputStreamReader(process.getInputStream(), charset)), spec.commandLine().getOut(),
                false);
        int code = process.waitFor();
        errors.join();
        // a JVM that cannot resolve the module exits at start-up with code 1 and prints nothing to stdout
        return code == 1 && !sawOutput ? Optional.empty() : Optional.of(code);
    }

    private void copy(BufferedReader in, PrintWriter to, boolean errors) {
        try (in) {
            String line;
            while ((line = in.readLine()) != null) {
                if (errors && line.contains("incubator modules")) {
                    continue;
                }
                if (!errors) {
                    sawOutput = true;
                }
                synchronized (to) {
                    to.println(line);
                    to.flush();
                }
            }
        } catch (IOException e) {
            synchronized (to) {
                to.println("bench: " + e.getMessage());
            }
        }
    }
}
