package org.epochlab.ui.run;

/**
 * The status line's parts, ready to show: "epoch 57 of 200", "samples seen 13,680",
 * "updates 570 (10 per epoch)", "410 epochs/s", "0:02.3", and one sentence about what is happening.
 */
public record StatusLine(String epoch, String samples, String updates, String speed, String elapsed,
                         String sentence) {
}
