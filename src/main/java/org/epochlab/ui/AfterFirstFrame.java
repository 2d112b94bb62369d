package org.epochlab.ui;

import javafx.animation.AnimationTimer;

/**
 * Runs start-up work that the window's first frame does not need (the start page, the window icons) at the
 * second pulse from now: the first one lays out and draws the window, so that work no longer delays it.
 * FX thread.
 */
final class AfterFirstFrame {

    private AfterFirstFrame() {
    }

    static void run(Runnable action) {
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses == 2) {
                    stop();
                    action.run();
                }
            }
        }.start();
    }
}
