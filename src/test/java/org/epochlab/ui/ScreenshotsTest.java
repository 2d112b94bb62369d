package org.epochlab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.imageio.ImageIO;

import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import org.epochlab.experiment.ConfigOverrides;
import org.epochlab.experiment.ExperimentConfig;
import org.epochlab.experiment.Presets;
import org.epochlab.experiment.run.WorkspaceLocation;
import org.epochlab.experiment.lesson.Lesson;
import org.epochlab.experiment.lesson.Lessons;
import org.epochlab.ui.run.RunPhase;
import org.epochlab.ui.theme.Theme;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Pictures of the real window at 1400 × 900 for the README: idle, a paused run of the
 * {@code overfitting} preset with its overfitting region, the same in the dark theme, the exported chart, and
 * a zero-initialised run overlaid by the same run started from random weights, and the zero-init lesson with its
 * findings after Run all. Written to
 * {@code target/screenshots}, or to the folder in the system property {@code epochlab.screenshots}
 * ({@code -Depochlab.screenshots=docs/screenshots} regenerates the README's).
 */
@Tag("screenshots")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScreenshotsTest {

    private static final Path FOLDER = Path.of(System.getProperty("epochlab.screenshots", "target/screenshots"));
    private static LabWindow window;
    private static String previousWorkspace;

    @BeforeAll
    static void openWindow() throws Exception {
        FxToolkit.registerPrimaryStage();
        Files.createDirectories(FOLDER);
        // a workspace of its own, so that the pictures show only the runs made here
        previousWorkspace = System.setProperty(WorkspaceLocation.PROPERTY,
                Files.createTempDirectory("epochlab-screenshots").toString());
        window = fx(() -> LabWindow.create(new Stage(), ExperimentConfig.defaults(), () -> { }));
    }

    @AfterAll
    static void closeWindow() {
        fx(() -> {
            window.close();
            return null;
        });
        if (previousWorkspace == null) {
            System.clearProperty(WorkspaceLocation.PROPERTY);
        } else {
            System.setProperty(WorkspaceLocation.PROPERTY, previousWorkspace);
        }
    }

    @Test
    @Order(1)
    void picturesOfTheIdleWindowTheOverfittingRunAndItsExportedChart() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> {
            layOut();
            ImageView preview = (ImageView) window.stage().getScene().lookup("#datasetPreview");
            return preview.getImage() != null;
        }));
        Path idle = shoot("window-idle.png");

        ExperimentConfig overfitting = Presets.find("overfitting").orElseThrow().config();
        fx(() -> {
            window.lab().load(overfitting);
            window.lab().run().train();
            return null;
        });
        // hold the run two thirds of the way, once the validation curve has turned up
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> fx(() -> {
            var run = window.lab().run();
            if (run.phaseProperty().get() == RunPhase.RUNNING && run.history().size() >= overfitting.epochs() * 2 / 3
                    && run.report() != null && run.report().overfits()) {
                run.togglePause();
            }
            return run.phaseProperty().get() != RunPhase.RUNNING;
        }));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> {
            window.lab().run().onFrame();
            return window.lab().run().history().size() == window.chart().pointCount();
        }));
        Path running = shoot("window-overfitting.png");
        fx(() -> {
            window.appearance().setTheme(Theme.DARK);
            return null;
        });
        Path dark = shoot("window-dark.png");
        fx(() -> {
            window.appearance().setTheme(Theme.LIGHT);
            return null;
        });

        fx(() -> {
            window.lab().run().togglePause();
            return null;
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> fx(() -> window.lab().run().phaseProperty().get() == RunPhase.STOPPED));
        Path exported = FOLDER.resolve("exported-chart.png");
        fx(() -> {
            window.files().exportPng(exported, 1);
            return null;
        });

        for (Path p : new Path[] {idle, running, dark}) {
            BufferedImage image = ImageIO.read(p.toFile());
            assertThat(image.getWidth()).isEqualTo((int) LabWindow.WIDTH);
            assertThat(image.getHeight()).isEqualTo((int) LabWindow.HEIGHT);
        }
        assertThat(ImageIO.read(exported.toFile())).isNotNull();
    }

    @Test
    @Order(2)
    void pictureOfAZeroRunAndARandomRunOverlaid() throws Exception {
        ExperimentConfig zero = ConfigOverrides.apply(Presets.find("moons").orElseThrow().config(),
                "weightInit=zeros", "biasInit=zeros");
        int before = fx(() -> window.runs().rows().size());
        fx(() -> {
            window.lab().load(zero);
            window.lab().run().train();
            return null;
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> fx(() -> window.runs().rows().size() == before + 1));
        fx(() -> {
            window.lab().config().setZeroInit(false); // as the Random half of the switch does
            return null;
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> fx(() -> window.runs().rows().size() == before + 2
                && window.lab().run().phaseProperty().get() == RunPhase.STOPPED));
        fx(() -> {
            window.runs().baselineProperty().set(window.runs().rows().get(before));
            return null;
        });

        Path file = shoot("zero-vs-random.png");

        assertThat(fx(() -> window.runs().rows().get(before).isOverlaid())).isTrue();
        assertThat(ImageIO.read(file.toFile()).getWidth()).isEqualTo((int) LabWindow.WIDTH);
    }

    @Test
    @Order(3)
    void theNeuronViewOfAZeroAndARandomRunSideBySide() throws Exception {
        ExperimentConfig base = ConfigOverrides.apply(ExperimentConfig.defaults(), "dataset=digits",
                "hiddenLayers=[16]", "activation=sigmoid", "epochs=30", "biasInit=zeros");
        WritableImage zero = neuronsAfter(ConfigOverrides.apply(base, "weightInit=zeros"));
        WritableImage random = neuronsAfter(base);

        Path file = FOLDER.resolve("neurons-zero-vs-random.png");
        BufferedImage both = fx(() -> {
            HBox pair = new HBox(16, captioned("All weights zero: 16 neurons, 1 distinct", zero),
                    captioned("Random weights (Glorot uniform): 16 distinct neurons", random));
            pair.setPadding(new Insets(12));
            pair.setStyle("-fx-background-color: white; -fx-font-size: 14px;");
            new Scene(pair);
            pair.applyCss();
            pair.layout();
            return SwingFXUtils.fromFXImage(pair.snapshot(null, null), null);
        });
        ImageIO.write(both, "png", file.toFile());

        assertThat(ImageIO.read(file.toFile()).getWidth()).isGreaterThan(2 * (int) zero.getWidth());
    }

    /** Trains {@code config} in the window and pictures its neuron view at the last epoch. */
    private static WritableImage neuronsAfter(ExperimentConfig config) throws TimeoutException {
        fx(() -> {
            window.lab().load(config);
            window.lab().run().train();
            return null;
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> fx(() -> {
            window.lab().run().onFrame();
            window.inspection().onFrame();
            var tiles = window.inspection().views().neurons().shownProperty().get();
            return window.lab().run().phaseProperty().get() == RunPhase.STOPPED && tiles != null
                    && tiles.epoch() == config.epochs();
        }));
        return fx(() -> {
            window.inspection().tabs().getSelectionModel().select(1);
            layOut();
            return window.inspection().views().neurons().snapshot(null, null);
        });
    }

    private static VBox captioned(String caption, WritableImage image) {
        Label title = new Label(caption);
        title.setStyle("-fx-font-weight: bold;");
        return new VBox(8, title, new ImageView(image));
    }


    @Test
    @Order(4)
    void pictureOfTheZeroInitLessonWithItsFindingsAfterRunAll() throws Exception {
        Lesson zero = Lessons.find("zero-init").orElseThrow();
        fx(() -> {
            window.lab().run().reset();
            window.lessons().open(zero);
            window.lessons().model().runAll();
            return null;
        });
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS,
                () -> fx(() -> window.lessons().model().resultProperty().get() != null));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> {
            window.lab().run().onFrame();
            window.lessons().onFrame();
            return window.lab().run().history().size() == window.chart().pointCount();
        }));
        Path lesson = shoot("lesson.png");

        BufferedImage image = ImageIO.read(lesson.toFile());
        assertThat(image.getWidth()).isEqualTo((int) LabWindow.WIDTH);
        assertThat(fx(() -> window.lessons().model().resultProperty().get().allSeen())).isTrue();
        fx(() -> {
            window.lessons().model().close();
            return null;
        });
    }
    /** The whole scene, laid out at the window's size, as a PNG. */
    private static Path shoot(String name) throws IOException, TimeoutException {
        WaitForAsyncUtils.waitForFxEvents();
        BufferedImage image = fx(() -> {
            layOut();
            return SwingFXUtils.fromFXImage(window.stage().getScene().getRoot().snapshot(null, null), null);
        });
        Path file = FOLDER.resolve(name);
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    /** CSS and layout at the window's size: the stage is never shown, so nothing else does it. */
    private static void layOut() {
        var root = window.stage().getScene().getRoot();
        root.resize(LabWindow.WIDTH, LabWindow.HEIGHT);
        root.applyCss();
        root.layout();
    }

    private static <T> T fx(Callable<T> c) {
        return WaitForAsyncUtils.waitForAsyncFx(20_000, c);
    }
}
