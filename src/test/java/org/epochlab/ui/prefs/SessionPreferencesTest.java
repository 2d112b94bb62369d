package org.epochlab.ui.prefs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeoutException;

import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TitledPane;
import javafx.stage.Stage;

import org.epochlab.experiment.ExperimentConfig;
import org.epochlab.ui.LabWindow;
import org.epochlab.ui.theme.Theme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window's size, layout, theme, presentation mode and recent files go to the preferences and come
 * back.
 */
@ExtendWith(ApplicationExtension.class)
class SessionPreferencesTest {

    private LabWindow window;

    @Start
    void start(Stage stage) {
        window = LabWindow.create(stage, ExperimentConfig.defaults(), () -> { });
    }

    @AfterEach
    void closeWindow() throws TimeoutException {
        WaitForAsyncUtils.asyncFx(() -> window.close());
        WaitForAsyncUtils.waitForFxEvents();
        FxToolkit.cleanupStages();
    }

    @Test
    void preferencesWrittenAtCloseAreRestoredOnTheNextStart(FxRobot robot, @TempDir Path dir) {
        LabPreferences before = new LabPreferences(LabPreferences.SCHEMA_VERSION, 20, 10, 1100, 700, false, "dark",
                true, List.of(dir.resolve("a.json").toString()), WindowLayout.none());
        PreferencesStore store = new PreferencesStore(dir);

        fx(() -> {
            SessionPreferences.restore(before, window.stage(), window.appearance(), window.recentFiles(),
                    window.layoutNodes());
            window.stage().show();
            store.save(SessionPreferences.capture(before, window.stage(), window.appearance(), window.recentFiles(),
                    window.layoutNodes()), null);
            return null;
        });
        LabPreferences after = store.load();

        assertThat(fx(() -> window.appearance().getTheme())).isEqualTo(Theme.DARK);
        assertThat(fx(() -> window.stage().getScene().getRoot().getStyleClass())).contains("theme-dark", "presentation");
        assertThat(after.width()).isEqualTo(1100);
        assertThat(after.height()).isEqualTo(700);
        assertThat(after.theme()).isEqualTo("dark");
        assertThat(after.presentation()).isTrue();
        assertThat(after.recentFiles()).containsExactly(dir.resolve("a.json").toString());
    }

    @Test
    void aMovedDividerAndCollapsedPanesComeBackInTheNextWindow(FxRobot robot, @TempDir Path dir) {
        PreferencesStore store = new PreferencesStore(dir);
        fx(() -> {
            // smaller than the scene is built: the next window changes size after its first layout
            window.stage().setWidth(1100);
            window.stage().setHeight(700);
            window.stage().show();
            return null;
        });
        robot.interact(() -> {
            robot.lookup("#centreSplit").queryAs(SplitPane.class).setDividerPositions(0.35);
            robot.lookup("#runsPane").queryAs(TitledPane.class).setExpanded(false);
            robot.lookup("#replayPane").queryAs(TitledPane.class).setExpanded(false);
        });
        WaitForAsyncUtils.waitForFxEvents();
        fx(() -> {
            store.save(SessionPreferences.capture(LabPreferences.defaults(), window.stage(), window.appearance(),
                    window.recentFiles(), window.layoutNodes()), null);
            return null;
        });

        LabPreferences remembered = store.load();
        LabWindow next = fx(() -> {
            Stage stage = new Stage();
            LabWindow fresh = LabWindow.create(stage, ExperimentConfig.defaults(), () -> { });
            SessionPreferences.restore(remembered, stage, fresh.appearance(), fresh.recentFiles(), fresh.layoutNodes());
            stage.show();
            return fresh;
        });
        try {
            WaitForAsyncUtils.waitForFxEvents();
            Node root = fx(() -> next.stage().getScene().getRoot());

            assertThat(remembered.layout().dividers().get("centreSplit")).singleElement()
                    .satisfies(p -> assertThat(p).isCloseTo(0.35, within(0.01)));
            assertThat(fx(() -> robot.from(root).lookup("#centreSplit").queryAs(SplitPane.class).getDividerPositions()[0]))
                    .isCloseTo(0.35, within(0.01));
            assertThat(fx(() -> robot.from(root).lookup("#runsPane").queryAs(TitledPane.class).isExpanded())).isFalse();
            assertThat(fx(() -> robot.from(root).lookup("#replayPane").queryAs(TitledPane.class).isExpanded())).isFalse();
        } finally {
            WaitForAsyncUtils.asyncFx(next::close);
        }
    }

    @Test
    void nothingRememberedLeavesTheLayoutAsTheWindowBuiltIt(FxRobot robot) {
        fx(() -> {
            window.stage().show();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        WindowLayout built = fx(() -> SessionPreferences.captureLayout(window.layoutNodes()));

        fx(() -> {
            SessionPreferences.restoreLayout(LabPreferences.defaults().layout(), window.layoutNodes(), window.stage());
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(built.dividers()).containsOnlyKeys("centreSplit");
        assertThat(built.expanded()).containsOnly(Map.entry("runsPane", true), Map.entry("replayPane", true));
        assertThat(fx(() -> SessionPreferences.captureLayout(window.layoutNodes()))).isEqualTo(built);
    }

    private static <T> T fx(Callable<T> c) {
        return WaitForAsyncUtils.waitForAsyncFx(10_000, c);
    }
}
