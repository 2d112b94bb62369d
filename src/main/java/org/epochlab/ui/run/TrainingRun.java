package org.epochlab.ui.run;

import org.epochlab.engine.TrainingControl;
import org.epochlab.engine.TrainingListener;
import org.epochlab.engine.TrainingResult;

/**
 * One network being trained by the window, kept between stretches so that a stopped run can be
 * continued. Confined to the training thread: every method is called there, one at a time.
 */
public interface TrainingRun {

    /** Trains for the configured epochs (or until early stopping, divergence or a stop). */
    TrainingResult train(TrainingListener listener, TrainingControl control);

    /** Trains up to {@code epochs} more epochs from where the last stretch ended. */
    TrainingResult trainMore(int epochs, TrainingListener listener, TrainingControl control);

    /** Changes the learning rate, L2 and dropout from the next epoch on. */
    void adjust(Adjustment adjustment);
}
