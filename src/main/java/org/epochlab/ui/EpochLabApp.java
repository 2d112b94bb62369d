package org.epochlab.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** The lab window. */
public final class EpochLabApp extends Application {

    @Override
    public void start(Stage stage) {
        stage.setTitle("Epoch Lab");
        stage.setScene(new Scene(new StackPane(new Label("Epoch Lab")), 1280, 800));
        stage.show();
    }
}
