package org.epochlab.ui.chart;

import java.util.List;
import java.util.Objects;

import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;

/**
 * Losses against a swept setting (such as the width of the hidden layers), one point per run: final
 * training loss, final validation loss and best validation loss. A doubling setting is drawn on a log₂
 * axis labelled with the real values (1, 2, 4, …). FX thread only.
 */
public final class SweepChart {

    private static final String STYLESHEET = Objects.requireNonNull(
            SweepChart.class.getResource("sweep-chart.css")).toExternalForm();

    private final LineChart<Number, Number> chart;

    /**
     * @param values    the swept setting of each run
     * @param log2      whether the values double from run to run
     * @param finalTrain final training loss per run
     * @param finalVal  final validation loss per run
     * @param bestVal   lowest validation loss per run (at its best epoch)
     */
    public SweepChart(String title, String settingLabel, String lossLabel, List<Double> values, boolean log2,
                      double[] finalTrain, double[] finalVal, double[] bestVal) {
        NumberAxis x = new NumberAxis();
        x.setLabel(settingLabel);
        x.setAutoRanging(false);
        double first = position(values.get(0), log2);
        double last = position(values.get(values.size() - 1), log2);
        double margin = (last - first) * 0.04;
        x.setLowerBound(first - margin);
        x.setUpperBound(last + margin);
        x.setTickUnit(log2 ? 1 : tidyUnit(last - first));
        x.setMinorTickVisible(false);
        if (log2) {
            x.setTickLabelFormatter(new PowerOfTwoLabels());
        }
        NumberAxis y = new NumberAxis();
        y.setLabel(lossLabel);
        y.setForceZeroInRange(true);
        x.setAnimated(false);
        y.setAnimated(false);
        chart = new LineChart<>(x, y);
        chart.setAnimated(false);
        chart.setCreateSymbols(true);
        chart.setTitle(title);
        chart.getStyleClass().addAll(LabChartStyle.STYLE_CLASS, "sweep-chart");
        chart.getStylesheets().addAll(LabChartStyle.STYLESHEET, STYLESHEET);
        chart.getData().add(series("final training loss", values, log2, finalTrain));
        chart.getData().add(series("final validation loss", values, log2, finalVal));
        chart.getData().add(series("best validation loss (at its best epoch)", values, log2, bestVal));
    }

    /** The chart with its title, axes and legend: what the PNG holds. */
    public Region node() {
        return chart;
    }

    /** The points of a series (0 training, 1 final validation, 2 best validation), for tests. */
    public int points(int series) {
        return chart.getData().get(series).getData().size();
    }

    private static XYChart.Series<Number, Number> series(String name, List<Double> values, boolean log2, double[] y) {
        XYChart.Series<Number, Number> s = new XYChart.Series<>();
        s.setName(name);
        for (int i = 0; i < values.size(); i++) {
            if (Double.isFinite(y[i])) {
                s.getData().add(new XYChart.Data<>(position(values.get(i), log2), y[i]));
            }
        }
        return s;
    }

    private static double position(double value, boolean log2) {
        return log2 ? Math.log(value) / Math.log(2) : value;
    }

    private static double tidyUnit(double span) {
        return TickLadder.niceStep(span / 8);
    }

    /** Labels log₂ positions with the real values: 0 → 1, 3 → 8. */
    private static final class PowerOfTwoLabels extends StringConverter<Number> {
        @Override
        public String toString(Number position) {
            double v = Math.pow(2, position.doubleValue());
            return Math.abs(v - Math.rint(v)) < 1e-9 ? Long.toString(Math.round(v)) : "";
        }

        @Override
        public Number fromString(String text) {
            return Math.log(Double.parseDouble(text)) / Math.log(2);
        }
    }
}
