package org.epochlab.ui;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

import org.epochlab.experiment.ConfigOverrides;
import org.epochlab.experiment.ExperimentConfig;

/**
 * The lab window in a process of its own, training a run far too long to finish, for the tests that kill it or
 * close it. Prints "training" when the run starts; with the argument {@code close} it closes the window as the
 * user does once {@value #CLOSE_AFTER} epochs have arrived, printing "closing" just before.
 */
public final class WindowProcess {

    static final int CLOSE_AFTER = 20;

    private WindowProcess() {
    }

    static ExperimentConfig longRun() {
        try {
            return ConfigOverrides.apply(ExperimentConfig.defaults(), "name=long", "dataset=moons", "samples=2000",
                    "hiddenLayers=32,32", "epochs=100000");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static void main(String[] args) {
        boolean close = args.length > 0 && args[0].equals("close");
        Platform.startup(() -> {
            Stage stage = new Stage();
            LabWindow window = LabWindow.open(stage, longRun(), Platform::exit);
            window.lab().run().train();
            System.out.println("training");
            System.out.flush();
            if (close) {
                new AnimationTimer() {
                    @Override
                    public void handle(long now) {
                        if (window.lab().run().history().size() >= CLOSE_AFTER) {
                            stop();
                            System.out.println("closing");
                            System.out.flush();
                            stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST));
                        }
                    }
                }.start();
            }
        });
    }
}
