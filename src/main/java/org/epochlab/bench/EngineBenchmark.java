package org.epochlab.bench;

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
 * measures epochs per second. Every epoch is one shuffled pass of mini-batch Adam updates (lr 1e-3,
 * β 0.9 / 0.999, ε 1e-8, ReLU hidden layers, softmax cross-entropy, double precision), then the mean
 * loss over the whole training set and the whole validation set.
 *
 * <p>Timing: generating or loading the data is not timed. Before the timed run, each workload is
 * trained untimed on the same data and shapes for {@value #WARM_UP_SECONDS} s (by default) and at least a quarter of
 * its epochs, so that the JIT compiler has compiled the kernels (the vectorized ones run hundreds of
 * times slower until it has); the timed run then builds a fresh network and trains every epoch, the
 * clock covering construction, all updates and all per-epoch evaluations, as the reference's clock
 * does.
 */
public final class EngineBenchmark {

    /** Least untimed training before the timed run, by default. */
    public static final double WARM_UP_SECONDS = 1.0;

    private EngineBenchmark() {
    }

    /**
     * One workload's figures.
     *
     * @param gflopPerEpoch floating-point operations of the matrix products in one epoch, in 10⁹
     *                      (2 per multiply-add: forward, weight gradients and back-propagated deltas of
     *                      every mini-batch, then the forward passes of both evaluations)
     */
    public record Result(BenchWorkload workload, double epochsPerSecond, double trainLoss, double valLoss,
                         double gflopPerEpoch) {

        /** The reference script's line: {@code <workload> epoch-lab <epochs/s> epochs/s train=<loss> val=<loss>}. */
        public String line() {
            return String.format(Locale.ROOT, "%s epoch-lab %.2f epochs/s train=%.4f val=%.4f", workload.name(),
                    epochsPerSecond, trainLoss, valLoss);
        }

        /** The rate of the matrix products, in 10⁹ floating-point operations per second. */
        public double gflopsPerSecond() {
            return gflopPerEpoch * epochsPerSecond;
        }
    }

    /** Warms up on the workload's shapes for {@value #WARM_UP_SECONDS} s, then times one full run. */
    public static Result measure(BenchWorkload workload) {
        return measure(workload, WARM_UP_SECONDS);
    }

    /** Warms up on the workload's shapes for at least {@code warmUpSeconds}, then times one full run. */
    public static Result measure(BenchWorkload workload, double warmUpSeconds) {
        Samples[] data = workload.data();
        warmUp(workload, data, warmUpSeconds);
        long start = System.nanoTime();
        EpochRecord last = train(workload, data, workload.epochs());
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(workload, workload.epochs() / seconds, last.trainLoss(), last.valLoss(),
                gflopPerEpoch(workload, data[0], data[1]));
    }

    /** The reference's training setup: Adam lr 1e-3, ReLU, softmax cross-entropy, shuffled mini-batches. */
    static TrainerConfig config(BenchWorkload workload, int epochs) {
        return new TrainerConfig(workload.hidden(), Activation.RELU, OutputLoss.SOFTMAX_CROSS_ENTROPY,
                Initializer.of(InitScheme.HE_UNIFORM), Initializer.zeros(), OptimizerSpec.of(OptimizerKind.ADAM, 1e-3),
                0.0, 0.0, 0.0, workload.batchSize(), epochs, true, EarlyStopping.off(), 0, 1);
    }

    /**
     * 2 × multiply-adds per epoch: with s = Σ_l w_l w_{l+1} over the layers and s' the same without the
     * first layer, n training rows cost n (s + s + s') (forward, ∂W, δ below) and every row of both
     * splits s again for the evaluations.
     */
    static double gflopPerEpoch(BenchWorkload workload, Samples train, Samples validation) {
        List<Integer> hidden = workload.hidden();
        int[] widths = new int[hidden.size() + 2];
        widths[0] = train.cols();
        for (int i = 0; i < hidden.size(); i++) {
            widths[i + 1] = hidden.get(i);
        }
        widths[widths.length - 1] = train.classes();
        double all = 0;
        double belowFirst = 0;
        for (int l = 0; l + 1 < widths.length; l++) {
            double products = (double) widths[l] * widths[l + 1];
            all += products;
            if (l > 0) {
                belowFirst += products;
            }
        }
        double multiplyAdds = train.rows() * (2 * all + belowFirst) + (double) (train.rows() + validation.rows()) * all;
        return 2 * multiplyAdds / 1e9;
    }

    private static void warmUp(BenchWorkload workload, Samples[] data, double seconds) {
        TrainingSession session = new TrainingSession(config(workload, workload.epochs()), data[0], data[1]);
        TrainingControl control = new TrainingControl();
        long start = System.nanoTime();
        int quarter = Math.max(1, workload.epochs() / 4);
        for (int e = 0; e < quarter || System.nanoTime() - start < seconds * 1e9; e++) {
            session.runEpoch(control);
        }
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
