package org.epochlab.data;

import java.util.SplittableRandom;

/** Seeded Fisher–Yates shuffles. */
final class Shuffle {

    private Shuffle() {
    }

    static void inPlace(int[] values, SplittableRandom random) {
        for (int i = values.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = values[i];
            values[i] = values[j];
            values[j] = swap;
        }
    }
}
