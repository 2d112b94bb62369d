package org.epochlab.ui.theme;

import java.util.Locale;
import java.util.Optional;

/** The window's colour themes; each is a style class on every scene root, over Modena. */
public enum Theme {
    LIGHT("Light", null),
    DARK("Dark", "theme-dark");

    private final String displayName;
    private final String styleClass;

    Theme(String displayName, String styleClass) {
        this.displayName = displayName;
        this.styleClass = styleClass;
    }

    public String displayName() {
        return displayName;
    }

    /** The root style class that switches the theme on, or null for the plain (light) look. */
    public String styleClass() {
        return styleClass;
    }

    /** The theme called {@code name} (any case), as stored in the preferences. */
    public static Optional<Theme> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(name.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
