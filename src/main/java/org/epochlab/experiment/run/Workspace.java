package org.epochlab.experiment.run;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.epochlab.engine.EpochRecord;
import org.epochlab.engine.TrainingResult;
import org.epochlab.experiment.ExperimentConfig;
import org.epochlab.io.IoMessages;

/**
 * The folder that keeps the run history ({@link WorkspaceLocation} says where). Every finished or stopped run
 * is one file, {@code runs/<id>.epochlab-runs.json} (a {@link RunSetFile} of one run, written atomically); a
 * live run writes {@code runs/<id>.journal} ({@link RunJournal}). {@link #load()} brings back every run, turns
 * the journals a crash or kill left behind into runs marked interrupted, and reports, never throws, what it
 * could not read.
 *
 * <p>Typical use by the window:
 * <pre>{@code
 * Workspace workspace = Workspace.open(WorkspaceLocation.current());
 * Workspace.Contents contents = workspace.load();      // runs for the table, problems for a dialog
 * RunJournal journal = workspace.startJournal(name, config);
 * // each drain of the epoch queue: journal.accept(batch)
 * RunRecord run = workspace.finish(journal, result, seconds);
 * }</pre>
 */
public final class Workspace {

    public static final String RUNS_FOLDER = "runs";
    /** How old an unfinished save's temporary file must be before {@link #load()} removes it. */
    static final long ABANDONED_AFTER_MINUTES = 10;

    /**
     * What {@link #load()} found.
     *
     * @param runs      every readable run, oldest first
     * @param recovered the runs among them just rebuilt from a journal
     * @param problems  one message per file that could not be read or recovered (it is left in place)
     */
    public record Contents(List<RunRecord> runs, List<RunRecord> recovered, List<String> problems) {
        public Contents {
            runs = List.copyOf(runs);
            recovered = List.copyOf(recovered);
            problems = List.copyOf(problems);
        }
    }

    private final Path folder;
    private final Path runs;

    private Workspace(Path folder) {
        this.folder = folder;
        this.runs = folder.resolve(RUNS_FOLDER);
    }

    /**
     * The workspace in {@code folder}, created if needed.
     *
     * @throws IOException naming the folder when it cannot be created or is a file
     */
    public static Workspace open(Path folder) throws IOException {
        Workspace workspace = new Workspace(folder);
        for (Path p : List.of(folder, workspace.runs)) {
            if (Files.exists(p) && !Files.isDirectory(p)) {
                throw new IOException("cannot use the workspace " + folder + ": " + p + " is a file, not a folder");
            }
            try {
                Files.createDirectories(p);
            } catch (IOException e) {
                throw new IOException("cannot create the workspace folder " + p + ": " + IoMessages.reason(e), e);
            }
        }
        return workspace;
    }

    public Path folder() {
        return folder;
    }

    /** The file that holds the run with this id. */
    public Path fileOf(String id) {
        requireId(id);
        return runs.resolve(id + RunSetFile.EXTENSION);
    }

    Path journalOf(String id) {
        requireId(id);
        return runs.resolve(id + RunJournal.EXTENSION);
    }

    /** Recovers leftover journals, then reads every run file. Never throws: problems are returned as messages. */
    public Contents load() {
        List<String> problems = new ArrayList<>();
        removeAbandonedTemporaryFiles(problems);
        List<RunRecord> recovered = new ArrayList<>();
        for (Path journal : list("*" + RunJournal.EXTENSION, problems)) {
            recover(journal, problems).ifPresent(recovered::add);
        }
        List<RunRecord> found = new ArrayList<>();
        for (Path file : list("*" + RunSetFile.EXTENSION, problems)) {
            readRun(file, problems).ifPresent(found::add);
        }
        found.sort(Comparator.comparing(RunRecord::created).thenComparing(RunRecord::id));
        return new Contents(found, recovered, problems);
    }

    /** Saves the run as its own file, replacing an earlier save of the same run. */
    public void save(RunRecord run) throws IOException {
        RunSetFile.write(fileOf(run.id()), List.of(run));
    }

    /** Deletes the run's file; nothing happens if there is none. */
    public void delete(String id) throws IOException {
        Path file = fileOf(id);
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new IOException("cannot delete " + file + ": " + IoMessages.reason(e), e);
        }
    }

    /** Saves the run under a new name and returns the renamed run. */
    public RunRecord rename(RunRecord run, String name) throws IOException {
        RunRecord renamed = run.withName(name);
        save(renamed);
        return renamed;
    }

    /**
     * Starts the journal of a new run, with a fresh id and the current time.
     *
     * @throws IOException naming the journal file; the run can still train, only unprotected
     */
    public RunJournal startJournal(String name, ExperimentConfig config) throws IOException {
        String id = RunRecord.newId();
        return RunJournal.create(journalOf(id), id, name, Instant.now(), config, List.of());
    }

    /**
     * Starts the journal of a run being continued: same id, name, start time and config, with its history so
     * far written first, so that {@link #finish} later replaces the run's file with the longer run.
     */
    public RunJournal continueJournal(RunRecord run) throws IOException {
        return RunJournal.create(journalOf(run.id()), run.id(), run.name(), run.created(), run.config(),
                run.history());
    }

    /**
     * Ends a live run: closes its journal, saves the run's file and only then deletes the journal, so that a
     * failure at any point leaves one of them to bring the run back.
     *
     * @throws IOException the run file could not be written (the journal stays and is recovered at the next load)
     */
    public RunRecord finish(RunJournal journal, TrainingResult result, double elapsedSeconds) throws IOException {
        RunRecord run = RunRecord.of(journal.id(), journal.name(), journal.created(), journal.config(), result,
                elapsedSeconds);
        finish(journal, run);
        return run;
    }

    /**
     * As {@link #finish(RunJournal, TrainingResult, double)} with the run already made from the journal's
     * id, name, start and config (the window makes it at once and writes it in the background).
     */
    public void finish(RunJournal journal, RunRecord run) throws IOException {
        if (!run.id().equals(journal.id())) {
            throw new IllegalArgumentException("the run " + run.id() + " is not the journal's " + journal.id());
        }
        journal.close();
        save(run);
        journal.discard();
    }

    private Optional<RunRecord> readRun(Path file, List<String> problems) {
        try {
            List<RunRecord> inFile = RunSetFile.read(file);
            String expected = stem(file, RunSetFile.EXTENSION);
            if (inFile.size() != 1 || !inFile.get(0).id().equals(expected)) {
                problems.add(file + " is not a workspace run file: it should hold the one run with id " + expected
                        + ", and holds " + inFile.size() + (inFile.size() == 1 ? " run with id " + inFile.get(0).id()
                        : " runs"));
                return Optional.empty();
            }
            return Optional.of(inFile.get(0));
        } catch (RunFileException e) {
            problems.add(e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * Turns a leftover journal into a run file marked interrupted and deletes the journal. A journal another
     * process holds (a live run of another Epoch Lab) or one open in this JVM is left alone.
     */
    private Optional<RunRecord> recover(Path journal, List<String> problems) {
        if (RunJournal.isOpenHere(journal)) {
            return Optional.empty();
        }
        try (FileChannel channel = FileChannel.open(journal, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                return Optional.empty();
            }
            if (lock == null) {
                return Optional.empty();
            }
            byte[] bytes = Files.readAllBytes(journal);
            Instant lastWrite = Files.getLastModifiedTime(journal).toInstant();
            JournalReader.Contents read = JournalReader.read(bytes, journal.toString());
            if (read == null || read.history().isEmpty()) {
                lock.release();
                Files.delete(journal); // killed before its first epoch: nothing to bring back
                return Optional.empty();
            }
            if (read.problem() != null) {
                problems.add(read.problem());
            }
            if (!read.id().equals(stem(journal, RunJournal.EXTENSION))) {
                problems.add(journal + " holds run " + read.id() + ", not the run its name says; it was left in place");
                return Optional.empty();
            }
            Optional<RunRecord> saved = savedLonger(read);
            if (saved.isPresent()) {
                lock.release();
                Files.delete(journal); // the run was saved before the journal could be deleted
                return Optional.empty();
            }
            double seconds = Math.max(0, Duration.between(read.created(), lastWrite).toMillis() / 1000.0);
            RunRecord run = RunRecord.interrupted(read.id(), read.name(), read.created(), read.config(),
                    read.history(), seconds);
            save(run);
            lock.release();
            Files.delete(journal);
            return Optional.of(run);
        } catch (RunFileException e) {
            problems.add(e.getMessage() + "; it was left in place");
        } catch (IOException e) {
            problems.add("cannot recover the interrupted run in " + journal + ": " + IoMessages.reason(e));
        }
        return Optional.empty();
    }

    /** The run's saved file, if it holds at least the journal's epochs. */
    private Optional<RunRecord> savedLonger(JournalReader.Contents journal) {
        Path file = fileOf(journal.id());
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            List<RunRecord> saved = RunSetFile.read(file);
            List<EpochRecord> history = journal.history();
            return saved.size() == 1 && saved.get(0).epochs() >= history.size()
                    ? Optional.of(saved.get(0)) : Optional.empty();
        } catch (RunFileException e) {
            return Optional.empty();
        }
    }

    /**
     * Deletes the temporary files of saves that never finished (".name.NNN.tmp", see {@code AtomicFiles}: the
     * process was killed mid-write; the file it was replacing is intact). Only those untouched for
     * {@value #ABANDONED_AFTER_MINUTES} minutes: a save under way in another window is seconds old.
     */
    private void removeAbandonedTemporaryFiles(List<String> problems) {
        Instant before = Instant.now().minus(Duration.ofMinutes(ABANDONED_AFTER_MINUTES));
        for (Path temp : list(".*.tmp", problems)) {
            try {
                if (Files.getLastModifiedTime(temp).toInstant().isBefore(before)) {
                    Files.deleteIfExists(temp);
                }
            } catch (NoSuchFileException e) {
                // another window starting on the same workspace removed it first
            } catch (IOException e) {
                problems.add("cannot remove the unfinished save " + temp + ": " + IoMessages.reason(e));
            }
        }
    }

    private List<Path> list(String glob, List<String> problems) {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(runs, glob)) {
            stream.forEach(files::add);
        } catch (IOException e) {
            problems.add("cannot list the run history in " + runs + ": " + IoMessages.reason(e));
        }
        files.sort(Comparator.naturalOrder());
        return files;
    }

    private static String stem(Path file, String extension) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - extension.length());
    }

    private static void requireId(String id) {
        if (!RunRecord.isRunId(id)) {
            throw new IllegalArgumentException("a run id is a UUID, got " + id);
        }
    }
}
