package org.epochlab.experiment.run;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.epochlab.engine.EpochRecord;
import org.epochlab.engine.TrainingListener;
import org.epochlab.experiment.ExperimentConfig;
import org.epochlab.io.IoMessages;

/**
 * The crash-safe log of a live run: {@code runs/<id>.journal}, a header line (the run's id, name, start
 * time and config as JSON), then one JSON line per epoch as {@link RunJson} writes epochs.
 *
 * <p>It is a {@code Consumer<List<EpochRecord>>}: hand it each batch of epochs the window drains from the
 * training thread's queue (or call it from any thread). {@link #accept} only queues the records; a daemon
 * writer thread appends them to the file at most every {@value #FLUSH_MILLIS} ms, or as soon as
 * {@value #FLUSH_EPOCHS} epochs wait, so neither the training thread nor the window ever waits for the disk.
 * Each write hands complete lines to the operating system, which keeps them when the process is killed; a
 * line torn by a power cut is ignored when the journal is read back. {@link #close()} writes the rest and
 * forces it to disk.
 *
 * <p>While open, the journal holds a lock on its file, so that another Epoch Lab sharing the workspace does
 * not take it for the leftover of a crash. A write error stops the journal (the run goes on); it is
 * available from {@link #failure()}.
 */
public final class RunJournal implements Consumer<List<EpochRecord>>, AutoCloseable {

    public static final String EXTENSION = ".journal";
    public static final long FLUSH_MILLIS = 500;
    public static final int FLUSH_EPOCHS = 1000;
    static final int SCHEMA_VERSION = 1;

    /** Journals open in this JVM: their files must not be opened again here (closing that would drop the lock). */
    private static final Set<Path> OPEN = ConcurrentHashMap.newKeySet();

    private final Path file;
    private final String id;
    private final String name;
    private final Instant created;
    private final ExperimentConfig config;
    private final FileChannel channel;
    private final FileLock lock;
    private final Thread writer;

    private List<EpochRecord> pending = new ArrayList<>();
    private boolean closing;
    private volatile int epochsOnDisk;
    private volatile IOException failure;

    private RunJournal(Path file, String id, String name, Instant created, ExperimentConfig config,
                       FileChannel channel, FileLock lock) {
        this.file = file;
        this.id = id;
        this.name = name;
        this.created = created;
        this.config = config;
        this.channel = channel;
        this.lock = lock;
        this.writer = new Thread(this::writeLoop, "run-journal-" + id.substring(0, 8));
        writer.setDaemon(true);
    }

    /**
     * Creates the journal file (replacing one of the same name), writes its header and the epochs of
     * {@code history} (those of a run being continued), forces them to disk and starts the writer.
     *
     * @throws IOException naming the file and the reason
     */
    static RunJournal create(Path file, String id, String name, Instant created, ExperimentConfig config,
                             List<EpochRecord> history) throws IOException {
        Path key = file.toAbsolutePath().normalize();
        if (!OPEN.add(key)) {
            throw new IOException("cannot start the journal " + file + ": it is already open");
        }
        FileChannel channel = null;
        boolean started = false;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw new IOException("another Epoch Lab is writing it");
            }
            RunJournal journal = new RunJournal(file, id, name, created, config, channel, lock);
            ByteArrayOutputStream header = new ByteArrayOutputStream();
            header.write(RunJson.MAPPER.writeValueAsBytes(header(id, name, created, config)));
            header.write('\n');
            journal.writeFully(header.toByteArray());
            journal.append(history);
            channel.force(true);
            journal.writer.start();
            started = true;
            return journal;
        } catch (IOException e) {
            throw new IOException("cannot start the journal " + file + ": " + IoMessages.reason(e), e);
        } finally {
            if (!started) {
                OPEN.remove(key);
                if (channel != null) {
                    channel.close();
                }
            }
        }
    }

    static boolean isOpenHere(Path file) {
        return OPEN.contains(file.toAbsolutePath().normalize());
    }

    static ObjectNode header(String id, String name, Instant created, ExperimentConfig config) {
        ObjectNode h = RunJson.MAPPER.createObjectNode();
        h.put("schemaVersion", SCHEMA_VERSION);
        h.put("id", id);
        h.put("name", name);
        h.put("created", created.toString());
        h.set("config", RunJson.configToJson(config));
        return h;
    }

    /** Queues the epochs for the writer thread; never blocks on the disk. Thread-safe. */
    @Override
    public void accept(List<EpochRecord> epochs) {
        if (epochs.isEmpty()) {
            return;
        }
        synchronized (this) {
            if (closing || failure != null) {
                return;
            }
            boolean wasEmpty = pending.isEmpty();
            pending.addAll(epochs);
            if (wasEmpty || pending.size() >= FLUSH_EPOCHS) {
                notifyAll();
            }
        }
    }

    /**
     * A listener that queues each epoch as it ends, for code that trains without a window (the train command,
     * tests). Queuing one epoch costs a lock and a list append on the training thread.
     */
    public TrainingListener asListener() {
        return record -> accept(List.of(record));
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public Instant created() {
        return created;
    }

    public ExperimentConfig config() {
        return config;
    }

    public Path file() {
        return file;
    }

    /** Epochs handed to the operating system so far (a kill keeps them). */
    public int epochsOnDisk() {
        return epochsOnDisk;
    }

    /** The write error that stopped the journal, if one did. */
    public Optional<IOException> failure() {
        return Optional.ofNullable(failure);
    }

    /** Writes the queued epochs, forces the file to disk, releases its lock and closes it. The file stays. */
    @Override
    public void close() {
        synchronized (this) {
            if (closing) {
                return;
            }
            closing = true;
            notifyAll();
        }
        boolean interrupted = false;
        while (writer.isAlive()) {
            try {
                writer.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        try {
            if (failure == null) {
                channel.force(true);
            }
            lock.release();
            channel.close();
        } catch (IOException e) {
            if (failure == null) {
                failure = e;
            }
        } finally {
            OPEN.remove(file.toAbsolutePath().normalize());
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Closes the journal and deletes its file: the run it logged is saved elsewhere. */
    void discard() throws IOException {
        close();
        Files.deleteIfExists(file);
    }

    private void writeLoop() {
        long lastWrite = System.nanoTime() - TimeUnit.MILLISECONDS.toNanos(FLUSH_MILLIS);
        while (true) {
            List<EpochRecord> batch;
            synchronized (this) {
                try {
                    while (!closing && pending.isEmpty()) {
                        wait();
                    }
                    long due = lastWrite + TimeUnit.MILLISECONDS.toNanos(FLUSH_MILLIS);
                    long now = System.nanoTime();
                    while (!closing && pending.size() < FLUSH_EPOCHS && now < due) {
                        TimeUnit.NANOSECONDS.timedWait(this, due - now);
                        now = System.nanoTime();
                    }
                } catch (InterruptedException e) {
                    closing = true;
                }
                if (pending.isEmpty()) {
                    return;
                }
                batch = pending;
                pending = new ArrayList<>();
            }
            try {
                append(batch);
            } catch (IOException e) {
                synchronized (this) {
                    failure = e;
                    pending.clear();
                }
                return;
            }
            lastWrite = System.nanoTime();
        }
    }

    private void append(List<EpochRecord> epochs) throws IOException {
        if (epochs.isEmpty()) {
            return;
        }
        ByteArrayOutputStream lines = new ByteArrayOutputStream(epochs.size() * 320);
        for (EpochRecord r : epochs) {
            lines.write(RunJson.MAPPER.writeValueAsBytes(RunJson.epochToJson(r)));
            lines.write('\n');
        }
        writeFully(lines.toByteArray());
        epochsOnDisk += epochs.size();
    }

    private void writeFully(byte[] bytes) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    }
}
