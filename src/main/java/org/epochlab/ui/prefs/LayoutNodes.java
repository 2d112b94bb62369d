package org.epochlab.ui.prefs;

import java.util.List;

import javafx.scene.control.SplitPane;
import javafx.scene.control.TitledPane;

/**
 * The parts of a window whose layout the user can change and the preferences remember: its split
 * panes and its collapsible panes. Each needs an id, the key it is remembered under.
 */
public record LayoutNodes(List<SplitPane> splits, List<TitledPane> collapsibles) {

    public LayoutNodes {
        splits = List.copyOf(splits);
        collapsibles = List.copyOf(collapsibles);
    }
}
