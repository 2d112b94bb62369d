package org.epochlab.engine;

/**
 * How far the epoch in progress has got: its number, how many of the n training examples its mini-batches
 * have used so far and, when {@link #followOrder() followed}, the order in which it visits them. The training
 * thread writes once per mini-batch (one volatile write); any thread reads a {@link Snapshot}. The epoch
 * number and its count are written together, so a reader never sees one epoch's count with another's number.
 */
public final class EpochProgress {

    /** The epoch in progress (1-based) and the examples it has used: {@code (epoch << 32) | used}. */
    private volatile long position;
    private volatile Plan plan = new Plan(0, 0, 0, null);
    private volatile boolean orderFollowed;

    /** The epoch's fixed facts, published once per epoch; {@code order} is a copy nobody modifies. */
    private record Plan(int epoch, int examples, int batchSize, int[] order) {
    }

    /** Publish each epoch's visiting order too (one copy of n indices per epoch); call before training. */
    public void followOrder() {
        orderFollowed = true;
    }

    /**
     * Training thread, at the start of an epoch (after the shuffle).
     *
     * @param order the visiting order: position p of the pass uses example {@code order[p]}. Not modified.
     */
    void epochStarted(int epoch, int examples, int batchSize, int[] order) {
        plan = new Plan(epoch, examples, batchSize, orderFollowed ? order.clone() : null);
        position = (long) epoch << 32;
    }

    /** Training thread, after each mini-batch: the epoch's first {@code used} examples have been used. */
    void used(int epoch, int used) {
        position = ((long) epoch << 32) | used;
    }

    /** The progress now; epoch 0 before the first epoch starts. */
    public Snapshot snapshot() {
        long p = position;
        Plan current = plan;
        int epoch = (int) (p >>> 32);
        int used = (int) p;
        if (current.epoch() != epoch) {
            // the next epoch began between the two reads: nothing of it is used yet
            used = 0;
        }
        return new Snapshot(current.epoch(), used, current.examples(), current.batchSize(), current.order());
    }

    /** One reading of the progress. */
    public static final class Snapshot {
        private final int epoch;
        private final int used;
        private final int examples;
        private final int batchSize;
        private final int[] order;

        Snapshot(int epoch, int used, int examples, int batchSize, int[] order) {
            this.epoch = epoch;
            this.used = used;
            this.examples = examples;
            this.batchSize = batchSize;
            this.order = order;
        }

        /** The epoch in progress (or just finished), 1-based; 0 before training starts. */
        public int epoch() {
            return epoch;
        }

        /** Examples the epoch's mini-batches have used so far. */
        public int used() {
            return used;
        }

        /** n, the training examples one epoch uses. */
        public int examples() {
            return examples;
        }

        /** Rows per mini-batch as trained (n for full batch). */
        public int batchSize() {
            return batchSize;
        }

        /** Mini-batches per epoch: ceil(n / batch). */
        public int batches() {
            return batchSize == 0 ? 0 : (examples + batchSize - 1) / batchSize;
        }

        /** Mini-batches of this epoch done so far: ceil(used / batch). */
        public int batchesDone() {
            return batchSize == 0 ? 0 : (used + batchSize - 1) / batchSize;
        }

        /** Whether the visiting order is known ({@link EpochProgress#followOrder()}). */
        public boolean hasOrder() {
            return order != null;
        }

        /** The example used at position {@code p} of this epoch's pass (needs {@link #hasOrder()}). */
        public int exampleAt(int p) {
            return order[p];
        }
    }
}
