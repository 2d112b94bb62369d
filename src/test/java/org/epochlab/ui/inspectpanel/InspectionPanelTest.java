package org.epochlab.ui.inspectpanel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.stage.Stage;

import org.epochlab.engine.EpochRecord;
import org.epochlab.engine.StopReason;
import org.epochlab.experiment.ConfigOverrides;
import org.epochlab.experiment.ExperimentConfig;
import org.epochlab.experiment.OverfittingAnalysis;
import org.epochlab.ui.LabWindow;
import org.epochlab.ui.inspect.ConfusionMatrix;
import org.epochlab.ui.inspect.NeuronTiles;
import org.epochlab.ui.run.RunPhase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The inspection panel in the real window, headless, with the real engine. */
@ExtendWith(ApplicationExtension.class)
class InspectionPanelTest {

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
    void afterAZeroInitSigmoidRunTheMeterReadsOneDistinctNeuronOf16AndTheNeuronViewShowsOneGroup(FxRobot robot)
            throws Exception {
        train(robot, "activation=sigmoid", "weightInit=zeros", "biasInit=zeros", "epochs=20");

        waitUntil(() -> "1".equals(text(robot, "#symmetryCount-0")));
        assertThat(text(robot, "#symmetryUnit-0")).isEqualTo("distinct neuron of 16");
        robot.clickOn("#neuronsTab");
        waitUntil(() -> {
            NeuronTiles tiles = fx(() -> window.inspection().views().neurons().shownProperty().get());
            return tiles != null && tiles.epoch() == 20;
        });
        NeuronTiles tiles = fx(() -> window.inspection().views().neurons().shownProperty().get());
        assertThat(tiles.neurons()).isEqualTo(16);
        assertThat(tiles.groups().count()).isEqualTo(1);
        assertThat(text(robot, "#neuronCaption")).startsWith("Hidden layer 1: 16 neurons, 1 distinct");
    }

    @Test
    void movingTheScrubberToAnEpochShowsThatEpochInTheViewsAndOnTheChart(FxRobot robot) throws Exception {
        train(robot, "epochs=30");
        robot.clickOn("#confusionTab");

        Slider scrubber = robot.lookup("#epochScrubber").queryAs(Slider.class);
        robot.interact(() -> scrubber.setValue(12));

        waitUntil(() -> shownEpochs() == 12);
        assertThat(text(robot, "#epochScrubberValue")).isEqualTo("epoch 12");
        assertThat(fx(() -> window.chart().lossChart().cursorEpoch())).isEqualTo(12);
        assertThat(text(robot, "#confusionTitle")).contains("at epoch 12");

        pressButton(robot, "#scrubBest");
        int best = OverfittingAnalysis.analyze(fx(() -> List.copyOf(window.lab().run().history())))
                .bestEpoch();
        waitUntil(() -> shownEpochs() == best);

        pressButton(robot, "#scrubLast");
        waitUntil(() -> shownEpochs() == 30);
    }

    @Test
    void theReplayWithTheRunsOwnPatienceStopsWhereARealEarlyStoppingRunStops(FxRobot robot) throws Exception {
        train(robot, "earlyStopping=false", "patience=20", "epochs=200");
        waitUntil(() -> fx(() -> window.inspection().replayOutcome() != null));
        int replayed = fx(() -> window.chart().lossChart().replayEpoch());
        assertThat(replayed).isBetween(1, 199);
        assertThat(fx(() -> window.chart().lossChart().replayLabel()))
                .isEqualTo("early stopping would stop at epoch " + replayed);
        assertThat(fx(() -> window.inspection().replayOutcome().reason())).isEqualTo(StopReason.EARLY_STOPPING);

        train(robot, "earlyStopping=true", "patience=20", "epochs=200");

        assertThat(fx(() -> window.lab().run().stopReason())).isEqualTo(StopReason.EARLY_STOPPING);
        List<EpochRecord> history = fx(() -> List.copyOf(window.lab().run().history()));
        assertThat(history.get(history.size() - 1).epoch()).isEqualTo(replayed);
    }

    @Test
    void theDecisionBoundaryTabIsDisabledForTheDigitsAndSaysWhy(FxRobot robot) throws Exception {
        train(robot, "dataset=digits", "hiddenLayers=[16]", "epochs=2");

        waitUntil(() -> fx(() -> window.inspection().decisionTab().isDisabled()));
        assertThat(fx(() -> window.inspection().decisionTab().getTooltip().getText()))
                .contains("two features").contains("has 64");
    }

    /** Trains the default config with {@code overrides} through the Train button and waits for the end. */
    private void train(FxRobot robot, String... overrides) throws Exception {
        ExperimentConfig config = ConfigOverrides.apply(ExperimentConfig.defaults(), overrides);
        robot.interact(() -> window.lab().load(config));
        robot.clickOn("#trainButton");
        waitUntil(() -> fx(() -> window.lab().run().phaseProperty().get() == RunPhase.STOPPED
                && window.chart().pointCount() == window.lab().run().history().size()));
        waitUntil(() -> fx(() -> window.inspection().shownEpoch() == window.lab().run().history().size()));
    }

    /** The epoch the neuron view and the confusion matrix both show, -1 while they differ or show none. */
    private int shownEpochs() throws Exception {
        return fx(() -> {
            NeuronTiles tiles = window.inspection().views().neurons().shownProperty().get();
            ConfusionMatrix matrix = window.inspection().views().confusionMatrix().shownProperty().get();
            if (tiles == null || matrix == null || tiles.epoch() != matrix.epoch()
                    || window.inspection().shownEpoch() != tiles.epoch()) {
                return -1;
            }
            return tiles.epoch();
        });
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
    }

    private static <T> T fx(Callable<T> c) {
        return WaitForAsyncUtils.waitForAsyncFx(10_000, c);
    }

    /**
     * Waits until the button is enabled, as a user would, then presses it through its action: the
     * inspection panel's small buttons sit in a crowded layout on the headless screen, where a simulated
     * click can land on a neighbouring node.
     */
    private static void pressButton(FxRobot robot, String id) throws Exception {
        Button button = robot.lookup(id).queryButton();
        waitUntil(() -> fx(() -> !button.isDisabled())); // enabled once the finished run's frame has been drained
        assertThat(button.isVisible()).as(id + " visible").isTrue();
        robot.interact(button::fire);
    }
}
