package org.epochlab.engine;

import java.util.concurrent.atomic.AtomicInteger;
import org.ejml.data.DMatrixRMaj;

/**
 * One optimizer step over every parameter tensor of a network (W_0, b_0, W_1, b_1, ...). With two
 * threads and enough parameters, the tensors are cut into pieces of {@value #PIECE} values that this
 * thread and the {@link KernelWorker} claim one at a time: each value's update reads only its own
 * gradient and optimizer state, so who updates a piece never changes the result.
 */
final class OptimizerStep implements Runnable {

    /** Values per piece. */
    private static final int PIECE = 8192;

    private final double[][] parameters;
    private final double[][] gradients;
    private final int parameterCount;
    /** Piece i: tensor slots[i], values [from[i], to[i]). */
    private final int[] slots;
    private final int[] from;
    private final int[] to;
    private final AtomicInteger nextPiece = new AtomicInteger();
    private Optimizer optimizer;
    private double learningRate;

    /** @param tensors W_0, b_0, W_1, b_1, ... and their gradients in the same order */
    OptimizerStep(DMatrixRMaj[] tensors, DMatrixRMaj[] tensorGradients) {
        parameters = new double[tensors.length][];
        gradients = new double[tensors.length][];
        int count = 0;
        int pieces = 0;
        for (int s = 0; s < tensors.length; s++) {
            parameters[s] = tensors[s].data;
            gradients[s] = tensorGradients[s].data;
            int length = tensors[s].getNumElements();
            count += length;
            pieces += (length + PIECE - 1) / PIECE;
        }
        parameterCount = count;
        slots = new int[pieces];
        from = new int[pieces];
        to = new int[pieces];
        int piece = 0;
        for (int s = 0; s < tensors.length; s++) {
            int length = tensors[s].getNumElements();
            for (int start = 0; start < length; start += PIECE, piece++) {
                slots[piece] = s;
                from[piece] = start;
                to[piece] = Math.min(length, start + PIECE);
            }
        }
    }

    /** Every parameter count, W and b of every layer. */
    int parameterCount() {
        return parameterCount;
    }

    /** θ ← one step of {@code optimizer} from the gradients, on one or two threads. */
    void apply(Optimizer optimizer, double learningRate) {
        optimizer.beginStep();
        KernelWorker worker;
        if (!MatrixKernels.splitsUpdate(parameterCount) || !(worker = KernelWorker.instance()).tryHold()) {
            for (int s = 0; s < parameters.length; s++) {
                optimizer.update(s, parameters[s], gradients[s], parameters[s].length, learningRate);
            }
            return;
        }
        this.optimizer = optimizer;
        this.learningRate = learningRate;
        nextPiece.set(0);
        worker.start(this);
        try {
            run();
        } finally {
            worker.finishAndRelease();
            this.optimizer = null;
        }
    }

    /** Claims and updates pieces until none is left; run by both threads. */
    @Override
    public void run() {
        int piece;
        while ((piece = nextPiece.getAndIncrement()) < slots.length) {
            int s = slots[piece];
            optimizer.update(s, parameters[s], gradients[s], from[piece], to[piece], learningRate);
        }
    }
}
