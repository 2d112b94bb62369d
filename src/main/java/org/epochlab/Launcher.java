package org.epochlab;

import javafx.application.Application;

import org.epochlab.cli.EpochLabCommand;
import org.epochlab.ui.EpochLabApp;

/**
 * The jar's main class. With no arguments it opens the window; with arguments it runs a headless
 * command ({@code train}, {@code presets}, ...). It does not extend {@code Application}, so that
 * {@code java -jar} can start a jar that carries JavaFX on the class path.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            Application.launch(EpochLabApp.class, args);
        } else {
            System.exit(EpochLabCommand.execute(args));
        }
    }
}
