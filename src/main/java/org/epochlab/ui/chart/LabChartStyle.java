package org.epochlab.ui.chart;

import java.util.Objects;

/** The look every chart of the lab shares ({@code lab-chart.css}): a chart takes the class and the stylesheet. */
final class LabChartStyle {

    static final String STYLE_CLASS = "lab-chart";
    static final String STYLESHEET = Objects.requireNonNull(
            LabChartStyle.class.getResource("lab-chart.css")).toExternalForm();

    private LabChartStyle() {
    }
}
