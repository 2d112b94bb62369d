package org.epochlab.ui.chart;

/** One run on the charts: its history and how it is drawn. */
public record PlottedRun(RunHistoryModel history, RunStyle style) {
}
