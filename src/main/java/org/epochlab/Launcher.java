package org.epochlab;

import java.util.logging.Level;
import java.util.logging.Logger;

import javafx.application.Application;

import org.epochlab.cli.EpochLabCommand;
import org.epochlab.ui.EpochLabApp;

/**
 * The jar's main class. With no arguments it opens the window; with arguments it runs a headless
 * command ({@code train}, {@code presets}, ...). It does not extend {@code Application}, so that
 * {@code java -jar} can start a jar that carries JavaFX on the class path.
 */
public final class Launcher {

    /**
     * JavaFX's own logger. On the class path (a plain {@code java -jar}) JavaFX warns "Unsupported
     * JavaFX configuration" at start-up; that setup is deliberate here, and the warning would be a
     * stray line on the headless commands' standard error. Held in a field: j.u.l keeps loggers
     * weakly, and a collected logger would forget its level.
     */
    private static final Logger JAVAFX_LOGGER = Logger.getLogger("javafx");

    private Launcher() {
    }

    public static void main(String[] args) {
        JAVAFX_LOGGER.setLevel(Level.SEVERE);
        if (args.length == 0) {
            Application.launch(EpochLabApp.class, args);
        } else {
            System.exit(EpochLabCommand.execute(args));
        }
    }
}
