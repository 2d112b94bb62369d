package org.epochlab.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A process that starts replacing a file, says "writing" once half the new content is out, and then
 * waits on standard input forever, so that a test can kill it in the middle of the save.
 */
public final class HalfWrittenSave {

    private HalfWrittenSave() {
    }

    public static void main(String[] args) throws IOException {
        AtomicFiles.write(Path.of(args[0]), out -> {
            out.write("half of the new content".getBytes(StandardCharsets.UTF_8));
            out.flush();
            System.out.println("writing");
            System.out.flush();
            while (System.in.read() >= 0) {
                out.write('.');
            }
        });
    }
}
