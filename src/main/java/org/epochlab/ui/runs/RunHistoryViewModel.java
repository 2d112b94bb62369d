package org.epochlab.ui.runs;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

import org.epochlab.engine.EpochRecord;
import org.epochlab.engine.TrainingResult;
import org.epochlab.experiment.ExperimentConfig;
import org.epochlab.experiment.run.RunFileException;
import org.epochlab.experiment.run.RunJournal;
import org.epochlab.experiment.run.RunRecord;
import org.epochlab.experiment.run.RunSetFile;
import org.epochlab.experiment.run.Workspace;
import org.epochlab.io.IoMessages;
import org.epochlab.ui.run.RunObserver;

/**
 * Every run of the session and of the workspace, oldest first: ticked runs are drawn over the chart, each row
 * says how its config differs from the baseline run, and rows can be renamed, deleted, saved as a set and
 * opened again. As the window's {@link RunObserver} it journals the live run's epochs as they are drained (so
 * a kill loses at most the last half second) and saves each run to the workspace when it ends. Nothing here
 * throws at the user: file problems become the {@link #noticeProperty() notice}. FX thread only.
 */
public final class RunHistoryViewModel implements RunObserver {

    private final ObservableList<RunRow> rows = FXCollections.observableArrayList(
            row -> new Observable[] {row.overlaidProperty(), row.runProperty()});
    private final ObjectProperty<RunRow> baseline = new SimpleObjectProperty<>(this, "baseline");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final OverlaySink overlays;
    private final Supplier<Workspace> workspaceOpener;
    private final WorkspaceWrites writes;
    private Workspace workspace;
    private boolean workspaceTried;

    private RunJournal journal;
    private ExperimentConfig liveConfig;
    /** The run being continued (null for a fresh one) and the last run that ended, for Continue and overlays. */
    private RunRecord continuing;
    private RunRecord lastEnded;
    private boolean redrawing;

    /**
     * @param workspace opens the workspace when first needed ({@code Workspace.open(WorkspaceLocation.current())});
     *                  it may throw {@link IllegalStateException} with a message, and the history then lives in
     *                  memory only
     */
    public RunHistoryViewModel(OverlaySink overlays, Supplier<Workspace> workspace) {
        this(overlays, workspace, WorkspaceWrites.immediate());
    }

    /** As above, with the workspace's files written where {@code writes} says (the window: in the background). */
    public RunHistoryViewModel(OverlaySink overlays, Supplier<Workspace> workspace, WorkspaceWrites writes) {
        this.overlays = overlays;
        this.workspaceOpener = workspace;
        this.writes = writes;
        rows.addListener((ListChangeListener<RunRow>) c -> {
            boolean redraw = false;
            while (c.next()) {
                redraw |= c.wasUpdated() || c.wasRemoved() || c.getAddedSubList().stream().anyMatch(RunRow::isOverlaid);
            }
            if (redraw) {
                redrawOverlays();
            }
            if (baseline.get() == null || !rows.contains(baseline.get())) {
                baseline.set(rows.isEmpty() ? null : rows.get(0));
            }
        });
    }

    // ---- state ----

    public ObservableList<RunRow> rows() {
        return rows;
    }

    /** The run the others are compared with; the first run unless chosen. */
    public ObjectProperty<RunRow> baselineProperty() {
        return baseline;
    }

    /** Files that could not be read or written, named once; empty when all is well. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** How {@code row}'s config differs from the baseline's: "weightInit=zeros, activation=sigmoid". */
    public String differences(RunRow row) {
        RunRow base = baseline.get();
        if (base == null) {
            return "";
        }
        return ConfigDiff.describe(row.run().config(), base.run().config(), base == row);
    }

    /** The row of the run with {@code id}, or null. */
    public RunRow find(String id) {
        for (RunRow r : rows) {
            if (r.run().id().equals(id)) {
                return r;
            }
        }
        return null;
    }

    /** The run that ended last in this window, or null. */
    public RunRecord lastEnded() {
        return lastEnded;
    }

    // ---- commands ----

    /** Brings back the workspace's runs (journals left by a crash become runs marked interrupted). */
    public void loadWorkspace() {
        Workspace w = workspace();
        if (w == null) {
            return;
        }
        Workspace.Contents contents = w.load();
        for (RunRecord run : contents.runs()) {
            put(run);
        }
        if (!contents.problems().isEmpty()) {
            report("Some saved runs could not be read and were left in place:", contents.problems());
        }
    }

    /** Adds a run, or replaces the row of the run with the same id (a continued run). */
    public RunRow put(RunRecord run) {
        RunRow existing = find(run.id());
        if (existing != null) {
            existing.setRun(run);
            return existing;
        }
        RunRow row = new RunRow(run);
        rows.add(row);
        return row;
    }

    public void rename(RunRow row, String name) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.equals(row.run().name())) {
            return;
        }
        RunRecord renamed = row.run().withName(clean);
        if (lastEnded != null && lastEnded.id().equals(renamed.id())) {
            lastEnded = renamed;
        }
        row.setRun(renamed);
        save(renamed);
    }

    /** Removes the run from the history and deletes its workspace file. */
    public void delete(RunRow row) {
        rows.remove(row);
        forget(row.run().id());
    }

    private void forget(String id) {
        Workspace w = workspace();
        if (w != null) {
            writes.submit(() -> w.delete(id), e -> report("The run's file could not be deleted:", List.of(e.getMessage())));
        }
    }

    /** Writes {@code chosen} (all rows when empty) with their histories to one file. */
    public void saveSet(Path file, List<RunRow> chosen) throws IOException {
        List<RunRecord> runs = new ArrayList<>();
        for (RunRow r : chosen.isEmpty() ? rows : chosen) {
            runs.add(r.run());
        }
        RunSetFile.write(file, runs);
    }

    /** Adds the runs of a set file to the history (and to the workspace, so they are there next time). */
    public List<RunRow> openSet(Path file) throws RunFileException {
        List<RunRow> opened = new ArrayList<>();
        for (RunRecord run : RunSetFile.read(file)) {
            opened.add(put(run));
            save(run);
        }
        return opened;
    }

    public void tickOnly(RunRow row) {
        for (RunRow r : rows) {
            r.setOverlaid(r == row);
        }
    }

    // ---- the live run ----

    @Override
    public void started(ExperimentConfig config, boolean continued) {
        closeJournal();
        if (continued) {
            // the run's file may still be being written, and its journal is then deleted: the path the
            // continued run's journal takes (a fresh run's journal has a new id, so it never waits)
            writes.awaitIdle();
        }
        liveConfig = config;
        continuing = continued ? lastEnded : null;
        Workspace w = workspace();
        if (w == null) {
            return;
        }
        try {
            journal = continuing != null ? w.continueJournal(continuing) : w.startJournal(RunNames.of(config), config);
        } catch (IOException e) {
            report("This run is not protected against a crash:", List.of(e.getMessage()));
        }
    }

    @Override
    public void epochs(List<EpochRecord> batch) {
        if (journal != null) {
            journal.accept(batch); // queues only: a daemon thread writes
        }
    }

    @Override
    public void ended(TrainingResult result, double elapsedSeconds) {
        RunJournal ending = journal;
        RunRecord base = continuing;
        RunRecord run = ending != null
                ? RunRecord.of(ending.id(), ending.name(), ending.created(), ending.config(), result, elapsedSeconds)
                : base != null
                        ? RunRecord.of(base.id(), base.name(), base.created(), base.config(), result, elapsedSeconds)
                        : RunRecord.of(RunRecord.newId(), RunNames.of(liveConfig), Instant.now(), liveConfig, result,
                                elapsedSeconds);
        Workspace w = workspace();
        if (ending != null && w != null) {
            RunRecord finished = run;
            writes.submit(() -> w.finish(ending, finished), e -> report(
                    "The run could not be saved (its journal stays and brings it back next time):",
                    List.of(e.getMessage())));
        }
        journal = null;
        continuing = null;
        if (run.epochs() == 0) {
            forget(run.id()); // nothing ran: nothing to keep
            lastEnded = null;
            return;
        }
        RunRow row = find(run.id());
        String keptName = row == null ? null : row.run().name();
        if (keptName != null && !keptName.equals(run.name())) {
            run = run.withName(keptName); // renamed while it was being continued
            save(run);
        }
        lastEnded = run;
        put(run);
    }

    // ---- helpers ----

    private void closeJournal() {
        if (journal != null) {
            journal.close();
            journal = null;
        }
    }

    private void save(RunRecord run) {
        Workspace w = workspace();
        if (w != null) {
            writes.submit(() -> w.save(run), e -> report("The run could not be saved:", List.of(e.getMessage())));
        }
    }

    /** Waits for the workspace writes still under way, then takes no more (when the window closes). */
    public void close() {
        closeJournal();
        writes.close();
    }

    private Workspace workspace() {
        if (!workspaceTried) {
            workspaceTried = true;
            try {
                workspace = workspaceOpener.get();
            } catch (IllegalStateException e) {
                report("Runs are kept for this session only:", List.of(e.getMessage()));
            }
        }
        return workspace;
    }

    private void report(String header, List<String> problems) {
        StringBuilder text = new StringBuilder(header);
        for (String p : problems) {
            text.append("\n• ").append(p);
        }
        notice.set(notice.get().isEmpty() ? text.toString() : notice.get() + "\n" + text);
    }

    private void redrawOverlays() {
        if (redrawing) {
            return;
        }
        redrawing = true;
        try {
            overlays.clearOverlays();
            for (RunRow r : rows) {
                if (r.isOverlaid()) {
                    overlays.addOverlay(r.run().name(), r.run().history());
                }
            }
        } finally {
            redrawing = false;
        }
    }

    /** The workspace for the app: the one {@code folder} names, or an {@link IllegalStateException} saying why not. */
    public static Supplier<Workspace> workspaceAt(Supplier<Path> folder) {
        return () -> {
            Path f = folder.get();
            try {
                return Workspace.open(f);
            } catch (IOException e) {
                throw new IllegalStateException(e.getMessage() == null ? IoMessages.reason(e) : e.getMessage(), e);
            }
        };
    }
}
