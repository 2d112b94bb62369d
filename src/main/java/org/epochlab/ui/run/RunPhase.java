package org.epochlab.ui.run;

/** Where the window's run is. */
public enum RunPhase {
    /** No run: nothing to continue, the chart is empty. */
    IDLE,
    /** Training on the background thread. */
    RUNNING,
    /** A run in progress, held at the end of an epoch. */
    PAUSED,
    /** A run that ended (finished, stopped early, stopped, diverged or failed); its trainer is kept. */
    STOPPED
}
