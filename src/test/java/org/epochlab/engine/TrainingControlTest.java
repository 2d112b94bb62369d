package org.epochlab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Cancel, pause, step and resume from another thread, as the window does. */
class TrainingControlTest {

    private static final Samples TRAIN = TestData.blobs(90, 5);
    private static final int BATCHES_PER_EPOCH = 9;

    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "training");
        t.setDaemon(true);
        return t;
    });
    private final BlockingQueue<EpochRecord> records = new LinkedBlockingQueue<>();
    private volatile Thread trainingThread;

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    private Trainer trainer(int epochs) {
        return new Trainer(TestData.config(List.of(4), Activation.TANH, OutputLoss.SOFTMAX_CROSS_ENTROPY,
                OptimizerKind.SGD, 0.1, 10, epochs), TRAIN, null);
    }

    private CompletableFuture<TrainingResult> start(Trainer trainer, TrainingListener listener,
                                                    TrainingControl control) {
        return CompletableFuture.supplyAsync(() -> {
            trainingThread = Thread.currentThread();
            return trainer.train(listener, control, null);
        }, executor);
    }

    /** Waits until the training thread is blocked inside {@link TrainingControl#checkpoint()}. */
    private void awaitBlocked() throws TimeoutException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (trainingThread == null || trainingThread.getState() != Thread.State.WAITING) {
            if (System.nanoTime() > deadline) {
                throw new TimeoutException("the training thread never paused");
            }
            Thread.onSpinWait();
        }
    }

    @Test
    void cancellingARunPausedBeforeAMiniBatchEndsItWithoutRecordingThePartialEpoch() throws Exception {
        TrainingControl control = new TrainingControl();
        Trainer trainer = trainer(10);
        TrainingListener listener = record -> {
            records.add(record);
            if (record.epoch() == 2) {
                control.pause();
            }
        };
        CompletableFuture<TrainingResult> run = start(trainer, listener, control);

        awaitBlocked();
        control.cancel();
        TrainingResult result = run.get(20, TimeUnit.SECONDS);

        assertThat(result.stopReason()).isEqualTo(StopReason.CANCELLED);
        assertThat(result.history()).hasSize(2);
        assertThat(result.stoppedEpoch()).isEqualTo(2);
        assertThat(trainer.session().updates()).isEqualTo(2L * BATCHES_PER_EPOCH);
    }

    @Test
    void aCancelDuringAnEpochTakesEffectAtTheNextMiniBatch() throws Exception {
        // one-row mini-batches: 40 000 checkpoints per epoch
        Samples many = TestData.blobs(40_000, 8);
        Trainer trainer = new Trainer(TestData.config(List.of(2), Activation.TANH, OutputLoss.SOFTMAX_CROSS_ENTROPY,
                OptimizerKind.SGD, 0.01, 1, 5), many, null);
        TrainingControl control = new TrainingControl();
        CompletableFuture<TrainingResult> run = start(trainer, records::add, control);

        assertThat(records.poll(60, TimeUnit.SECONDS)).extracting(EpochRecord::epoch).isEqualTo(1);
        control.cancel();
        TrainingResult result = run.get(60, TimeUnit.SECONDS);

        assertThat(result.stopReason()).isEqualTo(StopReason.CANCELLED);
        assertThat(result.history()).hasSize(1);
        // the second epoch was cut short: fewer than its 40 000 updates ran
        assertThat(trainer.session().updates()).isBetween(40_000L, 79_999L);
    }

    @Test
    void aRunCancelledBeforeItStartsRecordsNothing() {
        TrainingControl control = new TrainingControl();
        control.cancel();

        TrainingResult result = trainer(5).train(TrainingListener.NONE, control, null);

        assertThat(result.stopReason()).isEqualTo(StopReason.CANCELLED);
        assertThat(result.history()).isEmpty();
        assertThat(result.stoppedEpoch()).isZero();
        assertThat(result.finalWeights()).isEqualTo(result.initialWeights());
    }

    @Test
    void stepRunsExactlyOneEpochAndResumeRunsToTheEnd() throws Exception {
        TrainingControl control = new TrainingControl();
        control.pause();
        CompletableFuture<TrainingResult> run = start(trainer(6), records::add, control);

        awaitBlocked();
        assertThat(records).isEmpty();

        control.step();
        assertThat(records.poll(20, TimeUnit.SECONDS)).extracting(EpochRecord::epoch).isEqualTo(1);
        awaitBlocked();
        assertThat(control.isPaused()).isTrue();
        assertThat(records).isEmpty();

        control.step();
        assertThat(records.poll(20, TimeUnit.SECONDS)).extracting(EpochRecord::epoch).isEqualTo(2);
        awaitBlocked();
        assertThat(records).isEmpty();

        control.resume();
        TrainingResult result = run.get(20, TimeUnit.SECONDS);
        assertThat(result.stopReason()).isEqualTo(StopReason.COMPLETED);
        assertThat(result.history()).extracting(EpochRecord::epoch).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(records).extracting(EpochRecord::epoch).containsExactly(3, 4, 5, 6);
    }

    @Test
    void aCancelledRunCanBeContinued() {
        TrainingControl control = new TrainingControl();
        Trainer trainer = trainer(10);
        trainer.train(record -> {
            if (record.epoch() == 3) {
                control.cancel();
            }
        }, control, null);

        TrainingResult result = trainer.continueTraining(2, TrainingListener.NONE, new TrainingControl(), null);

        assertThat(result.stopReason()).isEqualTo(StopReason.COMPLETED);
        assertThat(result.history()).extracting(EpochRecord::epoch).containsExactly(1, 2, 3, 4, 5);
    }
}
