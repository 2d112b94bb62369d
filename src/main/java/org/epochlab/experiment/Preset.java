package org.epochlab.experiment;

/**
 * A named, ready-to-run config.
 *
 * @param shows one line on what the preset shows, for {@code presets} and menus
 */
public record Preset(String name, String shows, ExperimentConfig config) {
}
