package org.epochlab.io;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;

/**
 * Writes a file so that readers see either the previous file or the complete new one: the bytes go to a
 * temporary file in the same folder, are forced to disk, and the temporary file is then moved over the
 * target in one step. A failure at any point deletes the temporary file and leaves the previous one intact.
 */
public final class AtomicFiles {

    /** Writes a file's content; it need not close the stream (closing it is harmless). */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private AtomicFiles() {
    }

    public static void writeString(Path target, String text) throws IOException {
        write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Replaces {@code target} with what {@code content} writes.
     *
     * @throws IOException naming {@code target} and the reason
     */
    public static void write(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Path temp = null;
        try {
            temp = createTemporary(folder, absolute.getFileName().toString());
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                 OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel))) {
                content.writeTo(new FilterOutputStream(out) {
                    @Override
                    public void write(byte[] bytes, int offset, int length) throws IOException {
                        out.write(bytes, offset, length);
                    }

                    @Override
                    public void close() throws IOException {
                        flush(); // the file is closed only after it has been forced to disk
                    }
                });
                out.flush();
                channel.force(true);
            }
            move(temp, absolute);
        } catch (IOException | RuntimeException e) {
            if (temp != null) {
                Files.deleteIfExists(temp);
            }
            if (e instanceof IOException io) {
                throw new IOException("cannot write " + target + ": " + reason(io, folder), io);
            }
            throw e;
        }
    }

    /**
     * A new empty file ".name.NNN.tmp" beside the target. Unlike {@link Files#createTempFile}, which makes
     * the file readable by its owner only, it gets the permissions any new file gets (umask), and so does the
     * target it becomes.
     */
    private static Path createTemporary(Path folder, String name) throws IOException {
        while (true) {
            Path temp = folder.resolve("." + name + "." + Long.toUnsignedString(RANDOM.nextLong()) + ".tmp");
            try {
                return Files.createFile(temp);
            } catch (FileAlreadyExistsException e) {
                // another writer drew the same number: draw again
            }
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String reason(IOException e, Path folder) {
        if (e instanceof NoSuchFileException && folder != null && !Files.isDirectory(folder)) {
            return "the folder " + folder + " does not exist";
        }
        return IoMessages.reason(e);
    }
}
