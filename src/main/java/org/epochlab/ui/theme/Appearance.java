package org.epochlab.ui.theme;

import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.WeakHashMap;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Window;

/**
 * The theme and presentation mode of every window of the app, dialogs included: each scene gets
 * {@link #STYLESHEET} and its root the style classes of the current theme and of presentation mode
 * ({@value #PRESENTATION}), which scales the root font size and thickens chart lines.
 */
public final class Appearance {

    public static final String STYLESHEET = Objects.requireNonNull(
            Appearance.class.getResource("look.css")).toExternalForm();
    public static final String PRESENTATION = "presentation";

    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.LIGHT);
    private final BooleanProperty presentation = new SimpleBooleanProperty();
    /** Every scene styled so far (weakly held: a closed dialog's scene may go). */
    private final Set<Scene> styled = Collections.newSetFromMap(new WeakHashMap<>());
    private final ListChangeListener<Window> newWindows = change -> {
        while (change.next()) {
            for (Window w : change.getAddedSubList()) {
                style(w.getScene());
            }
        }
    };

    /** Styles every window open now and every window opened later (alerts, file dialogs excepted). */
    public Appearance() {
        theme.addListener((o, was, now) -> restyleAll());
        presentation.addListener((o, was, now) -> restyleAll());
        Window.getWindows().addListener(newWindows);
    }

    /** Stops styling windows opened from now on. */
    public void dispose() {
        Window.getWindows().removeListener(newWindows);
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public Theme getTheme() {
        return theme.get();
    }

    public void setTheme(Theme t) {
        theme.set(Objects.requireNonNull(t));
    }

    public BooleanProperty presentationProperty() {
        return presentation;
    }

    public boolean isPresentation() {
        return presentation.get();
    }

    public void setPresentation(boolean on) {
        presentation.set(on);
    }

    /**
     * Adds the stylesheet to {@code scene} and sets its root's classes to the current look; the scene
     * follows later changes, even while its window is not shown.
     */
    public void style(Scene scene) {
        if (scene == null) {
            return;
        }
        styled.add(scene);
        if (!scene.getStylesheets().contains(STYLESHEET)) {
            scene.getStylesheets().add(STYLESHEET);
        }
        style(scene.getRoot());
    }

    private void style(Parent root) {
        if (root == null) {
            return;
        }
        for (Theme t : Theme.values()) {
            if (t.styleClass() != null) {
                root.getStyleClass().remove(t.styleClass());
            }
        }
        root.getStyleClass().remove(PRESENTATION);
        if (getTheme().styleClass() != null) {
            root.getStyleClass().add(getTheme().styleClass());
        }
        if (isPresentation()) {
            root.getStyleClass().add(PRESENTATION);
        }
    }

    private void restyleAll() {
        for (Window w : Window.getWindows()) {
            style(w.getScene());
        }
        for (Scene scene : List.copyOf(styled)) {
            style(scene);
        }
    }

    /**
     * Runs {@code work} with {@code scene} in the light theme, so that a snapshot taken in it (an
     * exported PNG) is on white whatever the window shows; the look is put back afterwards.
     */
    public static <E extends Exception> void inLightTheme(Scene scene, ThrowingRunnable<E> work) throws E {
        Parent root = scene == null ? null : scene.getRoot();
        boolean dark = root != null && root.getStyleClass().remove(Theme.DARK.styleClass());
        try {
            if (dark) {
                root.applyCss();
                root.layout();
            }
            work.run();
        } finally {
            if (dark) {
                root.getStyleClass().add(Theme.DARK.styleClass());
                root.applyCss();
            }
        }
    }

    /** A task that may throw a checked exception. */
    @FunctionalInterface
    public interface ThrowingRunnable<E extends Exception> {
        void run() throws E;
    }
}
