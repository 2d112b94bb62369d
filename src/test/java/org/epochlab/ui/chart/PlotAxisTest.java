package org.epochlab.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PlotAxisTest {

    @BeforeAll
    static void startFx() throws Exception {
        FxTestSupport.startFx();
    }

    @Test
    void labelsLogTicksWithTheRealValues() throws Exception {
        List<String> labels = FxTestSupport.onFx(() -> {
            PlotAxis axis = new PlotAxis("loss");
            axis.setLogScale(true);
            return List.of(axis.labelFor(-2), axis.labelFor(Math.log10(0.05)), axis.labelFor(0), axis.labelFor(1),
                    axis.labelFor(-5), axis.labelFor(Math.log10(2e7)));
        });

        assertThat(labels).containsExactly("0.01", "0.05", "1", "10", "1e-05", "2e+07");
    }

    @Test
    void labelsLinearTicksWithTheDecimalsTheirStepNeeds() {
        assertThat(NumberLabels.tick(0.2, 0.1)).isEqualTo("0.2");
        assertThat(NumberLabels.tick(150, 50)).isEqualTo("150");
        assertThat(NumberLabels.tick(0.05, 0.05)).isEqualTo("0.05");
        assertThat(NumberLabels.tick(-1e-17, 0.1)).isEqualTo("0.0");
        assertThat(NumberLabels.tick(4e29, 2e29)).isEqualTo("4e+29");
    }

    @Test
    void putsLogTicksOnTheOneTwoFiveLadderWhenThereIsRoom() {
        List<Double> ticks = TickLadder.logTicks(-2, 0, 20);

        assertThat(ticks.stream().map(t -> NumberLabels.format(Math.pow(10, t), 3)).toList())
                .containsExactly("0.01", "0.02", "0.05", "0.1", "0.2", "0.5", "1");
    }

    @Test
    void thinsLogTicksToDecadesWhenSpaceIsShort() {
        List<Double> ticks = TickLadder.logTicks(-6, 2, 5);

        assertThat(ticks).hasSizeLessThanOrEqualTo(5).allSatisfy(t -> assertThat(t % 1).isCloseTo(0, within(1e-9)));
    }

    @Test
    void fitsALogRangeToTheLadderValuesAroundTheData() throws Exception {
        double[] bounds = FxTestSupport.onFx(() -> {
            PlotAxis axis = new PlotAxis("loss");
            axis.setLogScale(true);
            axis.fit(Math.log10(0.03), Math.log10(0.7), Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
            return new double[] {axis.getLowerBound(), axis.getUpperBound()};
        });

        assertThat(Math.pow(10, bounds[0])).isCloseTo(0.02, within(1e-12));
        assertThat(Math.pow(10, bounds[1])).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void formatsNumbersWithoutTrailingZeros() {
        assertThat(NumberLabels.format(0.01, 4)).isEqualTo("0.01");
        assertThat(NumberLabels.format(0.123456, 4)).isEqualTo("0.1235");
        assertThat(NumberLabels.format(120, 3)).isEqualTo("120");
        assertThat(NumberLabels.format(3e-5, 3)).isEqualTo("3e-05");
    }
}
