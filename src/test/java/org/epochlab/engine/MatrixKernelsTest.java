package org.epochlab.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MatrixKernelsTest {

    /** m, n, k: whole vectors and leftovers in every direction, k beyond one cache block, empty k. */
    private static final int[][] SHAPES = {
        {1, 1, 1}, {3, 5, 7}, {4, 16, 4}, {9, 35, 13}, {17, 3, 300}, {12, 40, 600}, {8, 10, 0}, {64, 256, 2},
        {20, 10, 5}, {5, 6, 3}, {13, 2, 9}};

    private final int threads = MatrixKernels.threads();

    @AfterEach
    void restoreThreading() {
        MatrixKernels.setThreads(threads);
        MatrixKernels.resetParallelThresholds();
    }

    /** The definition: c(i, j) = fma chain over p = 0, 1, ..., k - 1 from 0 (multiply-add without fma). */
    private static double[] reference(int m, int n, int k, double[] a, int rs, int cs, double[] b) {
        double[] c = new double[m * n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double s = 0;
                for (int p = 0; p < k; p++) {
                    double x = a[i * rs + p * cs];
                    double y = b[p * n + j];
                    s = MatrixKernels.FUSED ? Math.fma(x, y, s) : x * y + s;
                }
                c[i * n + j] = s;
            }
        }
        return c;
    }

    private static double[] random(int size, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] d = new double[size];
        for (int i = 0; i < size; i++) {
            d[i] = random.nextDouble(-1, 1);
        }
        return d;
    }

    /** Garbage in C, so that a kernel which adds to C instead of overwriting it fails. */
    private static double[] dirty(int size) {
        double[] c = random(size, 99);
        for (int i = 0; i < size; i++) {
            c[i] *= 1e6;
        }
        return c;
    }

    @Test
    void theScalarKernelComputesEveryElementAsTheDefinedChainOfFusedMultiplyAdds() {
        for (int[] s : SHAPES) {
            int m = s[0];
            int n = s[1];
            int k = s[2];
            double[] a = random(m * k, 1);
            double[] b = random(k * n, 2);
            double[] c = dirty(m * n);
            ScalarKernels.multiplyRows(0, m, n, k, a, 0, k, 1, b, c);
            assertThat(c).as("%d × %d × %d", m, n, k).isEqualTo(reference(m, n, k, a, k, 1, b));
        }
    }

    @Test
    void theVectorizedKernelGivesTheSameBitsAsTheDefinition() {
        assumeThat(MatrixKernels.VECTORIZED).as("JVM started with --add-modules jdk.incubator.vector").isTrue();
        for (int[] s : SHAPES) {
            int m = s[0];
            int n = s[1];
            int k = s[2];
            double[] a = random(m * k, 3);
            double[] b = random(k * n, 4);
            double[] c = dirty(m * n);
            VectorKernels.multiplyRows(0, m, n, k, a, 0, k, 1, b, c);
            assertThat(c).as("%d × %d × %d", m, n, k).isEqualTo(reference(m, n, k, a, k, 1, b));
        }
    }

    @Test
    void aTransposedLeftOperandIsReadThroughItsStrides() {
        // A is stored k × m; op(A) = Aᵀ has (i, p) at a[p m + i]
        int m = 13;
        int n = 21;
        int k = 300;
        double[] stored = random(k * m, 5);
        double[] b = random(k * n, 6);
        double[] transposed = new double[m * k];
        MatrixKernels.transpose(stored, k, m, transposed);
        double[] c = dirty(m * n);
        MatrixKernels.multiply(m, n, k, stored, 1, m, b, c);
        assertThat(c).isEqualTo(reference(m, n, k, transposed, k, 1, b));
    }

    @Test
    void theLeftOperandMayStartPartWayIntoItsArray() {
        // rows 5..16 of a 17-row block, read in place
        int m = 12;
        int n = 40;
        int k = 30;
        double[] block = random(17 * k, 9);
        double[] rows = java.util.Arrays.copyOfRange(block, 5 * k, 17 * k);
        double[] b = random(k * n, 10);
        MatrixKernels.Product product = new MatrixKernels.Product();
        double[] c = dirty(m * n);
        product.multiply(m, n, k, block, 5 * k, k, 1, b, c);
        assertThat(c).isEqualTo(reference(m, n, k, rows, k, 1, b));
    }

    @Test
    void transposeSwapsRowsAndColumns() {
        double[] m = {1, 2, 3, 4, 5, 6};
        double[] t = new double[6];
        MatrixKernels.transpose(m, 2, 3, t);
        assertThat(t).containsExactly(1, 4, 2, 5, 3, 6);
    }

    @Test
    void oneAndTwoThreadsGiveBitIdenticalProducts() {
        int m = 37;
        int n = 70;
        int k = 290;
        double[] a = random(m * k, 7);
        double[] b = random(k * n, 8);
        MatrixKernels.Product product = new MatrixKernels.Product();
        MatrixKernels.setParallelThresholds(1, 1);

        MatrixKernels.setThreads(1);
        double[] single = dirty(m * n);
        product.multiply(m, n, k, a, k, 1, b, single);
        MatrixKernels.setThreads(2);
        double[] split = dirty(m * n);
        product.multiply(m, n, k, a, k, 1, b, split);

        assertThat(split).isEqualTo(single).isEqualTo(reference(m, n, k, a, k, 1, b));
    }
}
