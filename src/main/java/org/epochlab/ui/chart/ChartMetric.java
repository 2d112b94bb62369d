package org.epochlab.ui.chart;

/** What a chart plots: the loss or the accuracy, training and validation. */
public enum ChartMetric {
    LOSS(ChartQuantity.TRAIN_LOSS, ChartQuantity.VALIDATION_LOSS, "Training and validation loss", "loss", 1),
    ACCURACY(ChartQuantity.TRAIN_ACCURACY, ChartQuantity.VALIDATION_ACCURACY, "Training and validation accuracy",
            "accuracy (%)", 100);

    private final ChartQuantity train;
    private final ChartQuantity validation;
    private final String title;
    private final String axisLabel;
    private final double displayFactor;

    ChartMetric(ChartQuantity train, ChartQuantity validation, String title, String axisLabel, double displayFactor) {
        this.train = train;
        this.validation = validation;
        this.title = title;
        this.axisLabel = axisLabel;
        this.displayFactor = displayFactor;
    }

    public ChartQuantity train() {
        return train;
    }

    public ChartQuantity validation() {
        return validation;
    }

    public String title() {
        return title;
    }

    public String axisLabel() {
        return axisLabel;
    }

    /** Values are multiplied by this before plotting (accuracy in percent). */
    double displayFactor() {
        return displayFactor;
    }

    /** The largest value the axis may show (100 % for accuracy). */
    double ceiling() {
        return this == ACCURACY ? 100 : Double.POSITIVE_INFINITY;
    }

    /** The word used in the legend: "loss" or "accuracy". */
    String word() {
        return this == LOSS ? "loss" : "accuracy";
    }
}
