package org.epochlab.experiment;

import java.util.List;
import java.util.Optional;

/** The built-in presets: one per built-in dataset that trains well, plus the teaching presets. */
public final class Presets {

    private Presets() {
    }

    public static List<Preset> all() {
        throw new UnsupportedOperationException("not yet implemented");
    }

    public static Optional<Preset> find(String name) {
        return all().stream().filter(p -> p.name().equals(name)).findFirst();
    }
}
