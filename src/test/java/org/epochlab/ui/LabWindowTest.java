package org.epochlab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.imageio.ImageIO;

import javafx.geometry.Bounds;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

import org.epochlab.engine.EpochRecord;
import org.epochlab.engine.StopReason;
import org.epochlab.engine.TrainingControl;
import org.epochlab.engine.TrainingListener;
import org.epochlab.engine.TrainingResult;
import org.epochlab.experiment.ExperimentConfig;
import org.epochlab.experiment.ExperimentRunner;
import org.epochlab.experiment.OverfittingAnalysis;
import org.epochlab.experiment.Presets;
import org.epochlab.ui.chart.ChartQuantity;
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

/** The real window, headless: wiring from controls to runs, chart, files and shutdown. */
@ExtendWith(ApplicationExtension.class)
class LabWindowTest {

    private LabWindow window;
    private final AtomicBoolean exited = new AtomicBoolean();

    @Start
    void start(Stage stage) {
        window = LabWindow.open(stage, ExperimentConfig.defaults(), () -> exited.set(true));
    }

    @AfterEach
    void closeWindow() throws TimeoutException {
        WaitForAsyncUtils.asyncFx(() -> window.close());
        WaitForAsyncUtils.waitForFxEvents();
        FxToolkit.cleanupStages();
    }

    @Test
    void aRunOfTheChosenDatasetPutsOnePointPerEpochInEachSeries(FxRobot robot) throws TimeoutException {
        // given
        robot.clickOn("#datasetBox");
        robot.clickOn(robot.lookup(".list-cell .dataset-name").match((Label l) -> "circles".equals(l.getText()))
                .queryAs(Label.class));
        type(robot, "#epochsField", "25");

        // when
        robot.clickOn("#trainButton");
        waitUntil(() -> phase() == RunPhase.STOPPED);

        // then
        assertThat(fx(() -> window.lab().run().runConfig().dataset())).isEqualTo("circles");
        assertThat(fx(() -> window.chart().pointCount())).isEqualTo(25);
        assertThat(fx(() -> window.chart().lossChart().plottedPoints(0, ChartQuantity.TRAIN_LOSS))).isEqualTo(25);
        assertThat(fx(() -> window.chart().lossChart().plottedPoints(0, ChartQuantity.VALIDATION_LOSS))).isEqualTo(25);
        assertThat(robot.lookup("#statusEpoch").queryAs(Label.class).getText()).isEqualTo("epoch 25 of 25");
    }

    @Test
    void theOverfittingPresetIsMarkedWhereTheAnalysisFindsTheOnset(FxRobot robot) throws TimeoutException {
        robot.interact(() -> presetItem("overfitting").fire());
        assertThat(fx(() -> window.lab().config().configProperty().get()))
                .isEqualTo(Presets.find("overfitting").orElseThrow().config());

        robot.clickOn("#trainButton");
        waitUntil(() -> phase() == RunPhase.STOPPED);

        int onset = OverfittingAnalysis.analyze(fx(() -> List.copyOf(window.lab().run().history()))).overfitEpoch();
        assertThat(onset).isPositive();
        assertThat(fx(() -> window.chart().shownMarkers().overfitEpoch())).isEqualTo(onset);
        assertThat(robot.lookup("#statusSentence").queryAs(Label.class).getText())
                .contains("overfitting from epoch " + onset);
    }

    @Test
    void exportWritesAPngOfTwiceTheChartsSizeThatIsNotBlank(FxRobot robot, @TempDir Path dir) throws Exception {
        type(robot, "#epochsField", "20");
        robot.clickOn("#trainButton");
        waitUntil(() -> phase() == RunPhase.STOPPED);
        Path png = dir.resolve("loss.png");

        Bounds chart = fx(() -> {
            window.files().exportPng(png, 2);
            return window.chart().lossChartNode().getLayoutBounds();
        });

        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image).isNotNull();
        assertThat(image.getWidth()).isEqualTo(2 * (int) Math.ceil(chart.getWidth()));
        assertThat(image.getHeight()).isGreaterThan(2 * (int) Math.ceil(chart.getHeight())); // plus the caption
        assertThat(distinctColours(image)).isGreaterThan(20);
    }

    @Test
    void theHistoryAndTheConfigGoToFilesAndTheConfigComesBack(FxRobot robot, @TempDir Path dir) throws Exception {
        type(robot, "#epochsField", "12");
        robot.clickOn("#trainButton");
        waitUntil(() -> phase() == RunPhase.STOPPED);
        ExperimentConfig trained = fx(() -> window.lab().config().configProperty().get());
        Path csv = dir.resolve("history.csv");
        Path json = dir.resolve("config.json");

        fx(() -> {
            window.files().exportHistory(csv);
            window.files().saveConfig(json);
            window.lab().load(ExperimentConfig.defaults());
            window.files().openConfig(json);
            return null;
        });

        List<String> lines = Files.readAllLines(csv);
        assertThat(lines).hasSize(13);
        assertThat(lines.get(0)).startsWith("epoch,train_loss,val_loss");
        assertThat(lines.get(12)).startsWith("12,");
        assertThat(fx(() -> window.lab().config().configProperty().get())).isEqualTo(trained);
    }

    @Test
    void aRunWhoseDataCannotBeReadShowsTheErrorNamingTheFile(FxRobot robot, @TempDir Path dir) throws Exception {
        Path missing = dir.resolve("missing.csv");
        robot.interact(() -> window.lab().config().datasetProperty().set(missing.toString()));

        robot.clickOn("#trainButton");
        waitUntil(() -> phase() == RunPhase.STOPPED);
        WaitForAsyncUtils.waitForFxEvents();

        DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(dialog.getHeaderText()).contains("missing.csv");
        assertThat(fx(() -> window.lab().run().stopReason())).isEqualTo(StopReason.FAILED);
        assertThat(robot.lookup("#statusSentence").queryAs(Label.class).getText())
                .isEqualTo("the run failed before its first epoch");
        robot.interact(() -> ((Stage) dialog.getScene().getWindow()).close());
    }

    @Test
    void aNegativeLearningRateIsMarkedAtItsFieldAndDisablesTrain(FxRobot robot) {
        type(robot, "#learningRateField", "-1");

        Label problem = robot.lookup("#learningRateProblem").queryAs(Label.class);
        assertThat(problem.isVisible()).isTrue();
        assertThat(problem.getText()).contains("learningRate").contains("-1");
        assertThat(robot.lookup("#learningRateField").queryAs(TextField.class).getStyleClass())
                .contains("field-problem");
        assertThat(robot.lookup("#trainButton").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#statusSentence").queryAs(Label.class).getText()).contains("marked in red");

        type(robot, "#learningRateField", "0.01");
        assertThat(problem.isVisible()).isFalse();
        assertThat(robot.lookup("#trainButton").queryAs(Button.class).isDisabled()).isFalse();
    }

    @Test
    void aLearningRateTypedWhilePausedAppliesFromTheNextEpoch(FxRobot robot) throws Exception {
        robot.clickOn("#stepButton");
        waitUntil(() -> window.lab().run().history().size() == 1);

        type(robot, "#learningRateField", "0.05");
        robot.clickOn("#stepButton");
        waitUntil(() -> window.lab().run().history().size() == 2);

        List<EpochRecord> h = fx(() -> List.copyOf(window.lab().run().history()));
        assertThat(h.get(0).learningRate()).isEqualTo(0.01);
        assertThat(h.get(1).learningRate()).isEqualTo(0.05);
        assertThat(phase()).isEqualTo(RunPhase.PAUSED);
    }

    @Test
    void stopEndsTheRunInsideTheEpochItInterrupts(FxRobot robot) throws Exception {
        // one mini-batch per example over thousands of examples: an epoch is thousands of batches
        robot.interact(() -> window.lab().load(slowEpochs()));
        robot.clickOn("#stepButton");
        waitUntil(() -> window.lab().run().history().size() == 1);

        Button stop = robot.lookup("#stopButton").queryButton();
        robot.type(KeyCode.F6); // resume: epoch 2 begins
        robot.interact(() -> {
            assertThat(window.lab().run().phaseProperty().get()).isEqualTo(RunPhase.RUNNING);
            stop.fire();
        });
        waitUntil(() -> phase() == RunPhase.STOPPED);

        // had the stop waited for the end of the epoch, epoch 2 would be in the history
        assertThat(fx(() -> window.lab().run().stopReason())).isEqualTo(StopReason.CANCELLED);
        assertThat(fx(() -> window.lab().run().history())).extracting(EpochRecord::epoch).containsExactly(1);
    }

    @Test
    void closingTheWindowDuringARunEndsTheRunAndItsThread(FxRobot robot) throws TimeoutException {
        robot.interact(() -> window.lab().load(slowEpochs()));
        robot.clickOn("#trainButton");
        waitUntil(() -> trainingThread() != null);
        Thread training = trainingThread();

        robot.interact(() -> window.stage().fireEvent(new WindowEvent(window.stage(),
                WindowEvent.WINDOW_CLOSE_REQUEST)));

        assertThat(exited).isTrue();
        assertThat(training.isDaemon()).isTrue(); // even a stuck run could not keep the JVM alive
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !training.isAlive());
    }

    @Test
    void aRunInTheWindowMatchesTheHeadlessRunnerToTheBit(FxRobot robot) throws Exception {
        ExperimentConfig config = withEpochsAndDropout(ExperimentConfig.defaults(), 30, 0.1);
        robot.interact(() -> window.lab().load(config));
        robot.clickOn("#trainButton");
        waitUntil(() -> phase() == RunPhase.STOPPED);

        TrainingResult headless = ExperimentRunner.run(ExperimentRunner.prepare(config), TrainingListener.NONE,
                new TrainingControl());

        List<EpochRecord> windowed = fx(() -> List.copyOf(window.lab().run().history()));
        assertThat(fx(() -> window.lab().run().runConfig())).isEqualTo(config);
        assertThat(windowed).hasSize(30).isEqualTo(headless.history());
    }

    // ---- helpers ----

    /** Thousands of single-example batches through a wide network. */
    private static ExperimentConfig slowEpochs() {
        ExperimentConfig d = ExperimentConfig.defaults();
        return new ExperimentConfig(d.schemaVersion(), "slow", "circles", null, null, 5000, 0.1, 3, 0.1, 0.1,
                true, List.of(256, 256), "tanh", "auto", "glorot_uniform", 0.05, "zeros", 0, "sgd", 0.01,
                d.momentum(), d.rho(), d.beta1(), d.beta2(), d.epsilon(), 1, 1000, true, 0, 0, 0, false, 20, 0, 0,
                true, 1, 2, 3, 4);
    }

    private static ExperimentConfig withEpochsAndDropout(ExperimentConfig d, int epochs, double dropout) {
        return new ExperimentConfig(d.schemaVersion(), d.name(), d.dataset(), d.validationCsv(), d.labelColumn(),
                d.samples(), d.noise(), d.classes(), d.validationFraction(), d.testFraction(), d.standardize(),
                d.hiddenLayers(), d.activation(), d.outputLoss(), d.weightInit(), d.weightInitParam(), d.biasInit(),
                d.biasInitParam(), d.optimizer(), d.learningRate(), d.momentum(), d.rho(), d.beta1(), d.beta2(),
                d.epsilon(), d.batchSize(), epochs, d.shuffle(), d.l1(), d.l2(), dropout, d.earlyStopping(),
                d.patience(), d.minDelta(), d.startFromEpoch(), d.restoreBestWeights(), d.splitSeed(), d.dataSeed(),
                d.initSeed(), d.shuffleSeed());
    }

    private MenuItem presetItem(String name) {
        MenuBar bar = (MenuBar) window.stage().getScene().lookup("#menuBar");
        for (Menu m : bar.getMenus()) {
            if ("presetsMenu".equals(m.getId())) {
                m.show(); // opened once, as a user would: it fills itself then (called on the FX thread)
                m.hide();
            }
            for (MenuItem item : m.getItems()) {
                if (("preset-" + name).equals(item.getId())) {
                    return item;
                }
            }
        }
        throw new AssertionError("no preset menu item " + name);
    }

    private static void type(FxRobot robot, String query, String text) {
        TextField field = robot.lookup(query).queryAs(TextField.class);
        robot.interact(() -> {
            field.setText("");
            field.requestFocus();
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(field).write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private RunPhase phase() throws Exception {
        return fx(() -> window.lab().run().phaseProperty().get());
    }

    /** The training thread while it is busy (not parked waiting for work), else null. */
    private static Thread trainingThread() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("epochlab-training") && t.isAlive()
                        && t.getState() != Thread.State.WAITING)
                .findFirst().orElse(null);
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
    }

    private static <T> T fx(Callable<T> c) {
        return WaitForAsyncUtils.waitForAsyncFx(10_000, c);
    }

    private static int distinctColours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }
}
