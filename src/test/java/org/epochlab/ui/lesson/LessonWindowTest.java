package org.epochlab.ui.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.imageio.ImageIO;

import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import org.epochlab.experiment.ExperimentConfig;
import org.epochlab.experiment.ExperimentRunner;
import org.epochlab.experiment.Presets;
import org.epochlab.experiment.lesson.Finding;
import org.epochlab.experiment.lesson.Lesson;
import org.epochlab.experiment.lesson.LessonResult;
import org.epochlab.experiment.lesson.LessonRunner;
import org.epochlab.experiment.lesson.LessonWorksheet;
import org.epochlab.experiment.lesson.Lessons;
import org.epochlab.experiment.lesson.RunOutcome;
import org.epochlab.experiment.lesson.SeedSet;
import org.epochlab.ui.LabWindow;
import org.epochlab.ui.run.RunPhase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The lessons in the real window, headless, with the real engine. */
@ExtendWith(ApplicationExtension.class)
class LessonWindowTest {

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
    void aLessonOpenedFromTheMenuShowsItsQuestionAndARunButtonPerRunBesideTheChart(FxRobot robot) {
        Lesson zero = Lessons.find("zero-init").orElseThrow();
        assertThat(robot.lookup("#lessonPanel").query().isVisible()).isFalse();

        robot.interact(() -> menuItem("lesson-zero-init").fire());

        assertThat(robot.lookup("#lessonPanel").query().isVisible()).isTrue();
        assertThat(robot.lookup("#lessonQuestion").queryAs(Label.class).getText()).isEqualTo(zero.title());
        assertThat(robot.lookup("#lessonRun-0").queryButton().getText()).isEqualTo("Run: zero init, sigmoid");
        assertThat(robot.lookup("#lessonRunButtons").queryAs(VBox.class).getChildren()).hasSize(zero.runs().size());
        assertThat(robot.lookup("#epochStrip").query().isVisible()).isTrue();
    }

    @Test
    void aLessonRunButtonLoadsItsPresetIntoTheFormAndTrainsIt(FxRobot robot) throws Exception {
        robot.interact(() -> menuItem("lesson-learning-rate").fire());

        robot.clickOn("#lessonRun-3");
        waitUntil(() -> phase() == RunPhase.STOPPED);

        ExperimentConfig adam = Presets.find("optimizer-adam").orElseThrow().config();
        assertThat(fx(() -> window.lab().config().configProperty().get())).isEqualTo(adam);
        assertThat(fx(() -> window.lab().run().runConfig())).isEqualTo(adam);
        assertThat(fx(() -> window.chart().pointCount())).isEqualTo(adam.epochs());
        assertThat(robot.lookup("#lessonProgress").queryAs(Label.class).getText())
                .isEqualTo("Adam, learning rate 0.01 trained: 1 of 4 runs done with these seeds.");
    }

    @Test
    void runAllOnTheZeroInitLessonOverlaysItsRunsAndSeesEveryFindingWithTheHeadlessNumbers(FxRobot robot)
            throws Exception {
        Lesson zero = Lessons.find("zero-init").orElseThrow();
        robot.interact(() -> window.lessons().open(zero));

        robot.clickOn("#lessonRunAllButton");
        waitUntil(() -> fx(() -> window.lessons().model().resultProperty().get() != null));

        LessonResult headless = LessonRunner.run(zero);
        assertThat(headless.findings()).hasSize(5).allMatch(Finding::seen);
        List<String> shown = fx(() -> robot.lookup("#lessonFindings").queryAs(VBox.class).getChildren().stream()
                .map(n -> ((Label) n).getText()).toList());
        assertThat(shown).containsExactlyElementsOf(
                headless.findings().stream().map(f -> "✓ seen: " + f.text()).toList());
        // the last run is the current one, the four before it lie over it in the lesson's styles
        assertThat(fx(() -> window.chart().plottedRuns())).isEqualTo(zero.runs().size());
        assertThat(fx(() -> window.chart().lossChart().plottedPoints(4,
                org.epochlab.ui.chart.ChartQuantity.TRAIN_LOSS))).isPositive();
        ExperimentConfig last = zero.runs().get(4).preset().config();
        assertThat(fx(() -> window.lab().config().configProperty().get())).isEqualTo(last);
        List<Integer> epochs = fx(() -> window.lessons().model().outcomes().stream()
                .map(o -> o.history().size()).toList());
        assertThat(epochs).containsExactlyElementsOf(headless.outcomes().stream().map(o -> o.history().size()).toList());
    }

    @Test
    void otherSeedsAreTheLessonsShiftedSeedsAndTheFindingsWaitForNewRuns(FxRobot robot) {
        robot.interact(() -> window.lessons().open(Lessons.find("epoch").orElseThrow()));

        robot.clickOn("#lessonOtherSeedsButton");

        assertThat(robot.lookup("#lessonSeeds").queryAs(Label.class).getText())
                .isEqualTo("Seeds: " + SeedSet.shifted(1));
        assertThat(window.lessons().model().seedsProperty().get()).isEqualTo(SeedSet.shifted(1));
        assertThat(robot.lookup("#lessonExportButton").queryButton().isDisabled()).isTrue();
    }

    @Test
    void theStartPageListsEveryLessonAndOpensTheOneChosen(FxRobot robot) {
        robot.interact(() -> menuItem("allLessonsMenuItem").fire());
        assertThat(window.lessons().isStartPageShowing()).isTrue();
        for (Lesson lesson : Lessons.all()) {
            assertThat(robot.lookup("#startOpen-" + lesson.id()).tryQuery()).isPresent();
        }

        robot.clickOn("#startOpen-early-stopping");

        assertThat(window.lessons().isStartPageShowing()).isFalse();
        assertThat(robot.lookup("#lessonQuestion").queryAs(Label.class).getText())
                .isEqualTo(Lessons.find("early-stopping").orElseThrow().title());
    }

    @Test
    void escapeClosesTheStartPageWithoutOpeningALesson(FxRobot robot) {
        robot.interact(() -> menuItem("allLessonsMenuItem").fire());
        assertThat(window.lessons().isStartPageShowing()).isTrue();

        robot.clickOn("#startOpen-epoch", javafx.scene.input.MouseButton.SECONDARY); // focus inside the page
        robot.type(javafx.scene.input.KeyCode.ESCAPE);

        assertThat(window.lessons().isStartPageShowing()).isFalse();
        assertThat(window.lessons().model().lessonProperty().get()).isNull();
    }

    @Test
    void theEpochStripFillsInOneStepWithFullBatchAndInCeilNOver32StepsWithBatch32(FxRobot robot) throws Exception {
        robot.interact(() -> window.lessons().open(Lessons.find("epoch").orElseThrow()));
        ExperimentConfig miniBatch = Presets.find("epoch-1").orElseThrow().config();
        int n = ExperimentRunner.prepare(miniBatch).split().train().rows();
        assertThat(miniBatch.batchSize()).isEqualTo(32);

        robot.clickOn("#lessonRun-0"); // 1 epoch, batch 32
        waitUntil(() -> phase() == RunPhase.STOPPED);
        int batches = (n + 31) / 32;
        String expected = String.format(Locale.ROOT, "Epoch 1 · batch %d of %d · %,d of %,d examples used this epoch",
                batches, batches, n, n);
        waitUntil(() -> fx(() -> window.lessons().epochStrip().text()).equals(expected));

        // one epoch of the full-batch run: one mini-batch of all n
        ExperimentConfig fullBatch = Presets.find("epoch-full-batch").orElseThrow().config();
        assertThat(fullBatch.batchSize()).isZero();
        robot.interact(() -> {
            window.lab().load(fullBatch);
            window.lab().run().step();
        });
        waitUntil(() -> fx(() -> window.lab().run().history().size() == 1 && window.lab().run().phaseProperty().get()
                == RunPhase.PAUSED));
        String full = String.format(Locale.ROOT, "Epoch 1 · batch 1 of 1 · %,d of %,d examples used this epoch", n, n);
        waitUntil(() -> fx(() -> window.lessons().epochStrip().text()).equals(full));
    }

    @Test
    void exportWritesTheWorksheetWithTheseRunsFindingsTheOverlayAndEveryRunsChart(FxRobot robot, @TempDir Path dir)
            throws Exception {
        Lesson lr = Lessons.find("learning-rate").orElseThrow();
        robot.interact(() -> window.lessons().open(lr));
        robot.clickOn("#lessonRunAllButton");
        waitUntil(() -> fx(() -> window.lessons().model().resultProperty().get() != null));
        Path out = dir.resolve("worksheet");

        fx(() -> {
            window.lessons().exportTo(out, 1);
            return null;
        });

        String md = Files.readString(out.resolve(LessonWorksheet.FILE));
        LessonResult result = fx(() -> window.lessons().model().resultProperty().get());
        assertThat(md).startsWith("# " + lr.title());
        for (Finding f : result.findings()) {
            assertThat(md).contains(f.text());
        }
        BufferedImage overlay = ImageIO.read(out.resolve(LessonWorksheet.OVERLAY_PNG).toFile());
        assertThat(overlay.getWidth()).isPositive();
        for (RunOutcome o : result.outcomes()) {
            assertThat(out.resolve(LessonWorksheet.runFolder(o)).resolve(LessonWorksheet.RUN_PNG)).isNotEmptyFile();
            assertThat(out.resolve(LessonWorksheet.runFolder(o)).resolve("history.csv")).isNotEmptyFile();
        }
    }

    private MenuItem menuItem(String id) {
        MenuBar bar = (MenuBar) window.stage().getScene().lookup("#menuBar");
        for (Menu m : bar.getMenus()) {
            for (MenuItem item : m.getItems()) {
                if (id.equals(item.getId())) {
                    return item;
                }
            }
        }
        throw new AssertionError("no menu item " + id);
    }

    private RunPhase phase() {
        return fx(() -> window.lab().run().phaseProperty().get());
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, condition);
    }

    private static <T> T fx(Callable<T> c) {
        return WaitForAsyncUtils.waitForAsyncFx(20_000, c);
    }
}
