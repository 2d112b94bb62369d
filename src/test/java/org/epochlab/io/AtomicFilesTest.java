package org.epochlab.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void writesANewFile() throws Exception {
        Path file = dir.resolve("a.txt");

        AtomicFiles.writeString(file, "héllo\n");

        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("héllo\n");
    }

    @Test
    void theNewFileIsReadableByOthersLikeAnyNewFile() throws Exception {
        Path plain = Files.writeString(dir.resolve("plain.txt"), "x");
        Path atomic = dir.resolve("atomic.txt");

        AtomicFiles.writeString(atomic, "x");

        if (Files.getFileStore(dir).supportsFileAttributeView("posix")) {
            assertThat(Files.getPosixFilePermissions(atomic)).isEqualTo(Files.getPosixFilePermissions(plain));
        } else {
            assertThat(Files.isReadable(atomic)).isTrue();
        }
    }

    @Test
    void contentThatClosesTheStreamIsStillWrittenInFull() throws Exception {
        Path file = dir.resolve("a.txt");

        AtomicFiles.write(file, out -> {
            try (var writer = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8)) {
                writer.write("closed by its writer");
            }
        });

        assertThat(Files.readString(file)).isEqualTo("closed by its writer");
    }

    @Test
    void replacesAnExistingFile() throws Exception {
        Path file = dir.resolve("a.txt");
        Files.writeString(file, "old content that is longer");

        AtomicFiles.writeString(file, "new");

        assertThat(Files.readString(file)).isEqualTo("new");
        assertThat(filesIn(dir)).containsExactly("a.txt");
    }

    @Test
    void aFailureWhileWritingLeavesThePreviousFileIntactAndNoTemporaryFile() throws Exception {
        Path file = dir.resolve("a.txt");
        Files.writeString(file, "previous");

        assertThatThrownBy(() -> AtomicFiles.write(file, out -> {
            out.write("half of the new con".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).isInstanceOf(IOException.class).hasMessage("cannot write " + file + ": disk full");

        assertThat(Files.readString(file)).isEqualTo("previous");
        assertThat(filesIn(dir)).containsExactly("a.txt");
    }

    @Test
    void anUncheckedFailureAlsoLeavesThePreviousFileIntact() throws Exception {
        Path file = dir.resolve("a.txt");
        Files.writeString(file, "previous");

        assertThatThrownBy(() -> AtomicFiles.write(file, out -> {
            out.write(1);
            throw new IllegalStateException("bug");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(Files.readString(file)).isEqualTo("previous");
        assertThat(filesIn(dir)).containsExactly("a.txt");
    }

    @Test
    void aMissingFolderIsNamed() {
        Path file = dir.resolve("no-such-folder").resolve("a.txt");

        assertThatThrownBy(() -> AtomicFiles.writeString(file, "x"))
                .isInstanceOf(IOException.class)
                .hasMessage("cannot write " + file + ": the folder " + file.getParent() + " does not exist");
    }

    @Test
    void aFolderInTheWayIsNotReplaced() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("a.txt"));
        Files.writeString(folder.resolve("inside"), "kept");

        assertThatThrownBy(() -> AtomicFiles.writeString(folder, "x")).isInstanceOf(IOException.class)
                .hasMessageStartingWith("cannot write " + folder + ": ");

        assertThat(Files.readString(folder.resolve("inside"))).isEqualTo("kept");
        assertThat(filesIn(dir)).containsExactly("a.txt");
    }

    private static java.util.List<String> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
