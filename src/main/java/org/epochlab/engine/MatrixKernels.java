package org.epochlab.engine;

import java.util.concurrent.atomic.AtomicInteger;

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
 * {@code s = fma(a(i, p), b[p n + j], s)} (a multiply and an add on a processor without fma, see
 * {@link ScalarKernels#madd}). An fma rounds once, so the result is bit for bit the same
 * on the vectorized kernels ({@link VectorKernels}, used when the JVM has the
 * {@code jdk.incubator.vector} module, i.e. was started with
 * {@code --add-modules jdk.incubator.vector}) and on the portable ones ({@link ScalarKernels}).
 *
 * <p>Threads: a product of at least {@value #PARALLEL_WORK} multiply-adds (by default) is split by rows of
 * C into chunks that this thread and the {@link KernelWorker} share ({@link Product}). Each element is
 * still computed by exactly one thread in the order above, so the split changes the time, never a bit
 * of the result.
 */
final class MatrixKernels {

    /** Whether the processor has fused multiply-add (see {@link ScalarKernels#madd}). */
    static final boolean FUSED = hasFusedMultiplyAdd();

    /** Whether the vectorized kernels are in use. */
    static final boolean VECTORIZED = FUSED && ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent()
            && !Boolean.getBoolean("epochlab.scalarKernels");

    /**
     * Products narrower than one vector (in columns of C) or smaller than {@link #VECTOR_WORK}
     * multiply-adds run on the scalar kernels even when the vectorized ones are available: there the vectors save
     * little, and the scalar kernels allocate nothing even before the JIT compiler has compiled them
     * (interpreted vector code allocates its vectors), so small networks never allocate per batch.
     */
    private static final int VECTOR_COLUMNS = VECTORIZED ? VectorKernels.lanes() : Integer.MAX_VALUE;

    static final long VECTOR_WORK = 1L << 16;

    /**
     * Multiply-adds (m n k) from which a product is worth a second thread: about 100 µs of work (a spiral
     * batch, 64 × 256 × 256). Below it the split gains nothing measurable (digits' 512-row evaluation chunks:
     * 715–740 epochs/s either way) and the worker's hand-over and spinning take processor time that the
     * window's threads need beside the training.
     */
    static final long PARALLEL_WORK = 1L << 22;

    /** Parameters from which an optimizer step is worth a second thread. */
    static final int PARALLEL_PARAMETERS = 1 << 15;

    private static volatile long parallelWork = PARALLEL_WORK;
    private static volatile int parallelParameters = PARALLEL_PARAMETERS;

    /** Threads per product, 1 or 2: 2 when the machine has more than one processor. */
    private static volatile int threads = Runtime.getRuntime().availableProcessors() > 1
            && !Boolean.getBoolean("epochlab.singleThread") ? 2 : 1;

    private MatrixKernels() {
    }

    /** HotSpot's UseFMA flag, set from the processor's features; assumed true where it cannot be read. */
    private static boolean hasFusedMultiplyAdd() {
        try {
            com.sun.management.HotSpotDiagnosticMXBean hotSpot = java.lang.management.ManagementFactory
                    .getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class);
            return hotSpot == null || !"false".equals(hotSpot.getVMOption("UseFMA").getValue());
        } catch (RuntimeException | LinkageError e) {
            return true;
        }
    }

    /** 1 or 2 threads per large product (the results are the same either way). */
    static void setThreads(int count) {
        if (count != 1 && count != 2) {
            throw new IllegalArgumentException("threads must be 1 or 2, got " + count);
        }
        threads = count;
    }

    static int threads() {
        return threads;
    }

    /** From how many multiply-adds a product, and from how many parameters a step, is split (tests lower them). */
    static void setParallelThresholds(long multiplyAdds, int parameters) {
        parallelWork = multiplyAdds;
        parallelParameters = parameters;
    }

    static void resetParallelThresholds() {
        setParallelThresholds(PARALLEL_WORK, PARALLEL_PARAMETERS);
    }

    /** Whether an optimizer step over this many parameters takes the second thread. */
    static boolean splitsUpdate(int parameters) {
        return threads > 1 && parameters >= parallelParameters;
    }

    /**
     * C = op(A) B for rows [0, m) of C, on the calling thread.
     *
     * @param a op(A) is m × k; element (i, p) at {@code a[i rowStride + p colStride]}. Not modified.
     * @param b k × n, row-major. Not modified.
     * @param c m × n, row-major. Modified: overwritten.
     */
    static void multiply(int m, int n, int k, double[] a, int rowStride, int colStride, double[] b, double[] c) {
        multiplyRows(0, m, n, k, a, 0, rowStride, colStride, b, c);
    }

    /**
     * Rows [from, to) of C = op(A) B, with a(i, p) at {@code a[offset + i rowStride + p colStride]}; the
     * rows of C are independent, so a range may run on any thread.
     */
    static void multiplyRows(int from, int to, int n, int k, double[] a, int offset, int rowStride, int colStride,
                             double[] b, double[] c) {
        if (n >= VECTOR_COLUMNS && (long) (to - from) * n * k >= VECTOR_WORK) {
            VectorKernels.multiplyRows(from, to, n, k, a, offset, rowStride, colStride, b, c);
        } else {
            ScalarKernels.multiplyRows(from, to, n, k, a, offset, rowStride, colStride, b, c);
        }
    }

    /**
     * t = mᵀ: m is rows × cols, t becomes cols × rows (row-major both). Eight rows of m at a time, so
     * each step writes eight adjacent values of t (measured 2.5× faster than 8 × 8 tiles at 256 × 256).
     */
    static void transpose(double[] m, int rows, int cols, double[] t) {
        int i = 0;
        for (; i + 8 <= rows; i += 8) {
            int from = i * cols;
            for (int j = 0; j < cols; j++) {
                int o = j * rows + i;
                int s = from + j;
                t[o] = m[s];
                t[o + 1] = m[s + cols];
                t[o + 2] = m[s + 2 * cols];
                t[o + 3] = m[s + 3 * cols];
                t[o + 4] = m[s + 4 * cols];
                t[o + 5] = m[s + 5 * cols];
                t[o + 6] = m[s + 6 * cols];
                t[o + 7] = m[s + 7 * cols];
            }
        }
        for (; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                t[j * rows + i] = m[i * cols + j];
            }
        }
    }

    /**
     * A reusable product that splits itself over two threads when large enough. One per network, so
     * that nothing is allocated per product; used by one training thread at a time.
     *
     * <p>The rows of C are cut into up to {@value #CHUNKS} chunks of whole 8-row blocks, which the
     * calling thread and the kernel worker claim one at a time from a shared counter. On a busy
     * machine, where the worker's thread may be paused, the caller goes on claiming chunks instead of
     * waiting for a fixed half. Which thread computes a chunk never changes its values.
     */
    static final class Product implements Runnable {

        /** Chunks per product: enough to balance two threads, few enough that each reuses B from cache. */
        private static final int CHUNKS = 8;
        /** Least rows per chunk. */
        private static final int CHUNK_ROWS = 16;

        private final AtomicInteger nextChunk = new AtomicInteger();
        private int rows;
        private int chunkRows;
        private int chunks;
        private int n;
        private int k;
        private double[] a;
        private int offset;
        private int rowStride;
        private int colStride;
        private double[] b;
        private double[] c;

        /** C = op(A) B as {@link MatrixKernels#multiply}, on one or two threads. */
        void multiply(int m, int n, int k, double[] a, int rowStride, int colStride, double[] b, double[] c) {
            multiply(m, n, k, a, 0, rowStride, colStride, b, c);
        }

        /** The same with a(i, p) at {@code a[offset + i rowStride + p colStride]}. */
        void multiply(int m, int n, int k, double[] a, int offset, int rowStride, int colStride, double[] b,
                      double[] c) {
            KernelWorker worker;
            if (threads < 2 || (long) m * n * k < parallelWork || m < 2 * CHUNK_ROWS
                    || !(worker = KernelWorker.instance()).tryHold()) {
                multiplyRows(0, m, n, k, a, offset, rowStride, colStride, b, c);
                return;
            }
            this.rows = m;
            // ⌈m / CHUNKS⌉ rounded up to whole 8-row blocks, at least CHUNK_ROWS
            this.chunkRows = Math.max(CHUNK_ROWS, ((m + CHUNKS - 1) / CHUNKS + 7) & ~7);
            this.chunks = (m + chunkRows - 1) / chunkRows;
            this.n = n;
            this.k = k;
            this.a = a;
            this.offset = offset;
            this.rowStride = rowStride;
            this.colStride = colStride;
            this.b = b;
            this.c = c;
            nextChunk.set(0);
            worker.start(this);
            try {
                run();
            } finally {
                worker.finishAndRelease();
                this.a = null;
                this.b = null;
                this.c = null;
            }
        }

        /** Claims and computes chunks until none is left; run by both threads. */
        @Override
        public void run() {
            int chunk;
            while ((chunk = nextChunk.getAndIncrement()) < chunks) {
                int from = chunk * chunkRows;
                multiplyRows(from, Math.min(rows, from + chunkRows), n, k, a, offset, rowStride, colStride, b, c);
            }
        }
    }
}
