package org.epochlab.ui;

import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import org.epochlab.ui.run.RunViewModel;
import org.epochlab.ui.run.StatusLine;

/**
 * The status line: a plain sentence about what is happening, then epoch k of N, samples seen,
 * weight updates, epochs per second and the time spent training.
 */
final class StatusBarView extends VBox {

    private final Label sentence = label("statusSentence", "What is happening now.");
    private final Label epoch = label("statusEpoch", "Epochs completed of those asked for.");
    private final Label samples = label("statusSamples", "Training examples fed forward so far.");
    private final Label updates = label("statusUpdates",
            "Weight updates so far, and per epoch: one per mini-batch, ceil(n / batch size).");
    private final Label speed = label("statusSpeed", "Epochs trained per second of training time.");
    private final Label elapsed = label("statusElapsed", "Time spent training (minutes:seconds), pauses excluded.");

    StatusBarView(RunViewModel run) {
        setId("statusBar");
        getStyleClass().add("status-bar");
        setSpacing(3);
        setPadding(new Insets(5, 10, 5, 10));
        sentence.getStyleClass().add("status-sentence");
        sentence.setMinWidth(0);
        sentence.setMaxWidth(Double.MAX_VALUE);
        HBox counts = new HBox(10, epoch, bar(), samples, bar(), updates, bar(), speed, bar(), elapsed);
        counts.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(sentence, counts);
        for (Label l : new Label[] {epoch, samples, updates, speed, elapsed}) {
            l.setMinWidth(Label.USE_PREF_SIZE);
        }
        run.statusProperty().addListener((o, was, now) -> show(now));
        show(run.statusProperty().get());
    }

    private void show(StatusLine s) {
        sentence.setText(s.sentence());
        sentence.getTooltip().setText(s.sentence());
        epoch.setText(s.epoch());
        samples.setText(s.samples());
        updates.setText(s.updates());
        speed.setText(s.speed());
        elapsed.setText(s.elapsed());
    }

    private static Separator bar() {
        return new Separator(Orientation.VERTICAL);
    }

    private static Label label(String id, String tip) {
        Label l = new Label();
        l.setId(id);
        l.setTooltip(new Tooltip(tip));
        return l;
    }
}
