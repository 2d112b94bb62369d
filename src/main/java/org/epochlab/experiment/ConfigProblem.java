package org.epochlab.experiment;

/**
 * One thing wrong with a config value, for the person who typed it.
 *
 * @param key     the config key (e.g. {@code learningRate})
 * @param message a sentence naming the key and the allowed values, e.g.
 *                "learningRate must be > 0 and ≤ 10, got -0.1"
 */
public record ConfigProblem(String key, String message) {
}
