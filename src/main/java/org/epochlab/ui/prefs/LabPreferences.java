package org.epochlab.ui.prefs;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * What the window remembers between sessions. Window bounds are NaN when unknown (first start);
 * {@code recentFiles} holds absolute paths, newest first.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LabPreferences(int schemaVersion, double x, double y, double width, double height, boolean maximized,
                             String theme, boolean presentation, List<String> recentFiles) {

    public static final int SCHEMA_VERSION = 1;
    public static final int MAX_RECENT = 8;

    public LabPreferences {
        recentFiles = recentFiles == null ? List.of() : List.copyOf(recentFiles);
    }

    /** Nothing remembered yet. */
    public static LabPreferences defaults() {
        return new LabPreferences(SCHEMA_VERSION, Double.NaN, Double.NaN, Double.NaN, Double.NaN, false, "light",
                false, List.of());
    }

    public boolean hasBounds() {
        return Double.isFinite(x) && Double.isFinite(y) && Double.isFinite(width) && Double.isFinite(height)
                && width > 0 && height > 0;
    }
}
