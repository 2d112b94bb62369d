package org.epochlab.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Button;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.util.Duration;

/**
 * One command of the window with its name, shortcut, tooltip and when it is available, so that
 * its button and its menu item always agree.
 */
public final class UiAction {

    private final String id;
    private final StringProperty text;
    private final KeyCombination shortcut;
    private final String help;
    private final Runnable handler;
    private final ObservableBooleanValue enabled;

    /**
     * @param id       the button's id stem: "train" gives {@code #trainButton} and {@code #trainMenuItem}
     * @param shortcut may be null
     * @param enabled  may be null (always available)
     */
    public UiAction(String id, String text, KeyCombination shortcut, String help, Runnable handler,
                    ObservableBooleanValue enabled) {
        this.id = id;
        this.text = new SimpleStringProperty(text);
        this.shortcut = shortcut;
        this.help = help;
        this.handler = handler;
        this.enabled = enabled;
    }

    public StringProperty textProperty() {
        return text;
    }

    public KeyCombination shortcut() {
        return shortcut;
    }

    public void run() {
        if (enabled == null || enabled.get()) {
            handler.run();
        }
    }

    public Button button() {
        Button b = new Button();
        b.setId(id + "Button");
        b.textProperty().bind(text);
        b.setOnAction(e -> run());
        Tooltip t = new Tooltip(help + (shortcut == null ? "" : " (" + shortcut.getDisplayText() + ")"));
        t.setShowDelay(Duration.millis(400));
        t.setWrapText(true);
        t.setMaxWidth(360);
        b.setTooltip(t);
        if (enabled != null) {
            b.disableProperty().bind(Bindings.not(enabled));
        }
        return b;
    }

    public MenuItem menuItem() {
        MenuItem m = new MenuItem();
        m.setId(id + "MenuItem");
        m.textProperty().bind(text);
        m.setAccelerator(shortcut);
        m.setOnAction(e -> run());
        if (enabled != null) {
            m.disableProperty().bind(Bindings.not(enabled));
        }
        return m;
    }
}
