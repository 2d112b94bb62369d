package org.epochlab.ui.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.epochlab.engine.LayerWeights;
import org.junit.jupiter.api.Test;

class NeuronGroupsTest {

    @Test
    void aZeroInitializedSigmoidRunHasOneGroupOfAllNeuronsInEveryLayer() throws Exception {
        InspectRuns.Trained zero = InspectRuns.moons("epochs=5", "activation=sigmoid", "weightInit=zeros");

        for (int layer = 0; layer < 2; layer++) {
            NeuronGroups groups = NeuronGroups.of(zero.last().layer(layer));
            assertThat(groups.count()).isEqualTo(1);
            for (int j = 0; j < 16; j++) {
                assertThat(groups.groupOf(j)).isZero();
                assertThat(groups.sizeOfGroupOf(j)).isEqualTo(16);
            }
        }
    }

    @Test
    void aRandomlyInitializedRunHasAsManyGroupsAsNeuronsAsTheEngineCounts() throws Exception {
        InspectRuns.Trained random = InspectRuns.moons("epochs=5");

        for (int epoch = 1; epoch <= 5; epoch++) {
            for (int layer = 0; layer < 2; layer++) {
                NeuronGroups groups = NeuronGroups.of(random.weights().get(epoch).layer(layer));
                assertThat(groups.count()).isEqualTo(16)
                        .isEqualTo(random.history().get(epoch - 1).distinctNeurons().get(layer));
                assertThat(groups.sizeOfGroupOf(7)).isEqualTo(1);
            }
        }
    }

    @Test
    void neuronsDifferingByMoreThanTheToleranceInOneBiasAreApart() {
        // neurons 0 and 2 share weights and bias; neuron 1 has the same weights, a bias 1e-9 away
        LayerWeights layer = new LayerWeights(2, 3, new double[] {0.5, 0.5, 0.5, -1, -1, -1},
                new double[] {0.1, 0.1 + 1e-9, 0.1 + 1e-13});

        NeuronGroups groups = NeuronGroups.of(layer);

        assertThat(groups.count()).isEqualTo(2);
        assertThat(List.of(groups.groupOf(0), groups.groupOf(1), groups.groupOf(2))).containsExactly(0, 1, 0);
        assertThat(groups.sizeOfGroupOf(2)).isEqualTo(2);
    }
}
