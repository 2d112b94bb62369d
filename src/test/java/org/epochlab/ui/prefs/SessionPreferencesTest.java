package org.epochlab.ui.prefs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeoutException;

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

/** The window's size, theme, presentation mode and recent files go to the preferences and come back. */
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
                true, List.of(dir.resolve("a.json").toString()));
        PreferencesStore store = new PreferencesStore(dir);

        fx(() -> {
            SessionPreferences.restore(before, window.stage(), window.appearance(), window.recentFiles());
            window.stage().show();
            store.save(SessionPreferences.capture(before, window.stage(), window.appearance(), window.recentFiles()),
                    null);
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

    private static <T> T fx(Callable<T> c) {
        return WaitForAsyncUtils.waitForAsyncFx(10_000, c);
    }
}
