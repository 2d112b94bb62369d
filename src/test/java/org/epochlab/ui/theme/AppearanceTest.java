package org.epochlab.ui.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeoutException;

import javax.imageio.ImageIO;

import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.shape.Shape;
import javafx.stage.Stage;

import org.epochlab.experiment.ExperimentConfig;
import org.epochlab.ui.LabWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** View → Light / Dark theme and presentation mode, switched from the menu of the real window. */
@ExtendWith(ApplicationExtension.class)
class AppearanceTest {

    private LabWindow window;

    @Start
    void start(Stage stage) {
        window = LabWindow.open(stage, ExperimentConfig.defaults(), () -> { });
    }

    @AfterEach
    void closeWindow() throws TimeoutException {
        WaitForAsyncUtils.asyncFx(() -> window.close());
        WaitForAsyncUtils.waitForFxEvents();
        FxToolkit.cleanupStages();
    }

    @Test
    void theDarkThemeMenuItemDarkensTheFormAndThePlotAndLightBringsThemBack(FxRobot robot) {
        assertThat(fx(() -> window.stage().getScene().getStylesheets())).contains(Appearance.STYLESHEET);
        assertThat(brightness(plotBackground(robot))).isGreaterThan(0.9);

        robot.interact(() -> viewItem("darkThemeMenuItem").fire());

        assertThat(fx(() -> window.stage().getScene().getRoot().getStyleClass())).contains("theme-dark");
        assertThat(brightness(plotBackground(robot))).isLessThan(0.2);
        assertThat(brightness(background(robot, "#configPanel"))).isLessThan(0.2);
        assertThat(brightness(textFill(robot, "#statusSentence"))).as("status text readable on dark").isGreaterThan(0.7);

        robot.interact(() -> viewItem("lightThemeMenuItem").fire());

        assertThat(fx(() -> window.stage().getScene().getRoot().getStyleClass())).doesNotContain("theme-dark");
        assertThat(brightness(plotBackground(robot))).isGreaterThan(0.9);
    }

    @Test
    void ctrlShiftPTurnsPresentationModeOnAndOffEnlargingTextAndChartLines(FxRobot robot) {
        double font = fx(() -> (Double) robot.lookup("#statusSentence").queryAs(Label.class).getFont().getSize());
        double line = fx(() -> (Double) curve(robot).getStrokeWidth());

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.P).release(KeyCode.P, KeyCode.SHIFT, KeyCode.CONTROL);

        assertThat(fx(() -> window.appearance().isPresentation())).isTrue();
        assertThat(fx(() -> ((CheckMenuItem) viewItem("presentationMenuItem")).isSelected())).isTrue();
        assertThat(fx(() -> (Double) robot.lookup("#statusSentence").queryAs(Label.class).getFont().getSize()))
                .isGreaterThanOrEqualTo(font * 1.4);
        assertThat(fx(() -> (Double) curve(robot).getStrokeWidth())).isGreaterThanOrEqualTo(line * 1.8);

        robot.press(KeyCode.F11).release(KeyCode.F11);

        assertThat(fx(() -> window.appearance().isPresentation())).isFalse();
        assertThat(fx(() -> (Double) robot.lookup("#statusSentence").queryAs(Label.class).getFont().getSize())).isEqualTo(font);
        assertThat(fx(() -> (Double) curve(robot).getStrokeWidth())).isEqualTo(line);
    }

    @Test
    void dialogsOpenedInTheDarkThemeAreDarkToo(FxRobot robot) {
        robot.interact(() -> window.appearance().setTheme(Theme.DARK));

        robot.interact(() -> window.glossary().show(org.epochlab.ui.help.GlossaryTerm.EPOCH));

        assertThat(fx(() -> window.glossary().stage().getScene().getRoot().getStyleClass())).contains("theme-dark");
        assertThat(fx(() -> window.glossary().stage().getScene().getStylesheets())).contains(Appearance.STYLESHEET);
    }

    @Test
    void anExportedPngIsOnWhiteInTheDarkTheme(FxRobot robot, @TempDir java.nio.file.Path dir) throws Exception {
        robot.interact(() -> window.appearance().setTheme(Theme.DARK));
        java.nio.file.Path png = dir.resolve("loss.png");

        fx(() -> {
            window.files().exportPng(png, 1);
            return null;
        });

        BufferedImage image = ImageIO.read(png.toFile());
        int centre = image.getRGB(image.getWidth() / 2, image.getHeight() / 3) & 0xFFFFFF;
        assertThat(centre).as("plot background in the PNG").isEqualTo(0xFFFFFF);
        assertThat(fx(() -> window.stage().getScene().getRoot().getStyleClass()))
                .as("the window stays dark").contains("theme-dark");
    }

    private MenuItem viewItem(String id) {
        MenuBar bar = (MenuBar) window.stage().getScene().lookup("#menuBar");
        Menu view = bar.getMenus().stream().filter(m -> "viewMenu".equals(m.getId())).findFirst().orElseThrow();
        return view.getItems().stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    private static Shape curve(FxRobot robot) {
        return robot.lookup(".shown-curve").queryAs(Shape.class);
    }

    private static Paint plotBackground(FxRobot robot) {
        return background(robot, ".training-chart .chart-plot-background");
    }

    private static Paint background(FxRobot robot, String query) {
        return fx(() -> {
            Region r = robot.lookup(query).queryAs(Region.class);
            r.applyCss();
            return r.getBackground().getFills().get(0).getFill();
        });
    }

    private static Paint textFill(FxRobot robot, String query) {
        return fx(() -> robot.lookup(query).queryAs(Label.class).getTextFill());
    }

    private static double brightness(Paint p) {
        return ((Color) p).getBrightness();
    }

    private static <T> T fx(Callable<T> c) {
        return WaitForAsyncUtils.waitForAsyncFx(10_000, c);
    }
}
