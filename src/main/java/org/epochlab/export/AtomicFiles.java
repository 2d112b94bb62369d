package org.epochlab.export;

import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file so that readers see either the previous file or the complete new one: the bytes go to a
 * temporary file in the same folder, are forced to disk, and the temporary file is then moved over the
 * target in one step. A failure at any point deletes the temporary file and leaves the previous one intact.
 */
public final class AtomicFiles {

    /** Writes a file's content. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

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
            temp = Files.createTempFile(folder, "." + absolute.getFileName() + ".", ".tmp");
            try (FileOutputStream file = new FileOutputStream(temp.toFile());
                 OutputStream out = new BufferedOutputStream(file)) {
                content.writeTo(out);
                out.flush();
                file.getFD().sync();
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
