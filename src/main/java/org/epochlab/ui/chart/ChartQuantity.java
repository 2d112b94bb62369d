package org.epochlab.ui.chart;

/** The per-epoch values the charts plot. */
public enum ChartQuantity {
    TRAIN_LOSS,
    VALIDATION_LOSS,
    TRAIN_ACCURACY,
    VALIDATION_ACCURACY;

    public boolean isValidation() {
        return this == VALIDATION_LOSS || this == VALIDATION_ACCURACY;
    }
}
