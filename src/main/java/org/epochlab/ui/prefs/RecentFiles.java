package org.epochlab.ui.prefs;

import java.nio.file.Path;
import java.util.List;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The configs opened or saved lately, newest first, at most {@link LabPreferences#MAX_RECENT}. */
public final class RecentFiles {

    private final ObservableList<Path> files = FXCollections.observableArrayList();

    public ObservableList<Path> files() {
        return files;
    }

    /** Moves {@code file} to the front (adding it when new) and drops the oldest beyond the limit. */
    public void add(Path file) {
        Path p = file.toAbsolutePath().normalize();
        files.remove(p);
        files.add(0, p);
        if (files.size() > LabPreferences.MAX_RECENT) {
            files.remove(LabPreferences.MAX_RECENT, files.size());
        }
    }

    public void setAll(List<String> paths) {
        files.clear();
        for (int i = paths.size() - 1; i >= 0; i--) {
            add(Path.of(paths.get(i)));
        }
    }

    public List<String> asStrings() {
        return files.stream().map(Path::toString).toList();
    }
}
