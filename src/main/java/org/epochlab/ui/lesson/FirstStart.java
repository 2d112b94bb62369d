package org.epochlab.ui.lesson;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether the lessons' start page has been shown in this workspace: a marker file, so that the start page
 * greets a student once and then stays behind Lessons → All lessons….
 */
public final class FirstStart {

    static final String MARKER = "lessons-start-page-shown";

    private FirstStart() {
    }

    /** True the first time it is asked for {@code workspace} (and then records it); false after. */
    public static boolean claim(Path workspace) {
        Path marker = workspace.resolve(MARKER);
        if (Files.exists(marker)) {
            return false;
        }
        try {
            Files.createDirectories(workspace);
            Files.writeString(marker, "The lessons' start page has been shown; delete this file to see it again.\n");
        } catch (IOException e) {
            // an unwritable workspace only means the start page shows again next time
        }
        return true;
    }
}
