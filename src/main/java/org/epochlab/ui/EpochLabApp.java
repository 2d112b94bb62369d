package org.epochlab.ui;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

import org.epochlab.experiment.ExperimentConfig;
import org.epochlab.experiment.run.WorkspaceLocation;
import org.epochlab.ui.lesson.FirstStart;
import org.epochlab.ui.prefs.LabPreferences;
import org.epochlab.ui.prefs.PreferencesStore;
import org.epochlab.ui.prefs.SessionPreferences;

/**
 * The lab window as an application: started by {@code Launcher} with no arguments. It opens with the
 * last session's config, window bounds and layout, theme and recent files, and remembers them when it closes.
 */
public final class EpochLabApp extends Application {

    private LabWindow window;
    private PreferencesStore store;
    private LabPreferences remembered;

    @Override
    public void start(Stage stage) {
        store = PreferencesStore.standard();
        remembered = store.load();
        ExperimentConfig initial = store.loadLastConfig().orElse(ExperimentConfig.defaults());
        window = LabWindow.create(stage, initial, Platform::exit);
        SessionPreferences.restore(remembered, stage, window.appearance(), window.recentFiles(),
                window.layoutNodes());
        stage.show();
        if (FirstStart.claim(WorkspaceLocation.current())) {
            AfterFirstFrame.run(() -> window.lessons().showStartPage()); // a second window: not before the first frame
        }
    }

    @Override
    public void stop() {
        if (window != null) {
            store.save(SessionPreferences.capture(remembered, window.stage(), window.appearance(),
                    window.recentFiles(), window.layoutNodes()), window.lab().config().configProperty().get());
            window.close();
        }
    }
}
