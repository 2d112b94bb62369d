package org.epochlab.ui.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.epochlab.engine.Activation;
import org.epochlab.engine.LayerWeights;
import org.epochlab.engine.NetworkFunction;
import org.epochlab.engine.NetworkWeights;
import org.epochlab.engine.OutputLoss;
import org.junit.jupiter.api.Test;

class DecisionFieldTest {

    /** A linear softmax model whose logits are (-4 x₁, 4 x₁): class 1 exactly where x₁ > 0. */
    private static final NetworkFunction SPLITS_AT_X1_ZERO = new NetworkFunction(new NetworkWeights(List.of(
            new LayerWeights(2, 2, new double[] {-4, 4, 0, 0}, new double[] {0, 0}))), Activation.TANH,
            OutputLoss.SOFTMAX_CROSS_ENTROPY);

    private static final PlaneRange SQUARE = new PlaneRange(-1, 1, -1, 1);

    @Test
    void pixelsChangeClassWhereTheFirstInputCrossesZero() {
        DecisionField field = DecisionField.compute(SPLITS_AT_X1_ZERO, SQUARE, 200, 200);

        // pixel column i is centred on x = -1 + (i + ½) / 100: column 99 at -0.005, column 100 at +0.005
        for (int y : new int[] {0, 57, 199}) {
            assertThat(field.classAt(0, y)).isZero();
            assertThat(field.classAt(99, y)).isZero();
            assertThat(field.classAt(100, y)).isEqualTo(1);
            assertThat(field.classAt(199, y)).isEqualTo(1);
        }
        assertThat(field.argb()[0]).isNotEqualTo(field.argb()[199]);
    }

    @Test
    void pixelsTakeTheirClassColourDeeperWhereTheNetworkIsSurer() {
        DecisionField field = DecisionField.compute(SPLITS_AT_X1_ZERO, SQUARE, 200, 200);

        int edge = field.argb()[0];
        int nearBoundary = field.argb()[99];
        // at x = -0.995, p = σ(8 · 0.995) ≈ 0.9997: almost the deepest tint of class 0
        assertThat(distance(edge, ClassPalette.tint(0, DecisionField.DEEP))).isLessThanOrEqualTo(3);
        // at x = -0.005 the network is almost unsure: almost the palest tint
        assertThat(distance(nearBoundary, ClassPalette.tint(0, DecisionField.PALE))).isLessThanOrEqualTo(3);
        assertThat(distance(field.argb()[199], ClassPalette.tint(1, DecisionField.DEEP))).isLessThanOrEqualTo(3);
    }

    @Test
    void theGridRunsFromTheTopLeftPixelCentre() {
        double[] grid = new PlaneRange(0, 4, 0, 2).grid(4, 2);

        assertThat(grid).containsExactly(0.5, 1.5, 1.5, 1.5, 2.5, 1.5, 3.5, 1.5, 0.5, 0.5, 1.5, 0.5, 2.5, 0.5,
                3.5, 0.5);
    }

    /** The largest difference of the red, green and blue channels. */
    private static int distance(int a, int b) {
        int d = 0;
        for (int shift = 0; shift <= 16; shift += 8) {
            d = Math.max(d, Math.abs((a >> shift & 0xFF) - (b >> shift & 0xFF)));
        }
        return d;
    }
}
