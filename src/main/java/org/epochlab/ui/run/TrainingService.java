package org.epochlab.ui.run;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javafx.concurrent.Service;
import javafx.concurrent.Task;

import org.epochlab.engine.TrainingResult;
import org.epochlab.experiment.ExperimentConfig;

/**
 * Trains in the background on one daemon thread of its own, so that closing the window never
 * waits for it. Each start takes an immutable {@link Request}, copied into the task when the task
 * is made; nothing else is shared with the FX thread except the {@link RunLink}.
 */
final class TrainingService extends Service<TrainingService.Outcome> {

    /**
     * What to train: a fresh run of {@code config}, or {@code extraEpochs} more of {@code existing}.
     * {@code adjustment} (may be null) applies before the first epoch of a continued run.
     */
    record Request(ExperimentConfig config, TrainingRun existing, int extraEpochs, Adjustment adjustment,
                   RunLink link) {
    }

    /** The run (kept for Continue) and how its stretch ended. */
    record Outcome(TrainingRun run, TrainingResult result) {
    }

    private final TrainingRunFactory factory;
    private final ExecutorService executor;
    private Request request;

    TrainingService(TrainingRunFactory factory) {
        this.factory = factory;
        this.executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "epochlab-training");
            t.setDaemon(true);
            return t;
        });
        setExecutor(executor);
    }

    /** Starts {@code next}; the service must not be running. FX thread. */
    void start(Request next) {
        request = next;
        reset();
        start();
    }

    /** Stops taking work; a stretch in progress must have been stopped through its link. */
    void shutdown() {
        executor.shutdownNow();
    }

    @Override
    protected Task<Outcome> createTask() {
        Request r = request;
        return new Task<>() {
            @Override
            protected Outcome call() throws Exception {
                if (r.existing() == null) {
                    TrainingRun run = factory.open(r.config());
                    return new Outcome(run, run.train(r.link().listenerFor(run), r.link().control()));
                }
                TrainingRun run = r.existing();
                if (r.adjustment() != null) {
                    run.adjust(r.adjustment());
                }
                return new Outcome(run, run.trainMore(r.extraEpochs(), r.link().listenerFor(run), r.link().control()));
            }
        };
    }
}
