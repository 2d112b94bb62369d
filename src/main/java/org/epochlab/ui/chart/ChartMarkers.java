package org.epochlab.ui.chart;

/**
 * The epochs marked on the charts; 0 means no such marker.
 *
 * @param bestEpoch    epoch with the lowest validation loss
 * @param overfitEpoch first epoch of the shaded overfitting region, which runs to the last epoch
 * @param stopEpoch    where the run stopped early (not shown for a run that completed)
 * @param stopLabel    why it stopped, as shown beside the stop line ("" when there is none)
 */
public record ChartMarkers(int bestEpoch, int overfitEpoch, int stopEpoch, String stopLabel) {

    public static final ChartMarkers NONE = new ChartMarkers(0, 0, 0, "");

    public ChartMarkers {
        stopLabel = stopLabel == null ? "" : stopLabel;
    }

    public String bestLabel() {
        return "best: epoch " + bestEpoch;
    }

    public String overfitLabel() {
        return "overfitting from epoch " + overfitEpoch;
    }
}
