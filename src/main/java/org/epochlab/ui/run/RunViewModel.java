package org.epochlab.ui.run;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongSupplier;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.concurrent.Worker;

import org.epochlab.engine.EpochProgress;
import org.epochlab.engine.EpochRecord;
import org.epochlab.engine.StopReason;
import org.epochlab.engine.TrainingListener;
import org.epochlab.engine.TrainingResult;
import org.epochlab.experiment.ExperimentConfig;
import org.epochlab.experiment.OverfittingReport;

/**
 * The window's run: Train, Pause/Resume, Step, Stop, Continue and Reset, the epochs received so
 * far, and the status line. Training happens on the {@link TrainingService}'s thread; epochs come
 * back through a queue that {@link #onFrame()} drains once per frame, handing the chart one batch.
 * FX thread only; touches no control.
 */
public final class RunViewModel {

    /** How often the overfitting analysis reruns while epochs arrive. */
    private static final long ANALYSIS_INTERVAL_NANOS = 200_000_000L;
    /** How often the status line follows a running run: ten times a second, the clock's resolution. */
    private static final long STATUS_INTERVAL_NANOS = 100_000_000L;

    private final ObservableValue<ExperimentConfig> formConfig;
    private final Function<List<EpochRecord>, OverfittingReport> analysis;
    private final ChartSink chart;
    private final LongSupplier clock;
    private final TrainingService service;

    private final ReadOnlyObjectWrapper<RunPhase> phase = new ReadOnlyObjectWrapper<>(this, "phase", RunPhase.IDLE);
    private final ReadOnlyObjectWrapper<StatusLine> status = new ReadOnlyObjectWrapper<>(this, "status");
    private final ReadOnlyStringWrapper pauseLabel = new ReadOnlyStringWrapper(this, "pauseLabel", "Pause");
    private final ReadOnlyBooleanWrapper canTrain = new ReadOnlyBooleanWrapper(this, "canTrain");
    private final ReadOnlyBooleanWrapper canPause = new ReadOnlyBooleanWrapper(this, "canPause");
    private final ReadOnlyBooleanWrapper canStep = new ReadOnlyBooleanWrapper(this, "canStep");
    private final ReadOnlyBooleanWrapper canStop = new ReadOnlyBooleanWrapper(this, "canStop");
    private final ReadOnlyBooleanWrapper canContinue = new ReadOnlyBooleanWrapper(this, "canContinue");
    private final ReadOnlyBooleanWrapper canReset = new ReadOnlyBooleanWrapper(this, "canReset");
    private final ReadOnlyBooleanWrapper runExists = new ReadOnlyBooleanWrapper(this, "runExists");

    private final List<EpochRecord> history = new ArrayList<>();
    private final List<EpochRecord> batch = new ArrayList<>();
    /** The history's epoch of lowest validation loss (first on ties), kept as epochs arrive: the status line reads it every frame. */
    private int bestEpoch;
    private long lastStatusUpdate = Long.MIN_VALUE / 2;
    private double bestValLoss = Double.POSITIVE_INFINITY;
    private Consumer<Throwable> onFailure = e -> { };
    private Function<TrainingRun, TrainingListener> observers = r -> TrainingListener.NONE;
    private RunObserver observer = new RunObserver() { };

    private RunLink link;
    /** Paused by Pause (held before a mini-batch, mid-epoch) rather than by Step (held at an epoch end). */
    private boolean pausedMidEpoch;
    private TrainingRun run;
    private ExperimentConfig runConfig;
    private TrainingResult lastResult;
    private StopReason stopReason;
    private OverfittingReport report;
    private Adjustment adjustmentForContinue;
    private int targetEpochs;
    private long elapsedBefore;
    private long runningSince = -1;
    private long lastAnalysis;

    /**
     * @param formConfig the form's config, null while it has a problem
     * @param factory    builds a run on the training thread ({@code EngineRun::open} in the app)
     * @param analysis   {@code OverfittingAnalysis::analyze} in the app
     * @param clock      nanoseconds, {@code System::nanoTime} in the app
     */
    public RunViewModel(ObservableValue<ExperimentConfig> formConfig, TrainingRunFactory factory,
                        Function<List<EpochRecord>, OverfittingReport> analysis, ChartSink chart, LongSupplier clock) {
        this.formConfig = formConfig;
        this.analysis = analysis;
        this.chart = chart;
        this.clock = clock;
        this.service = new TrainingService(factory);
        service.setOnSucceeded(e -> finished(service.getValue()));
        service.setOnFailed(e -> failed(service.getException()));
        service.stateProperty().addListener((o, was, now) -> updateFlags());
        service.runningProperty().addListener((o, was, now) -> updateFlags());
        formConfig.addListener((o, was, now) -> {
            updateFlags();
            if (phase.get() == RunPhase.IDLE) {
                planFromForm();
                updateStatus();
            }
        });
        updateFlags();
        planFromForm();
        updateStatus();
    }

    // ---- commands ----

    /** Starts a new run of the form's config (the previous run, if any, is discarded). */
    public void train() {
        if (canTrain.get()) {
            startFresh(false);
        }
    }

    /**
     * Holds the run before its next mini-batch, in the middle of an epoch, or resumes a paused run from
     * where it is held. The held epoch then completes as if never paused, so the history is the same as an
     * uninterrupted run's; learning rate, L2 and dropout changed meanwhile apply from the next epoch.
     */
    public void togglePause() {
        if (phase.get() == RunPhase.RUNNING) {
            link.pause();
            pausedMidEpoch = true;
            setPhase(RunPhase.PAUSED);
        } else if (phase.get() == RunPhase.PAUSED) {
            link.resume();
            pausedMidEpoch = false;
            setPhase(RunPhase.RUNNING);
        }
    }

    /**
     * Exactly one epoch, then hold at its end: of the paused run (paused mid-epoch, it finishes that epoch),
     * of a new run, or one more of a stopped run.
     */
    public void step() {
        if (!canStep.get()) {
            return;
        }
        switch (phase.get()) {
            case PAUSED -> {
                link.step(pausedMidEpoch);
                pausedMidEpoch = false;
                updateStatus();
            }
            case IDLE -> startFresh(true);
            case STOPPED -> startMore(1, false);
            case RUNNING -> { }
        }
    }

    /** Ends the run before its next mini-batch; it can be continued afterwards. */
    public void stop() {
        if (link != null && service.isRunning()) {
            link.stop();
        }
    }

    /** Trains {@code epochs} more epochs of the stopped run. */
    public void continueRun(int epochs) {
        if (canContinue.get() && epochs > 0) {
            startMore(epochs, false);
        }
    }

    /** Discards the run and clears the chart. */
    public void reset() {
        endUnfinished();
        stop();
        link = null;
        run = null;
        runConfig = null;
        lastResult = null;
        stopReason = null;
        report = null;
        adjustmentForContinue = null;
        history.clear();
        bestEpoch = 0;
        bestValLoss = Double.POSITIVE_INFINITY;
        elapsedBefore = 0;
        runningSince = -1;
        chart.clear();
        planFromForm();
        setPhase(RunPhase.IDLE);
    }

    /** Learning rate, L2 and dropout for the next epoch of the run (paused or stopped). */
    public void adjust(Adjustment adjustment) {
        if (phase.get() == RunPhase.PAUSED || (phase.get() == RunPhase.RUNNING && link != null)) {
            link.adjust(adjustment);
        } else if (phase.get() == RunPhase.STOPPED) {
            adjustmentForContinue = adjustment;
        }
    }

    /** Stops any run and the training thread for good (the window is closing). */
    public void shutdown() {
        endUnfinished();
        stop();
        service.cancel();
        service.shutdown();
    }

    public void setOnFailure(Consumer<Throwable> handler) {
        onFailure = handler;
    }

    /**
     * Also listens to every stretch of training, on the training thread: {@code observers} is called
     * there with the run being trained (the same object for a continued run) and returns its listener
     * (weight snapshots for the inspection views). Takes effect from the next stretch.
     */
    public void setRunObservers(Function<TrainingRun, TrainingListener> observers) {
        this.observers = observers;
    }

    /** Who follows the runs' starts, epochs and ends (the run history). */
    public void setObserver(RunObserver observer) {
        this.observer = observer;
    }

    /** Called once per frame: hands the epochs that arrived since the last frame to the chart as one batch. */
    public void onFrame() {
        int arrived = drain(false);
        if (phase.get() == RunPhase.RUNNING) {
            // the clock moves only while training; its tenths of a second are the finest the line shows, and each
            // new text lays the window out again, so the line changes at most every STATUS_INTERVAL_NANOS
            long now = clock.getAsLong();
            if (now - lastStatusUpdate >= STATUS_INTERVAL_NANOS) {
                updateStatus();
            }
        } else if (arrived > 0) {
            updateStatus();
        }
    }

    // ---- state ----

    public ReadOnlyObjectProperty<RunPhase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<StatusLine> statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** "Pause" or "Resume". */
    public ReadOnlyStringProperty pauseLabelProperty() {
        return pauseLabel.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canTrainProperty() {
        return canTrain.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canPauseProperty() {
        return canPause.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canStepProperty() {
        return canStep.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canStopProperty() {
        return canStop.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canContinueProperty() {
        return canContinue.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canResetProperty() {
        return canReset.getReadOnlyProperty();
    }

    /** Whether a run exists (running, paused or stopped): then only learning rate, L2 and dropout may change. */
    public ReadOnlyBooleanProperty runExistsProperty() {
        return runExists.getReadOnlyProperty();
    }

    /** Whether the training thread is busy (a run, or the end of a stopped one). */
    public ReadOnlyBooleanProperty busyProperty() {
        return service.runningProperty();
    }

    /** Every epoch received so far, oldest first. */
    public List<EpochRecord> history() {
        return Collections.unmodifiableList(history);
    }

    /** How far the run's epoch in progress has got, null without a run. */
    public EpochProgress epochProgress() {
        return link == null ? null : link.control().progress();
    }

    /** The config of the current run, null without one. */
    public ExperimentConfig runConfig() {
        return runConfig;
    }

    /** How the last stretch ended, null while running or without a run. */
    public TrainingResult lastResult() {
        return lastResult;
    }

    public StopReason stopReason() {
        return stopReason;
    }

    /** The latest overfitting analysis of the history, null before the first epoch. */
    public OverfittingReport report() {
        return report;
    }

    // ---- the run's life ----

    private void startFresh(boolean paused) {
        ExperimentConfig config = formConfig.getValue();
        reset();
        runConfig = config;
        targetEpochs = config.epochs();
        begin(paused);
        chart.plan(config, targetEpochs);
        observer.started(config, false);
        service.start(new TrainingService.Request(config, null, 0, null, link));
    }

    private void startMore(int epochs, boolean paused) {
        targetEpochs = history.isEmpty() ? epochs : history.get(history.size() - 1).epoch() + epochs;
        Adjustment adjustment = adjustmentForContinue;
        adjustmentForContinue = null;
        stopReason = null;
        lastResult = null;
        begin(paused);
        chart.plan(runConfig, targetEpochs);
        observer.started(runConfig, true);
        service.start(new TrainingService.Request(runConfig, run, epochs, adjustment, link));
    }

    private void begin(boolean paused) {
        link = new RunLink(observers);
        pausedMidEpoch = false;
        if (paused) {
            link.holdAtFirstEpochEnd();
        }
        runningSince = clock.getAsLong();
        setPhase(paused ? RunPhase.PAUSED : RunPhase.RUNNING);
    }

    /** An empty chart shows the epochs the form asks for. */
    private void planFromForm() {
        ExperimentConfig config = formConfig.getValue();
        if (config != null) {
            chart.plan(config, config.epochs());
        }
    }

    private void finished(TrainingService.Outcome outcome) {
        if (link == null) {
            return; // reset while it was winding down
        }
        drain(true);
        run = outcome.run();
        lastResult = outcome.result();
        stopReason = lastResult.stopReason();
        stopClock();
        setPhase(RunPhase.STOPPED);
        analyze();
        chart.showAnalysis(report, history.isEmpty() ? 0 : history.get(history.size() - 1).epoch(), stopReason);
        updateStatus();
        observer.ended(withWholeHistory(lastResult), elapsedSeconds());
    }

    private void failed(Throwable error) {
        if (link == null) {
            return;
        }
        drain(true);
        run = null; // a run that threw cannot be trusted to continue
        stopReason = StopReason.FAILED;
        stopClock();
        setPhase(RunPhase.STOPPED);
        updateStatus();
        observer.ended(partialResult(StopReason.FAILED), elapsedSeconds());
        onFailure.accept(error);
    }

    /**
     * A run that is reset or closed while it trains: what arrived so far is handed on as stopped; the stretch
     * winding down afterwards is ignored ({@link #finished} and {@link #failed} see no link).
     */
    private void endUnfinished() {
        if (link == null || (phase.get() != RunPhase.RUNNING && phase.get() != RunPhase.PAUSED)) {
            return;
        }
        drain(true);
        stopClock();
        TrainingResult partial = partialResult(StopReason.CANCELLED);
        double seconds = elapsedSeconds();
        link.stop();
        link = null;
        phase.set(RunPhase.STOPPED);
        observer.ended(partial, seconds);
    }

    private TrainingResult partialResult(StopReason reason) {
        int last = history.isEmpty() ? 0 : history.get(history.size() - 1).epoch();
        return new TrainingResult(history, reason, last, 0, null, null, false, null, null, null);
    }

    /** The engine's result over every epoch the window received (a continued stretch reports all of them too). */
    private TrainingResult withWholeHistory(TrainingResult r) {
        if (r.history().size() == history.size()) {
            return r;
        }
        return new TrainingResult(history, r.stopReason(), r.stoppedEpoch(), r.bestEpoch(), r.initialWeights(),
                r.finalWeights(), r.restoredBest(), r.train(), r.validation(), r.test());
    }

    private double elapsedSeconds() {
        return elapsedBefore / 1e9;
    }

    /** Moves the epochs published since the last call to the history and the chart; returns how many. */
    private int drain(boolean force) {
        if (link == null) {
            return 0;
        }
        batch.clear();
        int arrived = link.drainTo(batch);
        if (arrived > 0) {
            history.addAll(batch);
            for (EpochRecord r : batch) {
                if (r.valLoss() < bestValLoss) {
                    bestValLoss = r.valLoss();
                    bestEpoch = r.epoch();
                }
            }
            List<EpochRecord> arrivedNow = List.copyOf(batch);
            chart.append(arrivedNow);
            observer.epochs(arrivedNow);
            long now = clock.getAsLong();
            if (force || now - lastAnalysis >= ANALYSIS_INTERVAL_NANOS) {
                lastAnalysis = now;
                analyze();
                chart.showAnalysis(report, history.get(history.size() - 1).epoch(), null);
            }
        }
        return arrived;
    }

    private void analyze() {
        report = history.isEmpty() ? null : analysis.apply(List.copyOf(history));
    }

    private void stopClock() {
        if (runningSince >= 0) {
            elapsedBefore += clock.getAsLong() - runningSince;
            runningSince = -1;
        }
    }

    private void setPhase(RunPhase next) {
        if (next == RunPhase.PAUSED && phase.get() == RunPhase.RUNNING) {
            stopClock();
        } else if (next == RunPhase.RUNNING && runningSince < 0) {
            runningSince = clock.getAsLong();
        }
        phase.set(next);
        pauseLabel.set(next == RunPhase.PAUSED ? "Resume" : "Pause");
        updateFlags();
        updateStatus();
    }

    private void updateFlags() {
        RunPhase p = phase.get();
        Worker.State state = service.getState();
        boolean busy = service.isRunning() || state == Worker.State.SCHEDULED || state == Worker.State.RUNNING;
        boolean formOk = formConfig.getValue() != null;
        boolean continuable = p == RunPhase.STOPPED && run != null && stopReason != StopReason.DIVERGED
                && stopReason != StopReason.FAILED;
        canTrain.set(formOk && !busy && (p == RunPhase.IDLE || p == RunPhase.STOPPED));
        canPause.set(p == RunPhase.RUNNING || p == RunPhase.PAUSED);
        canStep.set(p == RunPhase.PAUSED || (!busy && formOk && (p == RunPhase.IDLE || continuable)));
        canStop.set(p == RunPhase.RUNNING || p == RunPhase.PAUSED);
        canContinue.set(!busy && formOk && continuable);
        canReset.set(p != RunPhase.IDLE);
        runExists.set(p != RunPhase.IDLE);
    }

    private void updateStatus() {
        lastStatusUpdate = clock.getAsLong();
        long elapsed = elapsedBefore + (runningSince >= 0 ? clock.getAsLong() - runningSince : 0);
        ExperimentConfig config = runConfig != null ? runConfig : formConfig.getValue();
        int target = phase.get() == RunPhase.IDLE ? (config == null ? 0 : config.epochs()) : targetEpochs;
        int patience = config != null && config.earlyStopping() ? config.patience() : 0;
        StatusLine next = StatusLines.of(new StatusLines.Facts(phase.get(), Collections.unmodifiableList(history),
                target, elapsed, stopReason, lastResult != null && lastResult.restoredBest(),
                report == null ? 0 : report.overfitEpoch(), patience,
                config == null ? List.of() : config.hiddenLayers(), formConfig.getValue() != null,
                phase.get() == RunPhase.PAUSED && pausedMidEpoch, bestEpoch));
        if (!next.equals(status.get())) {
            status.set(next);
        }
    }
}
