package org.epochlab.ui.help;

import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Help → Glossary (F1): the terms on the left, the chosen one's paragraph on the right; Escape closes it. */
public final class GlossaryWindow {

    public static final String TITLE = "Epoch Lab glossary";

    private final Window owner;
    private Stage stage;
    private ListView<GlossaryTerm> terms;
    private Label heading;
    private Label text;

    public GlossaryWindow(Window owner) {
        this.owner = owner;
    }

    /** Opens the glossary (or brings it to the front) at {@code term}. FX thread. */
    public void show(GlossaryTerm term) {
        if (stage == null) {
            build();
        }
        terms.getSelectionModel().select(term);
        terms.scrollTo(term);
        stage.show();
        stage.toFront();
    }

    /** The term shown now, or null before the glossary was opened. */
    public GlossaryTerm shownTerm() {
        return terms == null ? null : terms.getSelectionModel().getSelectedItem();
    }

    public boolean isShowing() {
        return stage != null && stage.isShowing();
    }

    public Stage stage() {
        return stage;
    }

    private void build() {
        terms = new ListView<>();
        terms.setId("glossaryTerms");
        terms.getItems().setAll(GlossaryTerm.values());
        terms.setPrefWidth(200);
        terms.setTooltip(new Tooltip("The words of the lab; pick one to read what it means."));
        heading = new Label();
        heading.setId("glossaryHeading");
        heading.getStyleClass().add("form-heading");
        text = new Label();
        text.setId("glossaryText");
        text.setWrapText(true);
        VBox page = new VBox(10, heading, text);
        page.setPadding(new Insets(12));
        page.getStyleClass().add("glossary-text");
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        terms.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            heading.setText(now == null ? "" : now.title());
            text.setText(now == null ? "" : now.text());
        });
        BorderPane root = new BorderPane(scroll);
        root.setId("glossary");
        root.setLeft(terms);
        stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(TITLE);
        if (owner instanceof Stage s) {
            stage.getIcons().setAll(s.getIcons());
        }
        Scene scene = new Scene(root, 720, 420);
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.hide();
            }
        });
        stage.setScene(scene);
    }
}
