package org.epochlab.ui.config;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;

/**
 * Makes the form's controls, bound to the view model and named after their config keys
 * ({@code #learningRateField}, with its problem line {@code #learningRateProblem}), and marks the
 * ones whose value has a problem.
 */
final class FormFields {

    private final ConfigViewModel vm;
    private final Map<String, Label> problemLabels = new HashMap<>();
    private final Map<String, Node> fields = new HashMap<>();

    FormFields(ConfigViewModel vm) {
        this.vm = vm;
    }

    ConfigViewModel vm() {
        return vm;
    }

    /** A text field bound to {@code key}'s text. */
    TextField text(String key, String tooltip) {
        TextField f = new TextField();
        f.setId(key + "Field");
        f.setPrefColumnCount(8);
        f.setMaxWidth(Control.USE_PREF_SIZE);
        f.setTooltip(FormSection.tip(tooltip));
        f.textProperty().bindBidirectional(vm.text(key));
        return f;
    }

    /** A labelled row for {@code key}'s control, with its problem line. */
    Label row(FormSection s, String label, Node control, String key) {
        return s.row(label, control, problemLabel(key, control));
    }

    /** A choice among {@code items}, each shown by {@code name}. */
    <T> ComboBox<T> combo(String id, List<T> items, Function<T, String> name, String tooltip) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(items);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setTooltip(FormSection.tip(tooltip));
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : name.apply(t);
            }

            @Override
            public T fromString(String s) {
                return items.stream().filter(t -> name.apply(t).equals(s)).findFirst().orElse(null);
            }
        });
        return box;
    }

    /** The line under {@code field} that shows what is wrong with {@code key}; hidden while nothing is. */
    Label problemLabel(String key, Node field) {
        Label l = new Label();
        l.setId(key + "Problem");
        l.getStyleClass().add("problem");
        l.setWrapText(true);
        l.setVisible(false);
        l.setManaged(false);
        problemLabels.put(key, l);
        fields.put(key, field);
        return l;
    }

    /**
     * Marks each field with a problem and shows its reason under it.
     *
     * @return the problems of keys that have no field here, one per line
     */
    String show(Map<String, String> problems) {
        problemLabels.forEach((key, label) -> {
            String message = problems.get(key);
            label.setText(message == null ? "" : message);
            label.setVisible(message != null);
            label.setManaged(message != null);
            Node field = fields.get(key);
            field.getStyleClass().remove("field-problem");
            if (message != null) {
                field.getStyleClass().add("field-problem");
            }
        });
        return problems.entrySet().stream().filter(e -> !problemLabels.containsKey(e.getKey()))
                .map(Map.Entry::getValue).reduce((a, b) -> a + "\n" + b).orElse("");
    }
}
