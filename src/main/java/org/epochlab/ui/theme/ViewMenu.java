package org.epochlab.ui.theme;

import java.util.Locale;

import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** View: light or dark theme, and presentation mode (Ctrl+Shift+P, or F11) for projectors. */
public final class ViewMenu extends Menu {

    public static final KeyCombination PRESENTATION_KEY = new KeyCodeCombination(KeyCode.P,
            KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    public static final KeyCombination PRESENTATION_KEY_ALT = new KeyCodeCombination(KeyCode.F11);

    public ViewMenu(Appearance appearance) {
        super("_View");
        setId("viewMenu");
        ToggleGroup themes = new ToggleGroup();
        for (Theme t : Theme.values()) {
            RadioMenuItem item = new RadioMenuItem("_" + t.displayName() + " theme");
            item.setId(t.name().toLowerCase(Locale.ROOT) + "ThemeMenuItem");
            item.setToggleGroup(themes);
            item.setSelected(appearance.getTheme() == t);
            item.setOnAction(e -> appearance.setTheme(t));
            getItems().add(item);
        }
        appearance.themeProperty().addListener((o, was, now) -> themes.getToggles().forEach(toggle -> {
            RadioMenuItem item = (RadioMenuItem) toggle;
            item.setSelected(item.getId().equals(now.name().toLowerCase(Locale.ROOT) + "ThemeMenuItem"));
        }));
        CheckMenuItem presentation = new CheckMenuItem("_Presentation mode (large text, thick lines)");
        presentation.setId("presentationMenuItem");
        presentation.setAccelerator(PRESENTATION_KEY);
        presentation.selectedProperty().bindBidirectional(appearance.presentationProperty());
        getItems().addAll(new SeparatorMenuItem(), presentation);
    }
}
