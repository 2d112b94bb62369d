package org.epochlab.engine;

/**
 * The one matrix product the network needs, C = op(A) B, for row-major arrays:
 * <pre>
 *   c[i n + j] = Σ_{p = 0}^{k-1} a(i, p) b[p n + j]       a(i, p) = a[i rowStride + p colStride]
 * </pre>
 * so one kernel serves A W (strides k, 1) and Aᵀ δ (strides 1, rows of A). A Bᵀ is A times a
 * transposed copy of B ({@link #transpose}).
 *
 * <p>Every element is computed the same way by every kernel, whatever the tiling, the machine or the
 * number of threads: starting from 0, one fused multiply-add per p in increasing order,
 * {@code s = fma(a(i, p), b[p n + j], s)}. An fma rounds once, so the result is bit for bit the same
 * on the vectorized kernels ({@link VectorKernels}, used when the JVM has the
 * {@code jdk.incubator.vector} module, i.e. was started with
 * {@code --add-modules jdk.incubator.vector}) and on the portable ones ({@link ScalarKernels}).
 */
final class MatrixKernels {

    /** Whether the vectorized kernels are in use. */
    static final boolean VECTORIZED = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent()
            && !Boolean.getBoolean("epochlab.scalarKernels");

    private MatrixKernels() {
    }

    /**
     * C = op(A) B for rows [0, m) of C.
     *
     * @param a op(A) is m × k; element (i, p) at {@code a[i rowStride + p colStride]}. Not modified.
     * @param b k × n, row-major. Not modified.
     * @param c m × n, row-major. Modified: overwritten.
     */
    static void multiply(int m, int n, int k, double[] a, int rowStride, int colStride, double[] b, double[] c) {
        multiplyRows(0, m, n, k, a, rowStride, colStride, b, c);
    }

    /** Rows [from, to) of C = op(A) B; the rows of C are independent, so a range may run on any thread. */
    static void multiplyRows(int from, int to, int n, int k, double[] a, int rowStride, int colStride, double[] b,
                             double[] c) {
        if (VECTORIZED) {
            VectorKernels.multiplyRows(from, to, n, k, a, rowStride, colStride, b, c);
        } else {
            ScalarKernels.multiplyRows(from, to, n, k, a, rowStride, colStride, b, c);
        }
    }

    /** t = mᵀ: m is rows × cols, t becomes cols × rows (row-major both). */
    static void transpose(double[] m, int rows, int cols, double[] t) {
        for (int i = 0; i < rows; i++) {
            int from = i * cols;
            for (int j = 0; j < cols; j++) {
                t[j * rows + i] = m[from + j];
            }
        }
    }
}
