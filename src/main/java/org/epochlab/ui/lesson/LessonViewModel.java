package org.epochlab.ui.lesson;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executor;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.epochlab.engine.EpochRecord;
import org.epochlab.engine.StopReason;
import org.epochlab.engine.TrainingResult;
import org.epochlab.experiment.ExperimentConfig;
import org.epochlab.experiment.lesson.Finding;
import org.epochlab.experiment.lesson.Lesson;
import org.epochlab.experiment.lesson.LessonResult;
import org.epochlab.experiment.lesson.LessonRun;
import org.epochlab.experiment.lesson.RunOutcome;
import org.epochlab.experiment.lesson.SeedSet;
import org.epochlab.export.LessonPngs;
import org.epochlab.ui.chart.RunStyle;
import org.epochlab.ui.chart.TrainingChartsView;
import org.epochlab.ui.lab.LabViewModel;
import org.epochlab.ui.run.RunPhase;
import org.epochlab.ui.run.RunViewModel;

/**
 * The open lesson and its runs in the window. A lesson run loads its preset (with the lesson's seeds) into
 * the form, so the student sees its config, and trains it with the window's own run; "Run all" trains the
 * runs one after the other. Finished runs stay on the chart in the lesson's styles; once every run has
 * finished with the same seeds, the lesson's check turns them into findings. FX thread only.
 */
public final class LessonViewModel {

    private final LabViewModel lab;
    private final TrainingChartsView chart;
    private final Executor later;

    private final ReadOnlyObjectWrapper<Lesson> lesson = new ReadOnlyObjectWrapper<>(this, "lesson");
    private final ReadOnlyObjectWrapper<SeedSet> seeds = new ReadOnlyObjectWrapper<>(this, "seeds", SeedSet.DEFAULT);
    private final ReadOnlyObjectWrapper<LessonResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper(this, "progress", "");
    private final ReadOnlyBooleanWrapper runningAll = new ReadOnlyBooleanWrapper(this, "runningAll");
    /** The finished runs of the open lesson with the current seeds, by their index in the lesson. */
    private final Map<Integer, RunOutcome> outcomes = new TreeMap<>();
    private int seedShift;
    /** The lesson run started last and not yet finished, null when none is. */
    private Pending pending;
    /** Whether the chart shows the lesson's styles and overlays. */
    private boolean styled;

    private record Pending(int index, long startNanos) {
    }

    /** @param later runs a step after the current event ({@code Platform::runLater} in the window) */
    public LessonViewModel(LabViewModel lab, TrainingChartsView chart, Executor later) {
        this.lab = lab;
        this.chart = chart;
        this.later = later;
        lab.run().phaseProperty().addListener((o, was, now) -> phaseChanged(was, now));
    }

    // ---- commands ----

    /** Opens {@code next} (null closes the lesson): its default seeds, no runs yet. */
    public void open(Lesson next) {
        if (next == lesson.get()) {
            return;
        }
        runningAll.set(false);
        pending = null;
        seedShift = 0;
        seeds.set(SeedSet.DEFAULT);
        forgetRuns();
        lesson.set(next);
        progress.set("");
    }

    public void close() {
        open(null);
    }

    /** Loads the lesson's {@code index}-th run into the form and trains it. */
    public void run(int index) {
        if (canStart()) {
            runningAll.set(false);
            start(index);
        }
    }

    /** Trains every run of the lesson, one after the other, with the same seeds; the findings follow. */
    public void runAll() {
        if (canStart()) {
            forgetRuns();
            runningAll.set(true);
            start(0);
        }
    }

    /** The next set of other seeds ({@link SeedSet#shifted(int)}): the runs are to be trained again. */
    public void otherSeeds() {
        if (lesson.get() == null || lab.run().busyProperty().get()) {
            return;
        }
        seedShift++;
        seeds.set(SeedSet.shifted(seedShift));
        forgetRuns();
        progress.set("Seeds changed to " + seeds.get() + ": press Run all to train the runs again.");
    }

    // ---- state ----

    public ReadOnlyObjectProperty<Lesson> lessonProperty() {
        return lesson.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SeedSet> seedsProperty() {
        return seeds.getReadOnlyProperty();
    }

    /** The open lesson's runs and findings once every run has finished with the current seeds, else null. */
    public ReadOnlyObjectProperty<LessonResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** One line on what the lesson is doing ("run 2 of 5: zero init, tanh"), empty when nothing to say. */
    public ReadOnlyStringProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** Whether the window's training thread is busy: no lesson run can start now. */
    public ReadOnlyBooleanProperty busyProperty() {
        return lab.run().busyProperty();
    }

    public ReadOnlyBooleanProperty runningAllProperty() {
        return runningAll.getReadOnlyProperty();
    }

    /** The finished runs with the current seeds, in the lesson's order. */
    public List<RunOutcome> outcomes() {
        return List.copyOf(outcomes.values());
    }

    // ---- the runs ----

    private boolean canStart() {
        return lesson.get() != null && !lab.run().busyProperty().get();
    }

    private void start(int index) {
        Lesson current = lesson.get();
        LessonRun run = current.runs().get(index);
        ExperimentConfig config = seeds.get().applyTo(run.preset().config());
        lab.load(config);
        pending = new Pending(index, System.nanoTime());
        showOthers(index);
        progress.set(runningAll.get()
                ? String.format(Locale.ROOT, "Run all: run %d of %d, %s", index + 1, current.runs().size(), run.label())
                : "Training " + run.label());
        lab.run().train();
        if (lab.run().phaseProperty().get() == RunPhase.IDLE) {
            pending = null;
            runningAll.set(false);
            progress.set("Could not start " + run.label() + ": the form has a problem.");
        }
    }

    private void phaseChanged(RunPhase was, RunPhase now) {
        boolean started = (now == RunPhase.RUNNING || now == RunPhase.PAUSED)
                && (was == RunPhase.IDLE || was == RunPhase.STOPPED);
        if (started && pending == null && styled) {
            // a run of the student's own: the chart is theirs again
            chart.clearOverlays();
            chart.setCurrentStyle(RunStyle.CURRENT);
            styled = false;
        }
        if (now == RunPhase.STOPPED && pending != null) {
            finished();
        }
    }

    private void finished() {
        Pending p = pending;
        pending = null;
        RunViewModel run = lab.run();
        Lesson current = lesson.get();
        LessonRun lessonRun = current.runs().get(p.index());
        TrainingResult trained = run.lastResult();
        if (trained == null || trained.stopReason() == StopReason.CANCELLED || run.history().isEmpty()) {
            runningAll.set(false);
            progress.set(lessonRun.label() + " did not finish"
                    + (trained == null ? " (the run failed)" : " (stopped)") + ": press its button or Run all again.");
            return;
        }
        List<EpochRecord> history = List.copyOf(run.history());
        // the first epoch's samples seen is n: each epoch uses every training example once
        int trainingExamples = (int) history.get(0).samplesSeen();
        double seconds = (System.nanoTime() - p.startNanos()) / 1e9;
        outcomes.put(p.index(), RunOutcome.of(lessonRun, run.runConfig(), trainingExamples, trained, seconds));
        int count = current.runs().size();
        if (outcomes.size() == count) {
            List<RunOutcome> all = outcomes();
            List<Finding> findings = current.findings(all);
            result.set(new LessonResult(current, seeds.get(), all, findings));
            runningAll.set(false);
            long seen = findings.stream().filter(Finding::seen).count();
            progress.set(String.format(Locale.ROOT, "All %d runs trained: %d of %d findings seen.", count, seen,
                    findings.size()));
        } else if (runningAll.get() && p.index() + 1 < count) {
            int next = p.index() + 1;
            later.execute(() -> {
                if (runningAll.get() && lesson.get() == current) {
                    start(next);
                }
            });
        } else {
            progress.set(String.format(Locale.ROOT, "%s trained: %d of %d runs done with these seeds.",
                    lessonRun.label(), outcomes.size(), count));
        }
    }

    /** The lesson's other finished runs as overlays; the run about to train drawn in its own lesson style. */
    private void showOthers(int index) {
        chart.clearOverlays();
        List<Map.Entry<Integer, RunOutcome>> others = new ArrayList<>(outcomes.entrySet());
        // longest first, so that a shorter run lies visibly on top of the longer run it starts
        others.sort(Comparator.comparingInt((Map.Entry<Integer, RunOutcome> e) -> e.getValue().history().size())
                .reversed());
        for (Map.Entry<Integer, RunOutcome> e : others) {
            if (e.getKey() != index) {
                chart.addOverlay(LessonPngs.style(e.getValue().label(), e.getKey()), e.getValue().history());
            }
        }
        chart.setCurrentStyle(LessonPngs.style(lesson.get().runs().get(index).label(), index));
        styled = true;
    }

    private void forgetRuns() {
        outcomes.clear();
        result.set(null);
        if (styled) {
            chart.clearOverlays();
            chart.setCurrentStyle(RunStyle.CURRENT);
            styled = false;
        }
    }
}
