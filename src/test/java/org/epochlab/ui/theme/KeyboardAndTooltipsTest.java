package org.epochlab.ui.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeoutException;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.controlsfx.control.SegmentedButton;
import org.epochlab.experiment.ExperimentConfig;
import org.epochlab.ui.LabWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Tab reaches every control of the configuration panel in reading order; every control has a tooltip. */
@ExtendWith(ApplicationExtension.class)
class KeyboardAndTooltipsTest {

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
    void tabVisitsEveryControlOfTheConfigurationPanelTopToBottomWithoutSkippingOrTrapping(FxRobot robot) {
        List<Control> expected = fx(() -> controls(window.form().getContent(), true));
        assertThat(expected).hasSizeGreaterThan(12);
        robot.interact(() -> expected.get(0).requestFocus());

        List<Control> visited = new ArrayList<>();
        visited.add(focusedControl(expected));
        for (int i = 1; i < expected.size(); i++) {
            robot.type(KeyCode.TAB);
            visited.add(focusedControl(expected));
        }

        assertThat(visited).containsExactlyElementsOf(expected);
        List<Double> tops = fx(() -> expected.stream().map(c -> c.localToScene(c.getBoundsInLocal()).getMinY()).toList());
        for (int i = 1; i < tops.size(); i++) {
            assertThat(tops.get(i)).as("control %d (%s) is not above the one before", i, expected.get(i).getId())
                    .isGreaterThanOrEqualTo(tops.get(i - 1) - 30);
        }
        robot.type(KeyCode.TAB);
        assertThat(fx(() -> isInside(window.stage().getScene().getFocusOwner(), window.form())))
                .as("Tab after the last control leaves the panel").isFalse();
    }

    @Test
    void everyControlOfTheConfigurationPanelRunBarAndChartToolbarHasATooltip(FxRobot robot) {
        List<Node> areas = fx(() -> List.of(window.form().getContent(), robot.lookup("#runBar").query(),
                robot.lookup(".training-charts-toolbar").query(), robot.lookup("#statusBar").tryQuery()
                        .orElse(window.form().getContent())));

        List<String> missing = fx(() -> {
            List<String> without = new ArrayList<>();
            for (Node area : areas) {
                for (Control c : controls(area, false)) {
                    if (c.getTooltip() == null || c.getTooltip().getText() == null
                            || c.getTooltip().getText().isBlank()) {
                        without.add(describe(c));
                    }
                }
            }
            return without;
        });

        assertThat(missing).as("controls without a tooltip").isEmpty();
    }

    /** A control that the user works with, in scene-graph order, not looking inside controls. */
    private static List<Control> controls(Node root, boolean focusableOnly) {
        List<Control> found = new ArrayList<>();
        collect(root, focusableOnly, found);
        return found;
    }

    private static void collect(Node n, boolean focusableOnly, List<Control> found) {
        if (!n.isVisible() || !n.isManaged()) {
            return;
        }
        if (n instanceof SegmentedButton group) {
            // one Tab stop; the arrow keys choose within it
            if (focusableOnly) {
                found.add(group);
            } else {
                found.addAll(group.getButtons());
            }
            return;
        }
        if (n instanceof Separator) {
            return;
        }
        if (n instanceof Control c && !(n instanceof ScrollPane)) {
            boolean label = c instanceof Label;
            if (focusableOnly ? c.isFocusTraversable() && !c.isDisabled() : !label) {
                found.add(c);
            }
            if (!label) {
                return;
            }
        }
        if (n instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collect(child, focusableOnly, found);
            }
        }
        if (n instanceof Label l && l.getGraphic() != null) {
            collect(l.getGraphic(), focusableOnly, found);
        }
    }

    private Control focusedControl(List<Control> candidates) {
        return fx(() -> {
            Node focus = window.stage().getScene().getFocusOwner();
            for (Node n = focus; n != null; n = n.getParent()) {
                if (n instanceof Control c && candidates.contains(c)) {
                    return c;
                }
            }
            return null;
        });
    }

    private static boolean isInside(Node node, Node container) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == container) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Control c) {
        Bounds b = c.localToScene(c.getBoundsInLocal());
        return c.getClass().getSimpleName() + (c.getId() == null ? "" : " #" + c.getId())
                + (c instanceof javafx.scene.control.Labeled l ? " '" + l.getText() + "'" : "")
                + " at y=" + Math.round(b.getMinY());
    }

    private static <T> T fx(Callable<T> c) {
        return WaitForAsyncUtils.waitForAsyncFx(10_000, c);
    }
}
