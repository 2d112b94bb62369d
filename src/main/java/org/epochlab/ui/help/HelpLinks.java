package org.epochlab.ui.help;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import javafx.scene.Node;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;

/**
 * Small "?" links beside the form's row labels that open the glossary at the term the row uses
 * ("Epochs" → epoch). Each link has the id {@code help-<row>}, such as {@code #help-Epochs} or
 * {@code #help-Learning-rate}.
 */
public final class HelpLinks {

    /** Row label → the term it links to. */
    public static final Map<String, GlossaryTerm> TERMS = terms();

    private HelpLinks() {
    }

    private static Map<String, GlossaryTerm> terms() {
        Map<String, GlossaryTerm> m = new LinkedHashMap<>();
        m.put("Initial weights", GlossaryTerm.SYMMETRY);
        m.put("Scheme", GlossaryTerm.INITIALIZATION);
        m.put("Learning rate", GlossaryTerm.LEARNING_RATE);
        m.put("Batch size", GlossaryTerm.BATCH);
        m.put("Epochs", GlossaryTerm.EPOCH);
        m.put("L2", GlossaryTerm.REGULARIZATION);
        m.put("Dropout", GlossaryTerm.REGULARIZATION);
        m.put("Stop early", GlossaryTerm.EARLY_STOPPING);
        m.put("Validation", GlossaryTerm.GENERALIZATION_GAP);
        return Map.copyOf(m);
    }

    /** Puts a "?" link on every row label under {@code form} that names a glossary term. */
    public static void install(Node form, GlossaryWindow glossary) {
        Node root = form instanceof ScrollPane scroll ? scroll.getContent() : form;
        for (Node n : root.lookupAll(".label")) {
            if (n instanceof Label label && label.getLabelFor() != null && TERMS.containsKey(label.getText())
                    && label.getGraphic() == null) {
                GlossaryTerm term = TERMS.get(label.getText());
                label.setGraphic(link(label.getText(), term, glossary));
                label.getLabelFor().getProperties().put(TERM_KEY, term); // F1 in the field opens this term
                label.setContentDisplay(ContentDisplay.RIGHT);
                label.setGraphicTextGap(2);
            }
        }
    }

    private static final Object TERM_KEY = new Object();

    private static Hyperlink link(String row, GlossaryTerm term, GlossaryWindow glossary) {
        Hyperlink link = new Hyperlink("?");
        link.setId(linkId(row));
        link.getStyleClass().add("help-link");
        link.setFocusTraversable(false); // Tab goes field to field; F1 in a field opens its term instead
        link.setTooltip(new Tooltip("What \u201c" + term.title() + "\u201d means: opens the glossary at that word."));
        link.setOnAction(e -> {
            link.setVisited(false);
            glossary.show(term);
        });
        return link;
    }

    /**
     * The glossary term of the form field that holds {@code focused} (the field itself or a part of it, such
     * as a spinner's text), for Help → Glossary (F1); empty elsewhere.
     */
    public static Optional<GlossaryTerm> termAt(Node focused) {
        for (Node n = focused; n != null; n = n.getParent()) {
            if (n.getProperties().get(TERM_KEY) instanceof GlossaryTerm term) {
                return Optional.of(term);
            }
        }
        return Optional.empty();
    }

    /** The id of the link beside the row labelled {@code row}. */
    public static String linkId(String row) {
        return "help-" + row.replaceAll("[^A-Za-z0-9]+", "-");
    }
}
