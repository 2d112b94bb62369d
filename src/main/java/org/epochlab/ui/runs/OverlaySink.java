package org.epochlab.ui.runs;

import java.util.List;

import org.epochlab.engine.EpochRecord;
import org.epochlab.ui.chart.TrainingChartsView;

/** Where ticked runs are drawn over the current one. FX thread only. */
public interface OverlaySink {

    void clearOverlays();

    void addOverlay(String name, List<EpochRecord> history);

    static OverlaySink of(TrainingChartsView chart) {
        return new OverlaySink() {
            @Override
            public void clearOverlays() {
                chart.clearOverlays();
            }

            @Override
            public void addOverlay(String name, List<EpochRecord> history) {
                chart.addOverlay(name, history);
            }
        };
    }
}
