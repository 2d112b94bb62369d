package org.epochlab.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;

import org.epochlab.engine.EpochRecord;
import org.epochlab.engine.StopReason;
import org.epochlab.experiment.OverfittingReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TrainingChartsViewTest {

    private TrainingChartsView view;

    @BeforeAll
    static void startFx() throws Exception {
        FxTestSupport.startFx();
    }

    @BeforeEach
    void createView() throws Exception {
        view = FxTestSupport.onFx(() -> {
            TrainingChartsView v = new TrainingChartsView();
            StackPane root = new StackPane(v);
            new Scene(root, 900, 560);
            root.applyCss();
            root.layout();
            return v;
        });
    }

    private void layout() throws Exception {
        FxTestSupport.onFx(() -> {
            view.getScene().getRoot().applyCss();
            view.getScene().getRoot().layout();
        });
    }

    @Test
    void appendingNRecordsGivesNPointsPerSeries() throws Exception {
        List<EpochRecord> history = OverfittingHistories.overfitting(150);

        FxTestSupport.onFx(() -> {
            view.append(history.subList(0, 40));
            view.append(history.subList(40, 150));
        });

        assertThat(view.pointCount()).isEqualTo(150);
        for (ChartQuantity q : List.of(ChartQuantity.TRAIN_LOSS, ChartQuantity.VALIDATION_LOSS)) {
            assertThat(view.lossChart().plottedPoints(0, q)).isEqualTo(150);
        }
        FxTestSupport.onFx(() -> view.selectTab(1));
        for (ChartQuantity q : List.of(ChartQuantity.TRAIN_ACCURACY, ChartQuantity.VALIDATION_ACCURACY)) {
            assertThat(view.accuracyChart().plottedPoints(0, q)).isEqualTo(150);
        }
    }

    @Test
    void redrawsOnlyTheChartOnShowAndTheOtherWhenItsTabIsSelected() throws Exception {
        FxTestSupport.onFx(() -> view.append(OverfittingHistories.overfitting(30)));
        assertThat(view.accuracyChart().plottedPoints(0, ChartQuantity.TRAIN_ACCURACY)).isZero();

        FxTestSupport.onFx(() -> view.selectTab(1));
        FxTestSupport.onFx(() -> view.append(OverfittingHistories.overfitting(45).subList(30, 45)));

        assertThat(view.accuracyChart().plottedPoints(0, ChartQuantity.TRAIN_ACCURACY)).isEqualTo(45);
        assertThat(view.lossChart().plottedPoints(0, ChartQuantity.TRAIN_LOSS)).isEqualTo(30);
        FxTestSupport.onFx(() -> view.selectTab(0));
        assertThat(view.lossChart().plottedPoints(0, ChartQuantity.TRAIN_LOSS)).isEqualTo(45);
    }

    @Test
    void bringsTheLossChartUpToDateForExportWhileAnotherTabIsOnShow() throws Exception {
        FxTestSupport.onFx(() -> {
            view.selectTab(1);
            view.append(OverfittingHistories.overfitting(25));
            view.lossChartNode();
        });

        assertThat(view.lossChart().plottedPoints(0, ChartQuantity.VALIDATION_LOSS)).isEqualTo(25);
    }

    @Test
    void clearingEmptiesEverySeriesAndMarker() throws Exception {
        List<EpochRecord> history = OverfittingHistories.overfitting(50);
        FxTestSupport.onFx(() -> {
            view.append(history);
            view.showAnalysis(new OverfittingReport(20, 0.3, 25, new double[50]), 50, StopReason.EARLY_STOPPING);
            view.clear();
        });

        assertThat(view.pointCount()).isZero();
        assertThat(view.lossChart().plottedPoints(0, ChartQuantity.TRAIN_LOSS)).isZero();
        assertThat(view.shownMarkers()).isEqualTo(ChartMarkers.NONE);
    }

    @Test
    void marksTheBestOverfittingAndStopEpochsGiven() throws Exception {
        List<EpochRecord> history = OverfittingHistories.overfitting(61);

        FxTestSupport.onFx(() -> {
            view.append(history);
            view.showAnalysis(new OverfittingReport(41, 0.31, 43, new double[61]), 61, StopReason.EARLY_STOPPING,
                    StopLabels.describe(StopReason.EARLY_STOPPING, 61, 20));
        });

        ChartMarkers m = view.shownMarkers();
        assertThat(m.bestEpoch()).isEqualTo(41);
        assertThat(m.overfitEpoch()).isEqualTo(43);
        assertThat(m.stopEpoch()).isEqualTo(61);
        assertThat(m.bestLabel()).isEqualTo("best: epoch 41");
        assertThat(m.overfitLabel()).isEqualTo("overfitting from epoch 43");
        assertThat(m.stopLabel()).isEqualTo("early stopping at epoch 61 (patience 20)");
        assertThat(view.accuracyChart().markers()).isEqualTo(m);
    }

    @Test
    void namesThePatienceWhenEarlyStoppingEndsTheRun() throws Exception {
        FxTestSupport.onFx(() -> {
            view.append(OverfittingHistories.overfitting(61));
            view.setEarlyStoppingPatience(20);
            view.showAnalysis(new OverfittingReport(41, 0.31, 43, new double[61]), 61, StopReason.EARLY_STOPPING);
        });

        assertThat(view.shownMarkers().stopLabel()).isEqualTo("early stopping at epoch 61 (patience 20)");
    }

    @Test
    void showsNoStopMarkerWhileRunningOrAfterCompleting() throws Exception {
        FxTestSupport.onFx(() -> {
            view.append(OverfittingHistories.overfitting(30));
            view.showAnalysis(new OverfittingReport(30, 0.3, 0, new double[30]), 0, null);
        });
        assertThat(view.shownMarkers()).isEqualTo(new ChartMarkers(30, 0, 0, ""));

        FxTestSupport.onFx(() -> view.showAnalysis(new OverfittingReport(30, 0.3, 0, new double[30]), 30,
                StopReason.COMPLETED));
        assertThat(view.shownMarkers().stopEpoch()).isZero();
    }

    @Test
    void describesEachWayARunStops() {
        assertThat(StopLabels.describe(StopReason.DIVERGED, 12, 20)).isEqualTo("diverged at epoch 12");
        assertThat(StopLabels.describe(StopReason.CANCELLED, 80, 20)).isEqualTo("stopped by you at epoch 80");
        assertThat(StopLabels.describe(StopReason.EARLY_STOPPING, 61, 0)).isEqualTo("early stopping at epoch 61");
        assertThat(StopLabels.describe(StopReason.COMPLETED, 200, 0)).isEqualTo("completed 200 epochs");
    }

    @Test
    void drawsTheRawCurveFaintlyBeneathWhenSmoothing() throws Exception {
        FxTestSupport.onFx(() -> view.append(OverfittingHistories.overfitting(100)));
        assertThat(view.lossChart().plottedRawPoints(0, ChartQuantity.TRAIN_LOSS)).isZero();

        FxTestSupport.onFx(() -> view.setSmoothing(0.6));

        assertThat(view.lossChart().plottedRawPoints(0, ChartQuantity.TRAIN_LOSS)).isEqualTo(100);
        assertThat(view.lossChart().plottedPoints(0, ChartQuantity.TRAIN_LOSS)).isEqualTo(100);
        FxTestSupport.onFx(() -> view.selectTab(1));
        assertThat(view.accuracyChart().plottedRawPoints(0, ChartQuantity.VALIDATION_ACCURACY)).isEqualTo(100);
    }

    @Test
    void keepsTheSmoothingWithinTheSlidersRange() throws Exception {
        FxTestSupport.onFx(() -> view.setSmoothing(1.5));

        assertThat(view.getSmoothing()).isEqualTo(TrainingChartsView.MAX_SMOOTHING);
    }

    @Test
    void switchesTheLossAxisToALogScale() throws Exception {
        List<EpochRecord> history = OverfittingHistories.overfitting(100);
        FxTestSupport.onFx(() -> {
            view.append(history);
            view.setLogScale(true);
        });
        layout();

        double min = history.stream().mapToDouble(r -> Math.min(r.trainLoss(), r.valLoss())).min().orElseThrow();
        double max = history.stream().mapToDouble(r -> Math.max(r.trainLoss(), r.valLoss())).max().orElseThrow();
        PlotAxis axis = view.lossChart().valueAxis();
        assertThat(axis.isLogScale()).isTrue();
        // plotted values are log10 of the losses; the bounds are the 1-2-5 ladder values around them
        // (neighbours on the ladder are at most 2.5 apart)
        assertThat(Math.pow(10, axis.getLowerBound())).isLessThanOrEqualTo(min).isGreaterThan(min / 2.5);
        assertThat(Math.pow(10, axis.getUpperBound())).isGreaterThanOrEqualTo(max).isLessThan(max * 2.5);
        assertThat(view.accuracyChart().valueAxis().isLogScale()).isFalse();
    }

    @Test
    void neverGivesTheChartMoreThanTwoPointsPerPixelColumn() throws Exception {
        FxTestSupport.onFx(() -> view.append(OverfittingHistories.overfitting(10_000)));
        layout();

        int columns = view.lossChart().columns();
        assertThat(columns).isBetween(500, 900);
        assertThat(view.pointCount()).isEqualTo(10_000);
        assertThat(view.lossChart().plottedPoints(0, ChartQuantity.VALIDATION_LOSS)).isLessThanOrEqualTo(2 * columns);
    }

    @Test
    void drawsNoValidationCurveWithoutAValidationSplit() throws Exception {
        FxTestSupport.onFx(() -> view.append(OverfittingHistories.withoutValidation(20)));

        assertThat(view.lossChart().plottedPoints(0, ChartQuantity.TRAIN_LOSS)).isEqualTo(20);
        assertThat(view.lossChart().plottedPoints(0, ChartQuantity.VALIDATION_LOSS)).isZero();
    }

    @Test
    void hoveringShowsTheEpochAndBothValues() throws Exception {
        List<EpochRecord> history = OverfittingHistories.overfitting(50);
        FxTestSupport.onFx(() -> {
            view.append(history);
            view.lossChart().hoverAt(17);
        });

        EpochRecord r = history.get(16);
        assertThat(view.lossChart().hoverEpoch()).isEqualTo(17);
        assertThat(view.lossChart().hoverReadout())
                .startsWith("epoch 17\n")
                .contains("training    " + NumberLabels.format(r.trainLoss(), 4))
                .contains("validation  " + NumberLabels.format(r.valLoss(), 4));
    }

    @Test
    void clearingTheChartForANewRunHidesTheHoverReadOut() throws Exception {
        FxTestSupport.onFx(() -> {
            view.append(OverfittingHistories.overfitting(50));
            view.lossChart().hoverAt(17);
        });
        assertThat(view.lossChart().hoverEpoch()).isEqualTo(17);

        FxTestSupport.onFx(view::clear);

        assertThat(view.lossChart().hoverEpoch()).isZero();
        assertThat(view.lossChart().hoverReadout()).isEmpty();
    }

    @Test
    void followsTheMouseAcrossThePlot() throws Exception {
        FxTestSupport.onFx(() -> view.append(OverfittingHistories.overfitting(50)));
        layout();

        FxTestSupport.onFx(() -> {
            PlotAxis epochs = view.lossChart().epochAxis();
            PlotAxis values = view.lossChart().valueAxis();
            double x = epochs.localToScene(epochs.getDisplayPosition(23), 0).getX();
            double y = values.localToScene(0, values.getHeight() / 2).getY();
            view.lossChartNode().fireEvent(new MouseEvent(MouseEvent.MOUSE_MOVED, x, y, x, y, MouseButton.NONE, 0,
                    false, false, false, false, false, false, false, false, false, false, null));
        });
        assertThat(view.lossChart().hoverEpoch()).isEqualTo(23);
        assertThat(view.lossChart().hoverReadout()).startsWith("epoch 23");

        FxTestSupport.onFx(() -> view.lossChartNode().fireEvent(new MouseEvent(MouseEvent.MOUSE_EXITED, 0, 0, 0, 0,
                MouseButton.NONE, 0, false, false, false, false, false, false, false, false, false, false, null)));
        assertThat(view.lossChart().hoverEpoch()).isZero();
        assertThat(view.lossChart().hoverReadout()).isEmpty();
    }

    @Test
    void labelsTheEpochAxisOfAShortRunWithWholeEpochsOnly() throws Exception {
        FxTestSupport.onFx(() -> view.append(OverfittingHistories.overfitting(3)));
        layout();

        PlotAxis epochs = view.lossChart().epochAxis();
        assertThat(epochs.getTickMarks()).isNotEmpty()
                .allSatisfy(t -> assertThat(t.getValue().doubleValue() % 1).isZero());
    }

    @Test
    void rejectsEpochsThatGoBackwards() {
        RunHistoryModel model = new RunHistoryModel();
        model.append(OverfittingHistories.overfitting(5));

        assertThatThrownBy(() -> model.append(OverfittingHistories.overfitting(3)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("epoch 1 came after epoch 5; epochs must increase");
        assertThat(model.size()).isEqualTo(5);
    }

    @Test
    void overlaysAnotherRunWithItsOwnCurves() throws Exception {
        int index = FxTestSupport.onFx(() -> {
            view.append(OverfittingHistories.overfitting(40));
            return view.addOverlay("zero init", OverfittingHistories.overfitting(70));
        });

        assertThat(index).isEqualTo(1);
        assertThat(view.lossChart().plottedPoints(1, ChartQuantity.TRAIN_LOSS)).isEqualTo(70);
        assertThat(view.lossChart().epochAxis().getUpperBound()).isEqualTo(70);
        assertThat(view.pointCount()).isEqualTo(40);
    }

    @Test
    void clearingErasesTheDrawnCurvesNotOnlyTheirPoints() throws Exception {
        FxTestSupport.onFx(() -> view.append(OverfittingHistories.overfitting(60)));
        layout();
        assertThat(drawnPathElements()).isPositive();

        FxTestSupport.onFx(() -> view.clear());
        layout();

        assertThat(view.lossChart().plottedPoints(0, ChartQuantity.TRAIN_LOSS)).isZero();
        assertThat(drawnPathElements()).isZero();
    }

    /** Path elements drawn by every series of the loss chart, as the screen shows them. */
    private int drawnPathElements() throws Exception {
        return FxTestSupport.onFx(() -> {
            int n = 0;
            for (javafx.scene.chart.XYChart.Series<?, ?> s : ((javafx.scene.chart.XYChart<?, ?>) view.lossChart().node()).getData()) {
                if (s.getNode() instanceof javafx.scene.shape.Path path) {
                    n += path.getElements().size();
                }
            }
            return n;
        });
    }
}
