package org.epochlab.engine;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Measures the matrix kernels alone on the products the bench workloads run, in GFLOP/s (2 per
 * multiply-add), on one and on two threads. Not a test: {@code bench/kernels.sh} runs it.
 */
public final class KernelThroughput {

    /** name, m, n, k, whether op(A) is a transposed read (the weight-gradient products). */
    private static final Object[][] PRODUCTS = {
        {"wide: X W1 (batch)", 256, 256, 784, false},
        {"wide: X W1 (evaluation chunk)", 512, 256, 784, false},
        {"wide: dW1 = X^T delta", 784, 256, 256, true},
        {"spiral: A W2 (batch)", 64, 256, 256, false},
        {"spiral: dW2 = A^T delta", 256, 256, 64, true},
        {"spiral: A W2 (evaluation chunk)", 512, 256, 256, false},
        {"digits: X W1 (batch)", 32, 64, 64, false},
    };

    private KernelThroughput() {
    }

    public static void main(String[] args) {
        System.out.println("# " + EngineKernels.describe());
        MatrixKernels.Product product = new MatrixKernels.Product();
        int threads = MatrixKernels.threads();
        for (int round = 0; round < 2; round++) {
            for (Object[] p : PRODUCTS) {
                int m = (int) p[1];
                int n = (int) p[2];
                int k = (int) p[3];
                boolean transposed = (boolean) p[4];
                double[] a = random(m * k, 1);
                double[] b = random(k * n, 2);
                double[] c = new double[m * n];
                int rs = transposed ? 1 : k;
                int cs = transposed ? m : 1;
                double flop = 2.0 * m * n * k;
                MatrixKernels.setThreads(1);
                double one = gflops(() -> product.multiply(m, n, k, a, rs, cs, b, c), flop);
                MatrixKernels.setThreads(2);
                double two = gflops(() -> product.multiply(m, n, k, a, rs, cs, b, c), flop);
                if (round == 1) {
                    System.out.println(String.format(Locale.ROOT,
                            "%-32s %4d x %4d x %4d   1 thread %6.1f   2 threads %6.1f GFLOP/s",
                            p[0], m, k, n, one, two));
                }
            }
        }
        MatrixKernels.setThreads(threads);
    }

    private static double gflops(Runnable work, double flop) {
        long start = System.nanoTime();
        int reps = 0;
        while (System.nanoTime() - start < 500_000_000L) {
            work.run();
            reps++;
        }
        return flop * reps / ((System.nanoTime() - start) / 1e9) / 1e9;
    }

    private static double[] random(int size, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] d = new double[size];
        for (int i = 0; i < size; i++) {
            d[i] = random.nextDouble(-1, 1);
        }
        return d;
    }
}
