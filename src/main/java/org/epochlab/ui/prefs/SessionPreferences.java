package org.epochlab.ui.prefs;

import java.util.Locale;

import javafx.stage.Screen;
import javafx.stage.Stage;

import org.epochlab.ui.theme.Appearance;
import org.epochlab.ui.theme.Theme;

/** Puts remembered preferences onto a window and reads them back from it. FX thread. */
public final class SessionPreferences {

    private SessionPreferences() {
    }

    /**
     * Applies {@code p} to a stage not yet shown: its bounds (only when they still lie on a screen,
     * since a monitor may have been unplugged), maximized state, theme, presentation mode and recent files.
     */
    public static void restore(LabPreferences p, Stage stage, Appearance appearance, RecentFiles recent) {
        if (p.hasBounds() && !Screen.getScreensForRectangle(p.x(), p.y(), p.width(), p.height()).isEmpty()) {
            stage.setX(p.x());
            stage.setY(p.y());
            stage.setWidth(Math.max(p.width(), stage.getMinWidth()));
            stage.setHeight(Math.max(p.height(), stage.getMinHeight()));
        }
        stage.setMaximized(p.maximized());
        appearance.setTheme(Theme.parse(p.theme()).orElse(Theme.LIGHT));
        appearance.setPresentation(p.presentation());
        recent.setAll(p.recentFiles());
    }

    /**
     * The preferences as the window is now; while maximized the bounds of {@code previous} are kept,
     * so that un-maximizing next time restores the size the user chose.
     */
    public static LabPreferences capture(LabPreferences previous, Stage stage, Appearance appearance,
                                         RecentFiles recent) {
        boolean maximized = stage.isMaximized();
        double x = maximized ? previous.x() : stage.getX();
        double y = maximized ? previous.y() : stage.getY();
        double w = maximized ? previous.width() : stage.getWidth();
        double h = maximized ? previous.height() : stage.getHeight();
        return new LabPreferences(LabPreferences.SCHEMA_VERSION, x, y, w, h, maximized,
                appearance.getTheme().name().toLowerCase(Locale.ROOT), appearance.isPresentation(),
                recent.asStrings());
    }
}
