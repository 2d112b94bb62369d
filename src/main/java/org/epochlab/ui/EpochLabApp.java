package org.epochlab.ui;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

import org.epochlab.experiment.ExperimentConfig;
import org.epochlab.experiment.run.WorkspaceLocation;
import org.epochlab.ui.lesson.FirstStart;

/** The lab window as an application: started by {@code Launcher} with no arguments. */
public final class EpochLabApp extends Application {

    private LabWindow window;

    @Override
    public void start(Stage stage) {
        window = LabWindow.open(stage, ExperimentConfig.defaults(), Platform::exit);
        if (FirstStart.claim(WorkspaceLocation.current())) {
            window.lessons().showStartPage();
        }
    }

    @Override
    public void stop() {
        if (window != null) {
            window.close();
        }
    }
}
