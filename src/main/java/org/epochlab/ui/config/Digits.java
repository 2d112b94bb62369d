package org.epochlab.ui.config;

import javafx.scene.control.Spinner;
import javafx.scene.control.TextFormatter;

/** Spinner editors that accept digits only, so a half-typed value can never fail to parse. */
public final class Digits {

    private Digits() {
    }

    /** Lets the spinner's editor take up to {@code maxDigits} digits and nothing else. */
    public static void only(Spinner<Integer> spinner, int maxDigits) {
        spinner.getEditor().setTextFormatter(new TextFormatter<>(change ->
                change.getControlNewText().matches("\\d{0," + maxDigits + "}") ? change : null));
        // an emptied editor goes back to the last value when focus leaves
        spinner.focusedProperty().addListener((o, was, focused) -> {
            if (!focused && spinner.getEditor().getText().isEmpty()) {
                spinner.getEditor().setText(String.valueOf(spinner.getValue()));
            }
        });
    }
}
