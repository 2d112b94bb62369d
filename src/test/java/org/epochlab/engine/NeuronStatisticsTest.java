package org.epochlab.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

class NeuronStatisticsTest {

    /** W is inputs × neurons: column j holds neuron j's incoming weights. */
    private static NeuronStatistics of(double[][] w, double[] b) {
        NeuronStatistics stats = new NeuronStatistics(w.length, b.length);
        stats.load(new DMatrixRMaj(w), new DMatrixRMaj(1, b.length, true, b));
        return stats;
    }

    @Test
    void neuronsWithinOneTrillionthCountAsOne() {
        // neurons 0 and 1 differ by 1e-13, neuron 2 by 1e-11 in the first weight
        NeuronStatistics stats = of(new double[][] {{0.5, 0.5 + 1e-13, 0.5 + 1e-11}, {-1, -1, -1}},
                new double[] {0.2, 0.2, 0.2});
        assertThat(stats.distinctCount()).isEqualTo(2);
    }

    @Test
    void theBiasTellsNeuronsApart() {
        NeuronStatistics stats = of(new double[][] {{1, 1}, {2, 2}}, new double[] {0.0, 0.1});
        assertThat(stats.distinctCount()).isEqualTo(2);
    }

    @Test
    void meanCosineSimilarityAveragesAllPairs() {
        // vectors (1, 0 | 0), (0, 1 | 0), (1, 1 | 0): cosines 0, 1/√2, 1/√2 ⇒ mean √2/3
        NeuronStatistics stats = of(new double[][] {{1, 0, 1}, {0, 1, 1}}, new double[] {0, 0, 0});
        assertThat(stats.meanCosineSimilarity()).isCloseTo(Math.sqrt(2) / 3, within(1e-15));
        assertThat(stats.distinctCount()).isEqualTo(3);
    }

    @Test
    void zeroVectorsCountOneWithEachOtherAndZeroWithAnyOther() {
        // pairs: (0, 0) → 1, (0, v) → 0 twice ⇒ mean 1/3
        NeuronStatistics stats = of(new double[][] {{0, 0, 3}}, new double[] {0, 0, 4});
        assertThat(stats.meanCosineSimilarity()).isCloseTo(1.0 / 3, within(1e-15));
    }

    @Test
    void aSingleNeuronHasSimilarityOne() {
        assertThat(of(new double[][] {{2}}, new double[] {1}).meanCosineSimilarity()).isEqualTo(1.0);
    }
}
