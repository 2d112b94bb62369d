package org.epochlab.ui.prefs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javafx.application.Platform;
import javafx.event.EventHandler;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TitledPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

import org.epochlab.ui.theme.Appearance;
import org.epochlab.ui.theme.Theme;

/** Puts remembered preferences onto a window and reads them back from it. FX thread. */
public final class SessionPreferences {

    private SessionPreferences() {
    }

    /**
     * Applies {@code p} to a stage not yet shown: its bounds (only when they still lie on a screen,
     * since a monitor may have been unplugged), maximized state, theme, presentation mode, recent files,
     * divider positions and expanded panes.
     */
    public static void restore(LabPreferences p, Stage stage, Appearance appearance, RecentFiles recent,
                               LayoutNodes layout) {
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
        restoreLayout(p.layout(), layout, stage);
    }

    /**
     * Puts the remembered divider positions and expanded states onto the panes with those ids; a pane
     * not remembered, or remembered with another number of dividers, keeps its own. When
     * {@code window} is not showing yet the positions are put again once it is: a split pane is first
     * laid out at the size its scene was built with, and the panes that do not resize with the window
     * keep their width when the window then takes its remembered size, which would move the dividers.
     */
    public static void restoreLayout(WindowLayout remembered, LayoutNodes layout, Window window) {
        Runnable dividers = () -> restoreDividers(remembered, layout);
        dividers.run();
        if (!window.isShowing()) {
            window.addEventHandler(WindowEvent.WINDOW_SHOWN, new EventHandler<>() {
                @Override
                public void handle(WindowEvent e) {
                    window.removeEventHandler(WindowEvent.WINDOW_SHOWN, this);
                    Platform.runLater(dividers);
                }
            });
        }
        for (TitledPane pane : layout.collapsibles()) {
            Boolean expanded = remembered.expanded().get(pane.getId());
            if (expanded != null && pane.isCollapsible()) {
                pane.setExpanded(expanded);
            }
        }
    }

    private static void restoreDividers(WindowLayout remembered, LayoutNodes layout) {
        for (SplitPane split : layout.splits()) {
            List<Double> positions = remembered.dividers().get(split.getId());
            if (positions != null && positions.size() == split.getDividers().size()) {
                split.setDividerPositions(positions.stream().mapToDouble(Double::doubleValue).toArray());
            }
        }
    }

    /** The divider positions and expanded states of the panes as they are now. */
    public static WindowLayout captureLayout(LayoutNodes layout) {
        Map<String, List<Double>> dividers = new LinkedHashMap<>();
        for (SplitPane split : layout.splits()) {
            dividers.put(split.getId(), split.getDividers().stream().map(SplitPane.Divider::getPosition).toList());
        }
        Map<String, Boolean> expanded = new LinkedHashMap<>();
        for (TitledPane pane : layout.collapsibles()) {
            expanded.put(pane.getId(), pane.isExpanded());
        }
        return new WindowLayout(dividers, expanded);
    }

    /**
     * The preferences as the window is now; while maximized the bounds of {@code previous} are kept,
     * so that un-maximizing next time restores the size the user chose.
     */
    public static LabPreferences capture(LabPreferences previous, Stage stage, Appearance appearance,
                                         RecentFiles recent, LayoutNodes layout) {
        boolean maximized = stage.isMaximized();
        double x = maximized ? previous.x() : stage.getX();
        double y = maximized ? previous.y() : stage.getY();
        double w = maximized ? previous.width() : stage.getWidth();
        double h = maximized ? previous.height() : stage.getHeight();
        return new LabPreferences(LabPreferences.SCHEMA_VERSION, x, y, w, h, maximized,
                appearance.getTheme().name().toLowerCase(Locale.ROOT), appearance.isPresentation(),
                recent.asStrings(), captureLayout(layout));
    }
}
