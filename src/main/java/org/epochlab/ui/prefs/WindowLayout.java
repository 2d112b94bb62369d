package org.epochlab.ui.prefs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * How the main window is divided: the divider positions of each split pane (fractions of its width,
 * left to right) and whether each collapsible pane is expanded, both keyed by the node's id. A
 * position is kept within {@value #MIN_POSITION}–{@value #MAX_POSITION} so that no pane can come
 * back squeezed shut; a split with a non-finite position is forgotten.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record WindowLayout(Map<String, List<Double>> dividers, Map<String, Boolean> expanded) {

    public static final double MIN_POSITION = 0.1;
    public static final double MAX_POSITION = 0.9;

    public WindowLayout {
        Map<String, List<Double>> kept = new LinkedHashMap<>();
        if (dividers != null) {
            dividers.forEach((id, positions) -> {
                if (id != null && positions != null && !positions.isEmpty()
                        && positions.stream().allMatch(p -> p != null && Double.isFinite(p))) {
                    kept.put(id, positions.stream().map(WindowLayout::clamp).toList());
                }
            });
        }
        Map<String, Boolean> shown = new LinkedHashMap<>();
        if (expanded != null) {
            expanded.forEach((id, open) -> {
                if (id != null && open != null) {
                    shown.put(id, open);
                }
            });
        }
        dividers = Map.copyOf(kept);
        expanded = Map.copyOf(shown);
    }

    /** Nothing remembered: every pane keeps the layout the window is built with. */
    public static WindowLayout none() {
        return new WindowLayout(Map.of(), Map.of());
    }

    static double clamp(double position) {
        return Math.max(MIN_POSITION, Math.min(MAX_POSITION, position));
    }
}
