package org.epochlab.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The workspaces are allocated once: an epoch's allocations do not grow with its number of mini-batches. */
class WorkspaceTest {

    @Test
    void anEpochOfFourThousandMiniBatchesAllocatesOnlyItsRecord() {
        assumeTrue(ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean,
                "needs per-thread allocation counters");
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        assumeTrue(threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled(),
                "needs per-thread allocation counters");
        Samples train = TestData.blobs(4001, 1);
        // batch 1 with dropout, L1, L2 and Adam: 4001 updates, the last of them one row as every other
        TrainerConfig config = new TrainerConfig(List.of(8, 8), Activation.TANH, OutputLoss.SOFTMAX_CROSS_ENTROPY,
                Initializer.of(InitScheme.GLOROT_UNIFORM), Initializer.zeros(), OptimizerSpec.of(OptimizerKind.ADAM, 1e-3),
                1e-4, 1e-4, 0.2, 1, 10, true, EarlyStopping.off(), 1, 2);
        TrainingSession session = new TrainingSession(config, train, TestData.blobs(700, 2));
        TrainingControl control = new TrainingControl();
        for (int i = 0; i < 3; i++) {
            session.runEpoch(control);
        }
        long thread = Thread.currentThread().getId();

        long before = threads.getThreadAllocatedBytes(thread);
        session.runEpoch(control);
        long allocated = threads.getThreadAllocatedBytes(thread) - before;

        // one record is well under 4 kB; 8 bytes per mini-batch would already be 32 kB
        assertThat(allocated).isLessThan(16_000);
    }
}
