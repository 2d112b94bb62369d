package org.epochlab.ui.inspectpanel;

import java.util.function.IntConsumer;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * A slider over the run's epochs with "best" and "last" buttons. While training it follows the
 * latest epoch; once the user moves it elsewhere it stays there until "last" is pressed or it is
 * dragged back to the end. The owner turns the chosen epoch into the nearest kept snapshot. FX thread only.
 */
final class EpochScrubber extends HBox {

    private final Slider slider = new Slider(0, 1, 0);
    private final Label value = new Label("epoch –");
    private final Button best = new Button("Best");
    private final Button last = new Button("Last");
    private final IntConsumer onChoose;
    private boolean following = true;
    private boolean programmatic;
    private int lastEpoch;
    private int bestEpoch;

    /** @param onChoose called with the epoch the user chose, or the latest one while following */
    EpochScrubber(IntConsumer onChoose) {
        this.onChoose = onChoose;
        setId("epochScrubberBar");
        getStyleClass().add("epoch-scrubber");
        setSpacing(6);
        setAlignment(Pos.CENTER_LEFT);
        slider.setId("epochScrubber");
        slider.setBlockIncrement(1);
        slider.setTooltip(new Tooltip("Drag to see the network at any epoch: neurons, decision boundary and "
                + "confusion matrix follow, and a dark cursor marks the epoch on the chart"));
        value.setId("epochScrubberValue");
        value.setPrefWidth(150);
        best.setId("scrubBest");
        best.setTooltip(new Tooltip("Show the epoch with the lowest validation loss"));
        last.setId("scrubLast");
        last.setTooltip(new Tooltip("Show the latest epoch and follow training again"));
        Label title = new Label("Epoch");
        for (Region r : new Region[] {title, value, best, last}) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox.setHgrow(slider, Priority.ALWAYS);
        getChildren().addAll(title, slider, value, best, last);

        slider.valueProperty().addListener((o, was, now) -> {
            if (!programmatic) {
                int epoch = (int) Math.round(now.doubleValue());
                following = epoch >= lastEpoch;
                onChoose.accept(epoch);
            }
        });
        best.setOnAction(e -> choose(bestEpoch));
        last.setOnAction(e -> {
            following = true;
            move(lastEpoch);
            onChoose.accept(lastEpoch);
        });
        reset();
    }

    /** A new run: nothing to scrub yet, and following. */
    void reset() {
        following = true;
        lastEpoch = 0;
        bestEpoch = 0;
        programmatic = true;
        slider.setMax(1);
        slider.setValue(0);
        programmatic = false;
        value.setText("epoch –");
        updateButtons();
    }

    /** Epochs up to {@code epoch} exist (the slider's end); while following, the slider moves there too. */
    void setLastEpoch(int epoch) {
        lastEpoch = epoch;
        programmatic = true;
        slider.setMax(Math.max(1, epoch));
        if (following) {
            slider.setValue(epoch);
        }
        programmatic = false;
        updateButtons();
    }

    void setBestEpoch(int epoch) {
        bestEpoch = epoch;
        updateButtons();
    }

    /** Shows {@code epoch} as chosen by the program (the best button, the replay): stops following unless it is the last. */
    void choose(int epoch) {
        following = epoch >= lastEpoch;
        move(epoch);
        onChoose.accept(epoch);
    }

    /** Says which epoch the views show ({@code requested} may differ when that one was not kept). */
    void showing(int shown, int requested) {
        value.setText("epoch " + shown + (shown != requested ? " (nearest kept)" : ""));
    }

    boolean isFollowing() {
        return following;
    }

    private void move(int epoch) {
        programmatic = true;
        slider.setValue(epoch);
        programmatic = false;
    }

    private void updateButtons() {
        slider.setDisable(lastEpoch < 1);
        best.setDisable(bestEpoch < 1);
        last.setDisable(lastEpoch < 1);
    }
}
