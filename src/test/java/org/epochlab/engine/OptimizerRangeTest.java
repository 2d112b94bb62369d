package org.epochlab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class OptimizerRangeTest {

    @ParameterizedTest
    @EnumSource(OptimizerKind.class)
    void updatingTwoHalvesGivesTheSameBitsAsUpdatingTheWhole(OptimizerKind kind) {
        int n = 101;
        SplittableRandom random = new SplittableRandom(3);
        double[] start = new double[n];
        double[][] grads = new double[3][n];
        for (int i = 0; i < n; i++) {
            start[i] = random.nextDouble(-1, 1);
            for (double[] g : grads) {
                g[i] = random.nextDouble(-1, 1);
            }
        }
        Optimizer whole = Optimizer.create(OptimizerSpec.of(kind, 0.01), new int[] {n});
        Optimizer halves = Optimizer.create(OptimizerSpec.of(kind, 0.01), new int[] {n});
        double[] a = start.clone();
        double[] b = start.clone();
        for (double[] g : grads) {
            whole.beginStep();
            whole.update(0, a, g, n, 0.01);
            halves.beginStep();
            halves.update(0, b, g, 50, n, 0.01);
            halves.update(0, b, g, 0, 50, 0.01);
        }

        assertThat(b).isEqualTo(a);
        assertThat(a).isNotEqualTo(start);
    }
}
