package org.epochlab.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.epochlab.engine.TrainingControl;

/**
 * While open, Ctrl-C or a kill (SIGTERM) does not lose the run: the JVM's shutdown cancels the training
 * before its next mini-batch and waits for the epochs so far to be written (a run's files take well
 * under a second), so the folder ends up with {@code stop_reason} "cancelled" and the full history.
 */
final class StopOnShutdown implements AutoCloseable {

    /** How long the shutdown waits for the files; a kill -9 cannot be waited for at all. */
    private static final long WRITE_TIMEOUT_SECONDS = 10;

    private final CountDownLatch done = new CountDownLatch(1);
    private final Thread hook;

    StopOnShutdown(TrainingControl control) {
        hook = new Thread(() -> {
            control.cancel();
            try {
                done.await(WRITE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "epoch-lab-stop-on-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    @Override
    public void close() {
        done.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down: the hook is running and has just been released
        }
    }
}
