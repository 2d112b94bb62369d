package org.epochlab.ui.config;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

/**
 * The configuration form, built in code: data, network, training, early stopping and seeds. Each
 * control has an id named after its config key ({@code #learningRateField}) and a tooltip; a bad
 * value is marked at its field with the reason ({@code #learningRateProblem}), and problems of keys
 * without a field of their own are listed at the bottom ({@code #problemsLabel}).
 */
public final class ConfigPanel extends ScrollPane {

    private final FormFields fields;
    private final Label otherProblems = new Label();

    /**
     * @param builtIns  the built-in dataset names, generated sets first
     * @param generated which of them are generated (samples and noise apply)
     * @param describe  one sentence about a built-in set
     * @param openCsv   asks for a CSV file and loads it as the dataset
     */
    public ConfigPanel(ConfigViewModel vm, DatasetPreviews previews, List<String> builtIns, Set<String> generated,
                       Function<String, String> describe, Runnable openCsv) {
        this.fields = new FormFields(vm);
        setId("configPanel");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        setPrefViewportWidth(400);
        setMinWidth(300);
        otherProblems.setId("problemsLabel");
        otherProblems.getStyleClass().add("problem");
        otherProblems.setWrapText(true);
        VBox content = new VBox(10,
                new DataSection(fields, previews, builtIns, generated, describe, openCsv),
                new NetworkSection(fields), new TrainingSection(fields), new EarlyStoppingSection(fields),
                new SeedSection(fields), otherProblems);
        content.setPadding(new Insets(10, 12, 12, 12));
        setContent(content);
        // keep the focused field in sight when Tab moves through the form
        sceneProperty().addListener((o, was, scene) -> {
            if (scene != null) {
                scene.focusOwnerProperty().addListener((f, before, now) -> {
                    if (now != null && isInside(now)) {
                        reveal(now);
                    }
                });
            }
        });
        vm.problemsProperty().addListener((o, was, now) -> showProblems(now));
        showProblems(vm.problemsProperty().get());
    }

    /** Scrolls the form so that {@code node} (inside it) is in view. */
    public void reveal(Node node) {
        Node content = getContent();
        double contentHeight = content.getBoundsInLocal().getHeight();
        double viewport = getViewportBounds().getHeight();
        if (contentHeight <= viewport) {
            return;
        }
        Bounds b = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double top = -getViewportBounds().getMinY();
        if (b.getMinY() >= top && b.getMaxY() <= top + viewport) {
            return;
        }
        double y = Math.max(0, Math.min(b.getMinY() - 24, contentHeight - viewport));
        setVvalue(y / (contentHeight - viewport));
    }

    private boolean isInside(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == this) {
                return true;
            }
        }
        return false;
    }

    private void showProblems(Map<String, String> problems) {
        String others = fields.show(problems);
        otherProblems.setText(others);
        otherProblems.setVisible(!others.isEmpty());
        otherProblems.setManaged(!others.isEmpty());
    }
}
