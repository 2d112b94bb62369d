package org.epochlab.ui.inspectpanel;

import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.epochlab.engine.EpochRecord;
import org.epochlab.experiment.ExperimentConfig;
import org.epochlab.experiment.run.EarlyStoppingReplay;
import org.epochlab.ui.chart.TrainingChartsView;

/**
 * Early-stopping replay, after a run: patience, min delta and restore-best sliders show where early
 * stopping would have stopped (a purple marker on the chart) and what it would have kept, from the
 * recorded history, without training again. FX thread only.
 */
final class ReplayPane extends TitledPane {

    /** The largest min delta offered, in loss units. */
    static final double MAX_MIN_DELTA = 0.05;

    private final TrainingChartsView chart;
    private final Slider patience = new Slider(0, 100, 10);
    private final Slider minDelta = new Slider(0, MAX_MIN_DELTA, 0);
    private final CheckBox restoreBest = new CheckBox("Restore best weights");
    private final Label patienceValue = new Label();
    private final Label minDeltaValue = new Label();
    private final Label outcomeText = new Label("Train a run with validation data, then replay early stopping on it here.");
    private final Button showKept = new Button("Show kept epoch");
    private final IntConsumer showEpoch;
    private List<EpochRecord> history = List.of();
    private int startFromEpoch;
    private EarlyStoppingReplay.Outcome outcome;
    private boolean loading;

    /** @param showEpoch shows an epoch in the scrubber and the views */
    ReplayPane(TrainingChartsView chart, IntConsumer showEpoch) {
        this.chart = chart;
        this.showEpoch = showEpoch;
        setText("Early-stopping replay");
        setId("replayPane");
        setExpanded(true);
        patience.setId("replayPatience");
        minDelta.setId("replayMinDelta");
        restoreBest.setId("replayRestoreBest");
        outcomeText.setId("replayOutcome");
        showKept.setId("replayShowKept");
        patienceValue.setId("replayPatienceValue");
        minDeltaValue.setId("replayMinDeltaValue");
        patience.setBlockIncrement(1);
        patience.setMajorTickUnit(1);
        patience.setMinorTickCount(0);
        patience.setSnapToTicks(true);
        minDelta.setBlockIncrement(0.001);
        minDelta.setMajorTickUnit(0.001);
        minDelta.setMinorTickCount(0);
        minDelta.setSnapToTicks(true);
        patience.setTooltip(new Tooltip("Epochs without improvement before early stopping stops the run"));
        minDelta.setTooltip(new Tooltip("How much the validation loss must drop to count as an improvement"));
        restoreBest.setTooltip(new Tooltip("At the stop, go back to the weights of the best epoch seen"));
        showKept.setTooltip(new Tooltip("Show the kept epoch's weights in the views and on the chart"));
        outcomeText.setWrapText(true);
        outcomeText.setMinHeight(Region.USE_PREF_SIZE);
        patienceValue.setMinWidth(48);
        minDeltaValue.setMinWidth(48);

        GridPane grid = new GridPane();
        grid.setHgap(6);
        grid.setVgap(4);
        grid.addRow(0, new Label("Patience"), patience, patienceValue);
        grid.addRow(1, new Label("Min delta"), minDelta, minDeltaValue);
        GridPane.setHgrow(patience, Priority.ALWAYS);
        GridPane.setHgrow(minDelta, Priority.ALWAYS);
        VBox content = new VBox(6, grid, restoreBest, outcomeText, showKept);
        content.setPadding(new Insets(6));
        setContent(content);

        patience.valueProperty().addListener((o, was, now) -> update());
        minDelta.valueProperty().addListener((o, was, now) -> update());
        restoreBest.selectedProperty().addListener((o, was, now) -> update());
        showKept.setOnAction(e -> {
            if (outcome != null && outcome.keptEpoch() > 0) {
                showEpoch.accept(outcome.keptEpoch());
            }
        });
        close();
    }

    /**
     * A finished run (or stretch) to replay, starting from the run's own settings. {@code history}
     * must have validation losses; {@code config} gives patience, min delta, start-from epoch and restore-best.
     */
    void open(List<EpochRecord> history, ExperimentConfig config) {
        this.history = List.copyOf(history);
        this.startFromEpoch = config.startFromEpoch();
        loading = true;
        patience.setMax(Math.max(config.patience(), Math.max(10, Math.min(200, history.size()))));
        patience.setValue(config.patience());
        minDelta.setMax(Math.max(MAX_MIN_DELTA, config.minDelta()));
        minDelta.setValue(config.minDelta());
        restoreBest.setSelected(config.restoreBestWeights());
        loading = false;
        getContent().setDisable(false);
        update();
    }

    /** No run to replay (one is training, or none has validation data). */
    void close() {
        history = List.of();
        outcome = null;
        getContent().setDisable(true);
        patienceValue.setText("");
        minDeltaValue.setText("");
        outcomeText.setText("After a run with validation data: see where early stopping would have stopped it.");
        chart.showReplayMarker(0, "");
    }

    /** The last replay, null when closed. */
    EarlyStoppingReplay.Outcome outcome() {
        return outcome;
    }

    private void update() {
        if (loading || history.isEmpty()) {
            return;
        }
        int p = (int) Math.round(patience.getValue());
        double d = Math.round(minDelta.getValue() * 1e4) / 1e4;
        patienceValue.setText(Integer.toString(p));
        minDeltaValue.setText(String.format(Locale.ROOT, "%.3f", d));
        outcome = ReplayModel.replay(history, p, d, startFromEpoch, restoreBest.isSelected());
        outcomeText.setText(ReplayModel.describe(outcome, history.get(history.size() - 1).epoch()));
        String label = ReplayModel.markerLabel(outcome);
        chart.showReplayMarker(label.isEmpty() ? 0 : outcome.stoppedEpoch(), label);
        showKept.setDisable(outcome.keptEpoch() < 1);
    }
}
