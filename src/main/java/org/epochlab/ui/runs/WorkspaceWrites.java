package org.epochlab.ui.runs;

import java.io.IOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Where the run history's workspace writes happen. A finished run of 10,000 epochs is a few megabytes of
 * JSON, tens of milliseconds to write: on the FX thread that is a visible stall at the end of every run, so
 * the window writes on one background thread, in the order the writes were asked for (a save, then a rename,
 * then a delete of the same run stay in that order).
 */
public interface WorkspaceWrites extends AutoCloseable {

    /** One file operation. */
    @FunctionalInterface
    interface Write {
        void run() throws IOException;
    }

    /** Runs {@code write}; if it fails, {@code onFailure} gets the exception on the FX thread (or the caller's). */
    void submit(Write write, Consumer<IOException> onFailure);

    /** Returns once every write asked for so far has run. */
    void awaitIdle();

    /** Finishes the writes asked for (waiting at most 20 s, when the window closes), then takes no more. */
    @Override
    void close();

    /** Each write at once on the calling thread (tests, and wherever the caller is not the FX thread). */
    static WorkspaceWrites immediate() {
        return new WorkspaceWrites() {
            @Override
            public void submit(Write write, Consumer<IOException> onFailure) {
                try {
                    write.run();
                } catch (IOException e) {
                    onFailure.accept(e);
                }
            }

            @Override
            public void awaitIdle() {
            }

            @Override
            public void close() {
            }
        };
    }

    /**
     * Writes on one daemon thread named {@code workspace-writer}, in order; failures are handed to
     * {@code fx} (the window passes {@code Platform::runLater}).
     */
    static WorkspaceWrites inBackground(Executor fx) {
        return new Background(fx);
    }

    /** The window's writes: one daemon thread, in order. */
    final class Background implements WorkspaceWrites {

        /**
         * How long closing waits for writes still queued: a run's file is worth a wait at exit (a 10,000-epoch
         * run takes well under a second); what is left after it is recovered from the journal at the next start.
         */
        private static final long CLOSE_WAIT_SECONDS = 20;
        private final Executor fx;
        private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "workspace-writer");
            t.setDaemon(true);
            return t;
        });

        private Background(Executor fx) {
            this.fx = fx;
        }

        @Override
        public void submit(Write write, Consumer<IOException> onFailure) {
            if (thread.isShutdown()) {
                return;
            }
            thread.execute(() -> {
                try {
                    write.run();
                } catch (IOException e) {
                    fx.execute(() -> onFailure.accept(e));
                } catch (RuntimeException e) {
                    // a bug or a library's unchecked error must still reach the notice, not only stderr
                    IOException unexpected = new IOException("unexpected error: " + e, e);
                    fx.execute(() -> onFailure.accept(unexpected));
                }
            });
        }

        @Override
        public void awaitIdle() {
            if (thread.isShutdown()) {
                return;
            }
            try {
                thread.submit(() -> { }).get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            }
        }

        @Override
        public void close() {
            thread.shutdown();
            try {
                thread.awaitTermination(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
