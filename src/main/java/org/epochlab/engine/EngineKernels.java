package org.epochlab.engine;

/**
 * Which matrix kernels this JVM trains with, for the about box and the benchmark. The choice changes
 * only the speed: every kernel gives the same bits (see {@link MatrixKernels}; a processor without
 * fused multiply-add rounds differently in the last bits).
 */
public final class EngineKernels {

    private EngineKernels() {
    }

    /** True when the JVM has {@code jdk.incubator.vector} (started with {@code --add-modules jdk.incubator.vector}). */
    public static boolean vectorized() {
        return MatrixKernels.VECTORIZED;
    }

    /** Threads per large matrix product: 2 on a machine with more than one processor, else 1. */
    public static int threadsPerProduct() {
        return MatrixKernels.threads();
    }

    /** One line, e.g. "vectorized kernels, 2 threads per large product". */
    public static String describe() {
        int threads = threadsPerProduct();
        String kernels;
        if (vectorized()) {
            kernels = "vectorized kernels";
        } else if (!MatrixKernels.FUSED) {
            kernels = "portable kernels without fused multiply-add (the processor has none)";
        } else {
            kernels = "portable kernels (start Java with --add-modules jdk.incubator.vector for the vectorized ones)";
        }
        return kernels + ", " + threads + (threads == 1 ? " thread" : " threads") + " per large product";
    }
}
