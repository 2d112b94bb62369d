package org.epochlab.ui.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.TilePane;

import org.epochlab.ui.chart.FxTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

class InspectViewsTest {

    private static InspectRuns.Trained moonsRandom;
    private static InspectRuns.Trained moonsZero;
    private static InspectRuns.Trained digitsZero;

    @BeforeAll
    static void startFxAndTrain() throws Exception {
        FxTestSupport.startFx();
        moonsRandom = InspectRuns.moons("epochs=10");
        moonsZero = InspectRuns.moons("epochs=10", "activation=sigmoid", "weightInit=zeros");
        digitsZero = InspectRuns.digits("epochs=2", "activation=sigmoid", "weightInit=zeros");
    }

    @AfterEach
    void cleanUp() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void theSymmetryMeterReadsOneDistinctNeuronOf16ForTheZeroRunAndHighlightsIt() throws Exception {
        SymmetryMeterView view = FxTestSupport.onFx(() -> {
            SymmetryMeterView v = new SymmetryMeterView();
            v.model().start(moonsZero.run());
            v.model().append(moonsZero.history());
            inScene(v, 640, 320);
            return v;
        });

        assertThat(text(view, "#symmetryCount-0")).isEqualTo("1");
        assertThat(text(view, "#symmetryUnit-0")).isEqualTo("distinct neuron of 16");
        assertThat(view.lookup("#symmetryLayer-1").getStyleClass()).contains("collapsed");
        assertThat(colours(view)).isGreaterThan(20);
    }

    @Test
    void theSymmetryMeterReads16Of16ForTheRandomRun() throws Exception {
        SymmetryMeterView view = FxTestSupport.onFx(() -> {
            SymmetryMeterView v = new SymmetryMeterView();
            v.model().start(moonsRandom.run());
            v.model().append(moonsRandom.history());
            inScene(v, 640, 320);
            return v;
        });

        assertThat(text(view, "#symmetryCount-0")).isEqualTo("16");
        assertThat(text(view, "#symmetryUnit-0")).isEqualTo("distinct neurons of 16");
        assertThat(view.lookup("#symmetryLayer-0").getStyleClass()).doesNotContain("collapsed");
    }

    @Test
    void theNeuronViewDrawsEveryNeuronOfTheZeroRunAsOneGroupOfCopies() throws Exception {
        NeuronView view = FxTestSupport.onFx(() -> {
            NeuronView v = new NeuronView();
            v.model().start(digitsZero.run());
            v.model().feed(digitsZero.last(), digitsZero.lastRecord());
            v.renderNow();
            inScene(v, 560, 520);
            return v;
        });

        NeuronTiles shown = view.shownProperty().get();
        assertThat(shown.kind()).isEqualTo(TileKind.IMAGE);
        assertThat(shown.tiles()).hasSize(32);
        assertThat(shown.groups().count()).isEqualTo(1);
        assertThat(((TilePane) view.lookup("#neuronTiles")).getChildren()).hasSize(32);
        assertThat(text(view, "#neuronCaption")).startsWith("Hidden layer 1: 32 neurons, 1 distinct");
        assertThat(colours(view)).isGreaterThan(20);
        FxTestSupport.onFx(view::dispose);
    }

    @Test
    void theNeuronViewShowsAtMost64TilesOfAWideLayerAndCountsTheRest() throws Exception {
        InspectRuns.Trained wide = InspectRuns.digits("epochs=1", "hiddenLayers=[100]");
        NeuronView view = FxTestSupport.onFx(() -> {
            NeuronView v = new NeuronView();
            v.model().start(wide.run());
            v.model().feed(wide.last(), wide.lastRecord());
            v.renderNow();
            inScene(v, 560, 520);
            return v;
        });

        assertThat(((TilePane) view.lookup("#neuronTiles")).getChildren()).hasSize(64);
        assertThat(text(view, "#neuronMore")).isEqualTo("+36 more neurons not shown");
        FxTestSupport.onFx(view::dispose);
    }

    @Test
    void theNeuronViewDrawsTheSelectedDeeperLayerLiveOffTheFxThread() throws Exception {
        NeuronView view = FxTestSupport.onFx(() -> {
            NeuronView v = new NeuronView();
            v.model().start(moonsRandom.run());
            inScene(v, 560, 520);
            return v;
        });

        FxTestSupport.onFx(() -> {
            view.model().feed(moonsRandom.weights().get(3), moonsRandom.history().get(2));
            view.model().selectedLayerProperty().set(1);
        });

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> view.shownProperty().get() != null
                && view.shownProperty().get().layer() == 1);
        NeuronTiles shown = view.shownProperty().get();
        assertThat(shown.kind()).isEqualTo(TileKind.PLANE);
        assertThat(shown.epoch()).isEqualTo(3);
        assertThat(shown.groups().count()).isEqualTo(16);
        FxTestSupport.onFx(view::dispose);
    }

    @Test
    void theDecisionBoundaryFollowsTheLatestWeightsAndDrawsAField() throws Exception {
        DecisionBoundaryView view = FxTestSupport.onFx(() -> {
            DecisionBoundaryView v = new DecisionBoundaryView();
            v.model().start(moonsRandom.run());
            inScene(v, 520, 560);
            return v;
        });

        FxTestSupport.onFx(() -> {
            for (int e = 0; e <= 10; e++) {
                view.model().feed(moonsRandom.weights().get(e), e == 0 ? null : moonsRandom.history().get(e - 1));
            }
        });

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "Decision boundary at epoch 10".equals(
                text(view, "#decisionTitle")));
        DecisionField expected = DecisionField.compute(moonsRandom.run().function(moonsRandom.last()),
                moonsRandom.run().planeRange(), 200, 200);
        assertThat(view.shownProperty().get().classes()).isEqualTo(expected.classes());
        assertThat(colours(view)).isGreaterThan(50);
        FxTestSupport.onFx(view::dispose);
    }

    @Test
    void theDecisionBoundarySaysWhenTheDataHasMoreThanTwoFeatures() throws Exception {
        DecisionBoundaryView view = FxTestSupport.onFx(() -> {
            DecisionBoundaryView v = new DecisionBoundaryView();
            v.model().start(digitsZero.run());
            v.model().feed(digitsZero.last(), digitsZero.lastRecord());
            return v;
        });

        assertThat(text(view, "#decisionNotPlanar"))
                .isEqualTo("The decision boundary is drawn for data with two features; this data has 64.");
        assertThat(view.model().renderJob()).isNull();
    }

    @Test
    void theConfusionMatrixShowsTheCountsOfTheSelectedEpoch() throws Exception {
        ConfusionMatrixView view = FxTestSupport.onFx(() -> {
            ConfusionMatrixView v = new ConfusionMatrixView();
            v.model().start(moonsRandom.run());
            v.model().show(moonsRandom.weights().get(4), 4);
            v.renderNow();
            inScene(v, 400, 300);
            return v;
        });

        int[][] expected = moonsRandom.run().function(moonsRandom.weights().get(4))
                .evaluate(moonsRandom.run().validation()).confusion();
        for (int a = 0; a < 2; a++) {
            for (int p = 0; p < 2; p++) {
                assertThat(text(view, "#confusionCell-" + a + "-" + p)).isEqualTo(Integer.toString(expected[a][p]));
            }
        }
        assertThat(text(view, "#confusionTitle")).startsWith("Validation accuracy ").contains("at epoch 4 (60 examples)");
        assertThat(colours(view)).isGreaterThan(10);
        FxTestSupport.onFx(view::dispose);
    }

    @Test
    void theFacadeFeedsEveryViewFromOneFrameOfTraining() throws Exception {
        InspectionViews views = FxTestSupport.onFx(() -> {
            InspectionViews v = new InspectionViews();
            v.start(moonsZero.run(), moonsZero.weights().get(0));
            return v;
        });
        assertThat(text(views.symmetryMeter(), "#symmetryCount-0")).isEqualTo("1");

        FxTestSupport.onFx(() -> views.feed(moonsZero.history().subList(0, 6), moonsZero.weights().get(6), 6));

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> views.confusionMatrix().shownProperty().get() != null
                && views.confusionMatrix().shownProperty().get().epoch() == 6
                && views.decisionBoundary().shownProperty().get() != null
                && views.neurons().shownProperty().get() != null && views.neurons().shownProperty().get().epoch() == 6);
        assertThat(views.symmetryMeter().model().epochs().size()).isEqualTo(6);
        assertThat(views.neurons().shownProperty().get().groups().count()).isEqualTo(1);
        FxTestSupport.onFx(views::dispose);
    }

    @Test
    void whileARunTrainsOnlyTheLiveViewFollowsAndTheOthersCatchUpWhenShownOrAtTheEnd() throws Exception {
        InspectionViews views = FxTestSupport.onFx(() -> {
            InspectionViews v = new InspectionViews();
            v.start(moonsZero.run(), moonsZero.weights().get(0));
            v.setLive(v.neurons());
            return v;
        });
        long[] before = FxTestSupport.onFx(() -> revisions(views));

        FxTestSupport.onFx(() -> views.feed(moonsZero.history().subList(0, 6), moonsZero.weights().get(6), 6));
        long[] fed = FxTestSupport.onFx(() -> revisions(views));
        assertThat(fed[0]).isGreaterThan(before[0]); // neurons: on show
        assertThat(fed[1]).isEqualTo(before[1]); // decision boundary: hidden
        assertThat(fed[2]).isEqualTo(before[2]); // confusion matrix: hidden
        assertThat(FxTestSupport.onFx(() -> views.neurons().model().epoch())).isEqualTo(6);

        FxTestSupport.onFx(() -> views.setLive(views.confusionMatrix()));
        long[] shown = FxTestSupport.onFx(() -> revisions(views));
        assertThat(shown[2]).isGreaterThan(fed[2]);
        assertThat(shown[1]).isEqualTo(fed[1]);
        assertThat(shown[0]).isEqualTo(fed[0]); // the same snapshot is not drawn twice

        FxTestSupport.onFx(views::catchUp);
        long[] end = FxTestSupport.onFx(() -> revisions(views));
        assertThat(end[1]).isGreaterThan(shown[1]);
        assertThat(end[0]).isEqualTo(shown[0]);
        assertThat(end[2]).isEqualTo(shown[2]);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> views.decisionBoundary().shownProperty().get() != null
                && views.confusionMatrix().shownProperty().get() != null
                && views.confusionMatrix().shownProperty().get().epoch() == 6);
        FxTestSupport.onFx(views::dispose);
    }

    @Test
    void clearingTheViewsAfterAResetLeavesNoTraceOfTheRun() throws Exception {
        InspectionViews views = FxTestSupport.onFx(() -> {
            InspectionViews v = new InspectionViews();
            v.start(moonsZero.run(), moonsZero.weights().get(0));
            v.feed(moonsZero.history().subList(0, 6), moonsZero.weights().get(6), 6);
            return v;
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> views.neurons().shownProperty().get() != null
                && views.confusionMatrix().shownProperty().get() != null
                && views.decisionBoundary().shownProperty().get() != null);

        FxTestSupport.onFx(views::clear);

        assertThat(FxTestSupport.onFx(() -> views.neurons().shownProperty().get())).isNull();
        assertThat(FxTestSupport.onFx(() -> views.confusionMatrix().shownProperty().get())).isNull();
        assertThat(FxTestSupport.onFx(() -> views.decisionBoundary().shownProperty().get())).isNull();
        assertThat(FxTestSupport.onFx(() -> views.symmetryMeter().lookup("#symmetryLayer-0"))).isNull();
        assertThat(FxTestSupport.onFx(() -> views.symmetryMeter().model().hasRun())).isFalse();
        assertThat(FxTestSupport.onFx(() -> views.neurons().model().emptyText())).isEqualTo("No weights yet: start a run.");
        FxTestSupport.onFx(views::dispose);
    }

    private static long[] revisions(InspectionViews views) {
        return new long[] {views.neurons().model().revisionProperty().get(),
            views.decisionBoundary().model().revisionProperty().get(),
            views.confusionMatrix().model().revisionProperty().get()};
    }

    private static void inScene(Parent view, double width, double height) {
        StackPane root = new StackPane(view);
        new Scene(root, width, height);
        root.applyCss();
        root.layout();
    }

    private static String text(Node view, String id) {
        return ((Label) view.lookup(id)).getText();
    }

    /** Distinct colours in a snapshot of the view: a blank view has one or two. */
    private static int colours(Node view) throws Exception {
        Image image = FxTestSupport.onFx(() -> view.snapshot(null, null));
        PixelReader reader = image.getPixelReader();
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < (int) image.getHeight(); y += 2) {
            for (int x = 0; x < (int) image.getWidth(); x += 2) {
                seen.add(reader.getArgb(x, y));
            }
        }
        return seen.size();
    }
}
