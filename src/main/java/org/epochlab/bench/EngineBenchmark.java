package org.epochlab.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.epochlab.engine.Activation;
import org.epochlab.engine.EarlyStopping;
import org.epochlab.engine.EpochRecord;
import org.epochlab.engine.InitScheme;
import org.epochlab.engine.Initializer;
import org.epochlab.engine.OptimizerKind;
import org.epochlab.engine.OptimizerSpec;
import org.epochlab.engine.OutputLoss;
import org.epochlab.engine.Samples;
import org.epochlab.engine.TrainerConfig;
import org.epochlab.engine.TrainingControl;
import org.epochlab.engine.TrainingSession;

/**
 * Trains the reference workloads ({@link BenchWorkload}) the way {@code mlp_reference.py} does and
 * prints one line per workload in that script's shape:
 * <pre>  &lt;workload&gt; epoch-lab &lt;epochs_per_second&gt; epochs/s train=&lt;loss&gt; val=&lt;loss&gt;</pre>
 * Every epoch is one shuffled pass of mini-batch Adam updates (lr 1e-3, ReLU hidden layers, softmax
 * cross-entropy, double precision), then the mean loss over the whole training and validation sets.
 *
 * <p>Timing: data generation is not timed. Before the timed run, each workload is trained untimed
 * for a quarter of its epochs (at least one) on the same shapes, so that the JIT compiler has
 * compiled the kernels; the timed run then builds a fresh network and trains every epoch, the clock
 * covering construction, all updates and all per-epoch evaluations, as the reference's clock does.
 */
public final class EngineBenchmark {

    private EngineBenchmark() {
    }

    /** One workload's figures. */
    public record Result(BenchWorkload workload, double epochsPerSecond, double trainLoss, double valLoss) {

        /** The reference script's line format. */
        public String line() {
            return String.format(Locale.ROOT, "%s epoch-lab %.2f epochs/s train=%.4f val=%.4f", workload.name(),
                    epochsPerSecond, trainLoss, valLoss);
        }
    }

    public static void main(String[] args) {
        System.exit(run(System.out, args));
    }

    /**
     * Runs the named workloads (all when none is named), printing one line each.
     *
     * @return 0, or 2 when a name is unknown
     */
    public static int run(PrintStream out, String... workloads) {
        List<BenchWorkload> chosen = new ArrayList<>();
        try {
            if (workloads.length == 0) {
                chosen.addAll(BenchWorkload.ALL);
            }
            for (String name : workloads) {
                chosen.add(BenchWorkload.named(name));
            }
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return 2;
        }
        for (BenchWorkload w : chosen) {
            out.println(measure(w).line());
            out.flush();
        }
        return 0;
    }

    /** Warms up on the workload's shapes, then times one full run. */
    public static Result measure(BenchWorkload workload) {
        Samples[] data = workload.data();
        train(workload, data, Math.max(1, workload.epochs() / 4));
        long start = System.nanoTime();
        EpochRecord last = train(workload, data, workload.epochs());
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(workload, workload.epochs() / seconds, last.trainLoss(), last.valLoss());
    }

    /** The reference's training setup: Adam lr 1e-3, ReLU, softmax cross-entropy, shuffled mini-batches. */
    static TrainerConfig config(BenchWorkload workload, int epochs) {
        return new TrainerConfig(workload.hidden(), Activation.RELU, OutputLoss.SOFTMAX_CROSS_ENTROPY,
                Initializer.of(InitScheme.HE_UNIFORM), Initializer.zeros(), OptimizerSpec.of(OptimizerKind.ADAM, 1e-3),
                0.0, 0.0, 0.0, workload.batchSize(), epochs, true, EarlyStopping.off(), 0, 1);
    }

    private static EpochRecord train(BenchWorkload workload, Samples[] data, int epochs) {
        TrainingSession session = new TrainingSession(config(workload, epochs), data[0], data[1]);
        TrainingControl control = new TrainingControl();
        EpochRecord last = null;
        for (int e = 0; e < epochs; e++) {
            last = session.runEpoch(control);
        }
        return last;
    }
}
