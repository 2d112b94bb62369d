package org.epochlab.ui;

import javafx.animation.AnimationTimer;
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
            afterFirstFrame(() -> window.lessons().showStartPage());
        }
    }

    /**
     * Runs {@code action} at the second pulse after now: the first one draws the window, so the start page
     * (a second window, with its own layout) does not delay the lab's first frame on a first start.
     */
    private static void afterFirstFrame(Runnable action) {
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses == 2) {
                    stop();
                    action.run();
                }
            }
        }.start();
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
