package org.epochlab.data;

import org.epochlab.engine.Samples;

/**
 * A dataset divided into training, validation and test parts (validation and test may be empty,
 * never null), after scaling if any.
 */
public record Split(Samples train, Samples validation, Samples test) {
}
