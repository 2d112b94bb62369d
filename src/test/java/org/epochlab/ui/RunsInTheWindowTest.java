package org.epochlab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.epochlab.engine.EpochRecord;
import org.epochlab.engine.NetworkWeights;
import org.epochlab.engine.StopReason;
import org.epochlab.engine.TrainingControl;
import org.epochlab.engine.TrainingListener;
import org.epochlab.engine.TrainingResult;
import org.epochlab.experiment.ConfigOverrides;
import org.epochlab.experiment.ExperimentConfig;
import org.epochlab.experiment.run.RunRecord;
import org.epochlab.experiment.run.RunSetFile;
import org.epochlab.experiment.run.Workspace;
import org.epochlab.experiment.run.WorkspaceLocation;
import org.epochlab.ui.chart.ChartQuantity;
import org.epochlab.ui.run.Adjustment;
import org.epochlab.ui.run.EngineRun;
import org.epochlab.ui.run.RunPhase;
import org.epochlab.ui.run.TrainingRun;
import org.epochlab.ui.runs.ConfigDiff;
import org.epochlab.ui.runs.RunRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The run history in the real window, headless: zero vs random in one click, and faults that keep every epoch. */
@ExtendWith(ApplicationExtension.class)
class RunsInTheWindowTest {

    @TempDir
    Path workspace;
    private String previousWorkspace;
    private LabWindow window;
    /** The epoch at which the engine's run throws, 0 for never. */
    private volatile int failAtEpoch;

    @Start
    void start(Stage stage) {
        previousWorkspace = System.setProperty(WorkspaceLocation.PROPERTY, workspace.toString());
        window = LabWindow.create(stage, ExperimentConfig.defaults(), () -> { }, this::openRun);
        stage.show();
    }

    @AfterEach
    void closeWindow() throws TimeoutException {
        WaitForAsyncUtils.asyncFx(() -> window.close());
        WaitForAsyncUtils.waitForFxEvents();
        FxToolkit.cleanupStages();
        if (previousWorkspace == null) {
            System.clearProperty(WorkspaceLocation.PROPERTY);
        } else {
            System.setProperty(WorkspaceLocation.PROPERTY, previousWorkspace);
        }
    }

    @Test
    void flippingZeroToRandomAfterARunTrainsTheOtherVariantWithTheSameSeedsAndOverlaysBoth(FxRobot robot)
            throws Exception {
        robot.interact(() -> window.lab().load(config("name=circles", "dataset=circles", "activation=sigmoid",
                "hiddenLayers=16", "weightInit=zeros", "biasInit=zeros", "epochs=30")));
        robot.clickOn("#trainButton");
        waitUntil(() -> phase() == RunPhase.STOPPED && rows().size() == 1);

        ToggleButton randomButton = robot.lookup("#randomInitButton").queryAs(ToggleButton.class);
        robot.interact(randomButton::fire); // as a click does (the form may be scrolled)
        waitUntil(() -> rows().size() == 2 && phase() == RunPhase.STOPPED);

        // no question was asked: the zero run went to the history and is drawn under the new one
        assertThat(robot.lookup(".dialog-pane").tryQuery()).isEmpty();
        RunRecord zero = rows().get(0).run();
        RunRecord random = rows().get(1).run();
        assertThat(zero.name()).isEqualTo("circles, zero init");
        assertThat(random.name()).isEqualTo("circles, random init");
        assertThat(ConfigDiff.keys(random.config(), zero.config())).containsExactly("weightInit=glorot_uniform");
        assertThat(List.of(random.config().splitSeed(), random.config().dataSeed(), random.config().initSeed(),
                random.config().shuffleSeed())).containsExactly(zero.config().splitSeed(), zero.config().dataSeed(),
                        zero.config().initSeed(), zero.config().shuffleSeed());
        assertThat(fx(() -> rows().get(0).isOverlaid())).isTrue();
        assertThat(fx(() -> window.chart().lossChart().plottedPoints(1, ChartQuantity.VALIDATION_LOSS))).isEqualTo(30);
        assertThat(fx(() -> window.chart().lossChart().plottedPoints(0, ChartQuantity.VALIDATION_LOSS))).isEqualTo(30);
        assertThat(robot.lookup(".training-legend .label").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("circles, zero init: validation loss", "circles, random init: validation loss");
        // sigmoid from zero: every hidden neuron stays a copy of the first; from random they differ
        assertThat(zero.history()).allSatisfy(r -> assertThat(r.distinctNeurons()).containsExactly(1));
        assertThat(random.history().get(29).distinctNeurons()).containsExactly(16);
    }

    @Test
    void deletingARunAsksFirstAndCancelKeepsItsRowAndFile(FxRobot robot) throws Exception {
        robot.interact(() -> window.lab().load(config("name=kept", "dataset=xor", "samples=60", "hiddenLayers=4",
                "epochs=5")));
        robot.clickOn("#trainButton");
        waitUntil(() -> phase() == RunPhase.STOPPED && rows().size() == 1);
        Path file = workspace.resolve(Workspace.RUNS_FOLDER).resolve(rows().get(0).run().id() + RunSetFile.EXTENSION);
        waitUntil(() -> Files.exists(file)); // written by the workspace's background writer
        robot.interact(() -> robot.lookup("#runTable").queryTableView().getSelectionModel().select(0));

        robot.clickOn("#deleteRunButton");
        assertThat(robot.lookup(".dialog-pane").queryAs(DialogPane.class).getHeaderText())
                .isEqualTo("Delete the run \u201ckept, random init\u201d?");
        robot.clickOn(robot.lookup(".dialog-pane .button").match((Button b) -> b.getText().equals("Cancel"))
                .queryButton());
        assertThat(rows()).hasSize(1);
        assertThat(file).exists();

        robot.clickOn("#runTable .table-row-cell");
        robot.type(KeyCode.DELETE);
        robot.clickOn("#confirmDeleteButton");
        waitUntil(() -> rows().isEmpty() && !Files.exists(file));
    }

    @Test
    void aDivergingRunStopsNamingTheEpochKeepsItsHistoryAndANewRunTrains(FxRobot robot) throws Exception {
        robot.interact(() -> window.lab().load(config("optimizer=sgd", "learningRate=9", "outputLoss=identity_mse",
                "hiddenLayers=16,16", "batchSize=8", "epochs=100")));
        robot.clickOn("#trainButton");
        waitUntil(() -> phase() == RunPhase.STOPPED && rows().size() == 1);

        int last = fx(() -> window.lab().run().history().size());
        assertThat(fx(() -> window.lab().run().stopReason())).isEqualTo(StopReason.DIVERGED);
        assertThat(robot.lookup("#statusSentence").queryAs(Label.class).getText())
                .isEqualTo("diverged at epoch " + last + ": try a smaller learning rate");
        assertThat(rows().get(0).run().history()).hasSize(last);
        assertThat(rows().get(0).run().stopReason()).isEqualTo(StopReason.DIVERGED);

        trainsAgain(robot);
    }

    @Test
    void anExceptionInsideTheEngineShowsItsDetailsAndKeepsTheEpochsBeforeIt(FxRobot robot) throws Exception {
        failAtEpoch = 6;
        robot.interact(() -> window.lab().load(config("epochs=40")));
        robot.clickOn("#trainButton");
        waitUntil(() -> phase() == RunPhase.STOPPED && rows().size() == 1);
        WaitForAsyncUtils.waitForFxEvents();

        DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(dialog.getHeaderText()).contains("the epochs so far are kept").contains("broken in epoch 6");
        assertThat(dialog.getExpandableContent()).isNotNull(); // the stack trace, as ExceptionDialog shows it
        assertThat(fx(() -> window.lab().run().history())).extracting(EpochRecord::epoch).containsExactly(1, 2, 3, 4, 5);
        assertThat(rows().get(0).run().stopReason()).isEqualTo(StopReason.FAILED);
        assertThat(rows().get(0).run().epochs()).isEqualTo(5);
        robot.interact(() -> ((Stage) dialog.getScene().getWindow()).close());

        failAtEpoch = 0;
        trainsAgain(robot);
    }

    @Test
    void trainPressedWhileARunIsStoppingKeepsTheStoppedRunAndTrainingWorksOnceItHasStopped(FxRobot robot)
            throws Exception {
        robot.interact(() -> window.lab().load(slowEpochs()));
        robot.clickOn("#trainButton");
        waitUntil(() -> fx(() -> window.lab().run().history().size()) >= 1);

        Button stop = robot.lookup("#stopButton").queryButton();
        Button train = robot.lookup("#trainButton").queryButton();
        robot.interact(() -> {
            stop.fire();
            train.fire(); // at once, while the training thread is still ending the epoch
        });
        waitUntil(() -> phase() == RunPhase.STOPPED && rows().size() == 1);

        assertThat(rows().get(0).run().stopReason()).isEqualTo(StopReason.CANCELLED);
        assertThat(rows().get(0).run().history()).isEqualTo(fx(() -> List.copyOf(window.lab().run().history())));
        trainsAgain(robot);
    }

    @Test
    void pauseHoldsTheRunInsideTheEpochInProgressAtOneExamplePerBatch(FxRobot robot) throws Exception {
        robot.interact(() -> window.lab().load(slowEpochs()));
        robot.clickOn("#trainButton");
        waitUntil(() -> fx(() -> window.lab().run().history().size()) >= 1);

        int[] atPause = new int[1];
        robot.interact(() -> {
            window.lab().run().onFrame();
            atPause[0] = window.lab().run().history().size();
            window.lab().run().togglePause();
        });
        waitUntil(() -> trainingThreadHeldBeforeAMiniBatch());
        robot.interact(() -> window.lab().run().onFrame());

        assertThat(phase()).isEqualTo(RunPhase.PAUSED);
        // held before a mini-batch of the epoch in progress: it ends only if Pause came during its last batch
        assertThat(fx(() -> window.lab().run().history().size())).isBetween(atPause[0], atPause[0] + 1);
        int held = fx(() -> window.lab().run().history().size());
        assertThat(fx(() -> window.lab().run().statusProperty().get().sentence()))
                .startsWith("paused during epoch " + (held + 1));
        robot.interact(() -> window.lab().run().stop());
        waitUntil(() -> phase() == RunPhase.STOPPED);
        assertThat(fx(() -> window.lab().run().history().size())).isEqualTo(held);
    }

    // ---- helpers ----

    private void trainsAgain(FxRobot robot) throws Exception {
        int before = rows().size();
        robot.interact(() -> window.lab().load(config("epochs=15")));
        waitUntil(() -> fx(() -> window.lab().run().canTrainProperty().get()));
        robot.clickOn("#trainButton");
        waitUntil(() -> phase() == RunPhase.STOPPED && rows().size() == before + 1);
        assertThat(fx(() -> window.lab().run().stopReason())).isEqualTo(StopReason.COMPLETED);
        assertThat(fx(() -> window.lab().run().history())).hasSize(15);
    }

    /** The engine's run, throwing from inside its epoch loop at {@link #failAtEpoch}. */
    private TrainingRun openRun(ExperimentConfig config) throws Exception {
        EngineRun real = EngineRun.open(config);
        int failAt = failAtEpoch;
        return new TrainingRun() {
            @Override
            public TrainingResult train(TrainingListener listener, TrainingControl control) {
                return real.train(failing(listener, failAt), control);
            }

            @Override
            public TrainingResult trainMore(int epochs, TrainingListener listener, TrainingControl control) {
                return real.trainMore(epochs, failing(listener, failAt), control);
            }

            @Override
            public void adjust(Adjustment adjustment) {
                real.adjust(adjustment);
            }
        };
    }

    private static TrainingListener failing(TrainingListener listener, int failAt) {
        return new TrainingListener() {
            @Override
            public void onEpoch(EpochRecord record) {
                if (record.epoch() == failAt) {
                    throw new IllegalStateException("broken in epoch " + failAt);
                }
                listener.onEpoch(record);
            }

            @Override
            public boolean wantsWeights(int epoch) {
                return listener.wantsWeights(epoch);
            }

            @Override
            public void onWeights(int epoch, NetworkWeights weights) {
                listener.onWeights(epoch, weights);
            }
        };
    }

    private static ExperimentConfig config(String... assignments) {
        try {
            return ConfigOverrides.apply(ExperimentConfig.defaults(), assignments);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Thousands of single-example batches through a wide network: an epoch is thousands of updates. */
    private static ExperimentConfig slowEpochs() {
        return config("name=slow", "dataset=circles", "samples=5000", "hiddenLayers=256,256", "optimizer=sgd",
                "batchSize=1", "epochs=1000");
    }

    private List<RunRow> rows() {
        return fx(() -> List.copyOf(window.runs().rows()));
    }

    private RunPhase phase() {
        return fx(() -> window.lab().run().phaseProperty().get());
    }

    /** The training thread waits in the engine's checkpoint, which comes before every mini-batch. */
    private static boolean trainingThreadHeldBeforeAMiniBatch() {
        return Thread.getAllStackTraces().entrySet().stream()
                .anyMatch(e -> e.getKey().getName().equals("epochlab-training")
                        && e.getKey().getState() == Thread.State.WAITING
                        && List.of(e.getValue()).stream().anyMatch(f -> f.getClassName().endsWith("TrainingControl")
                                && f.getMethodName().equals("checkpoint")));
    }

    private void waitUntil(Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError("timed out: phase " + phase() + ", " + fx(() -> window.lab().run().history().size())
                    + " epochs, status '" + fx(() -> window.lab().run().statusProperty().get().sentence()) + "', runs "
                    + rows().stream().map(r -> r.run().name() + " " + r.run().stopReason()).toList() + ", notice '"
                    + fx(() -> window.runs().noticeProperty().get()) + "'", e);
        }
    }

    private static <T> T fx(Callable<T> c) {
        return WaitForAsyncUtils.waitForAsyncFx(20_000, c);
    }
}
