package org.epochlab.ui.config;

import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextFormatter;
import javafx.util.StringConverter;

/** Spinner editors that accept digits only, so a half-typed value can never fail to parse. */
public final class Digits {

    private Digits() {
    }

    /**
     * Lets the spinner's editor take up to {@code maxDigits} digits and nothing else; an editor left
     * empty keeps the last value.
     */
    public static void only(Spinner<Integer> spinner, int maxDigits) {
        SpinnerValueFactory<Integer> factory = spinner.getValueFactory();
        factory.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer value) {
                return value == null ? "" : value.toString();
            }

            @Override
            public Integer fromString(String text) {
                return text == null || text.isBlank() ? factory.getValue() : Integer.valueOf(text.trim());
            }
        });
        spinner.getEditor().setTextFormatter(new TextFormatter<>(change ->
                change.getControlNewText().matches("\\d{0," + maxDigits + "}") ? change : null));
        spinner.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                spinner.getEditor().setText(factory.getConverter().toString(factory.getValue()));
            }
        });
    }
}
