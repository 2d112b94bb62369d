package org.epochlab.ui.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.epochlab.engine.EpochRecord;
import org.epochlab.engine.StopReason;
import org.epochlab.engine.TrainingControl;
import org.epochlab.engine.TrainingListener;
import org.epochlab.engine.TrainingResult;
import org.epochlab.experiment.ExperimentConfig;
import org.epochlab.experiment.OverfittingReport;
import org.epochlab.ui.run.Adjustment;
import org.epochlab.ui.run.ChartSink;
import org.epochlab.ui.run.RunPhase;
import org.epochlab.ui.run.TrainingRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

class LabViewModelTest {

    /** Three epochs per stretch; remembers the learning rates it was given. */
    private static final class ThreeEpochs implements TrainingRun {
        final List<Double> learningRates = new CopyOnWriteArrayList<>();
        private final List<EpochRecord> history = new ArrayList<>();

        @Override
        public TrainingResult train(TrainingListener listener, TrainingControl control) {
            return trainMore(3, listener, control);
        }

        @Override
        public TrainingResult trainMore(int epochs, TrainingListener listener, TrainingControl control) {
            for (int i = 0; i < epochs && control.checkpoint(); i++) {
                int e = history.size() + 1;
                EpochRecord r = new EpochRecord(e, 1.0 / e, 0.5, 1.0 / e, 0.5, e, 10L * e, 0.01, List.of(), List.of(),
                        List.of(), List.of());
                history.add(r);
                listener.onEpoch(r);
                control.endOfEpoch();
            }
            return new TrainingResult(history, StopReason.COMPLETED, history.size(), history.size(), null, null, false,
                    null, null, null);
        }

        @Override
        public void adjust(Adjustment a) {
            learningRates.add(a.learningRate());
        }
    }

    private static final ChartSink NO_CHART = new ChartSink() {
        @Override
        public void clear() {
        }

        @Override
        public void append(List<EpochRecord> records) {
        }

        @Override
        public void showAnalysis(OverfittingReport report, int stoppedEpoch, StopReason reason) {
        }
    };

    private final ThreeEpochs run = new ThreeEpochs();
    private final List<String> asked = new CopyOnWriteArrayList<>();
    private LabViewModel lab;

    @BeforeAll
    static void startJavaFx() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    private void finishedRun(boolean answer) throws TimeoutException {
        lab = fx(() -> {
            LabViewModel l = new LabViewModel(ExperimentConfig.defaults(), c -> List.of(), c -> run,
                    h -> new OverfittingReport(1, 1, 0, new double[h.size()]), NO_CHART, System::nanoTime);
            l.setResetQuestion((key, stillOpen, reply) -> {
                asked.add(key);
                reply.accept(answer);
            });
            l.run().train();
            return l;
        });
        waitUntil(() -> lab.run().phaseProperty().get() == RunPhase.STOPPED);
    }

    @AfterEach
    void shutDown() {
        fx(() -> {
            lab.run().shutdown();
            return null;
        });
    }

    @Test
    void changingTheNetworkOfAFinishedRunAsksAndResetsWhenTheAnswerIsYes() throws TimeoutException {
        finishedRun(true);

        fx(() -> {
            lab.config().addHiddenLayer();
            return null;
        });
        waitUntil(() -> lab.run().phaseProperty().get() == RunPhase.IDLE);

        assertThat(asked).containsExactly("hiddenLayers");
        assertThat(fx(() -> lab.config().configProperty().get().hiddenLayers())).containsExactly(16, 16, 16);
    }

    @Test
    void answeringNoKeepsTheRunAndPutsTheOldValueBack() throws TimeoutException {
        finishedRun(false);

        fx(() -> {
            lab.config().text("initSeed").set("77");
            return null;
        });

        assertThat(asked).containsExactly("initSeed");
        assertThat(fx(() -> lab.config().configProperty().get().initSeed())).isEqualTo(3L);
        assertThat(fx(() -> lab.run().phaseProperty().get())).isEqualTo(RunPhase.STOPPED);
    }

    @Test
    void aNewLearningRateNeedsNoResetAndReachesTheContinuedRun() throws TimeoutException {
        finishedRun(true);

        fx(() -> {
            lab.config().text("learningRate").set("0.003");
            lab.run().continueRun(2);
            return null;
        });
        waitUntil(() -> lab.run().phaseProperty().get() == RunPhase.STOPPED && lab.run().history().size() == 5);

        assertThat(asked).isEmpty();
        assertThat(run.learningRates).containsExactly(0.003);
    }

    @Test
    void aQuestionLeftOpenWhileANewRunStartsIsNeitherAnsweredNorAskedTwice() throws TimeoutException {
        finishedRun(true);
        List<java.util.function.BooleanSupplier> open = new CopyOnWriteArrayList<>();
        fx(() -> {
            lab.setResetQuestion((key, stillOpen, reply) -> open.add(stillOpen));
            lab.config().text("epochs").set("5");
            lab.config().text("epochs").set("50");
            return null;
        });
        assertThat(open).hasSize(1);

        fx(() -> {
            lab.run().train();
            return null;
        });
        waitUntil(() -> lab.run().phaseProperty().get() == RunPhase.STOPPED);

        assertThat(open.get(0).getAsBoolean()).isFalse();
        fx(() -> {
            lab.config().text("epochs").set("40");
            return null;
        });
        assertThat(open).hasSize(2); // a change to the new run is a new question
    }

    @Test
    void loadingAPresetDiscardsTheRun() throws TimeoutException {
        finishedRun(true);
        ExperimentConfig other = ExperimentConfig.defaults();

        fx(() -> {
            lab.load(other);
            return null;
        });

        assertThat(fx(() -> lab.run().phaseProperty().get())).isEqualTo(RunPhase.IDLE);
        assertThat(fx(() -> lab.run().history())).isEmpty();
        assertThat(asked).isEmpty();
    }

    private void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> {
            lab.run().onFrame();
            return condition.call();
        }));
    }

    private static <T> T fx(Callable<T> c) {
        return WaitForAsyncUtils.waitForAsyncFx(10_000, c);
    }
}
