package org.epochlab.ui.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SymmetryMeterViewModelTest {

    @Test
    void aZeroInitializedSigmoidRunReadsOneDistinctNeuronOf16AndIsFlaggedCollapsed() throws Exception {
        InspectRuns.Trained zero = InspectRuns.moons("epochs=6", "activation=sigmoid", "weightInit=zeros");
        SymmetryMeterViewModel model = new SymmetryMeterViewModel();
        model.start(zero.run());

        model.append(zero.history().subList(0, 2));
        model.append(zero.history().subList(2, 6));

        for (int layer = 0; layer < 2; layer++) {
            assertThat(model.distinctText(layer)).isEqualTo("1 distinct neuron of 16");
            assertThat(model.unitText(layer)).isEqualTo("distinct neuron of 16");
            assertThat(model.collapsed(layer)).isTrue();
            assertThat(model.cosineText(layer)).isEqualTo("mean cosine similarity 1.000");
            assertThat(model.cosineHistory(layer).toArray()).hasSize(6);
        }
        assertThat(model.epochs().toArray()).containsExactly(1, 2, 3, 4, 5, 6);
    }

    @Test
    void aRandomlyInitializedRunReads16DistinctNeuronsOf16() throws Exception {
        InspectRuns.Trained random = InspectRuns.moons("epochs=3");
        SymmetryMeterViewModel model = new SymmetryMeterViewModel();
        model.start(random.run());

        model.append(random.history());

        assertThat(model.distinctText(0)).isEqualTo("16 distinct neurons of 16");
        assertThat(model.collapsed(0)).isFalse();
        assertThat(model.cosine(1)).isEqualTo(random.history().get(2).meanCosineSimilarity().get(1));
    }

    @Test
    void theInitialWeightsGiveTheCountBeforeTheFirstEpoch() throws Exception {
        InspectRuns.Trained zero = InspectRuns.moons("epochs=1", "weightInit=zeros");
        SymmetryMeterViewModel model = new SymmetryMeterViewModel();
        model.start(List.of(16, 16));
        assertThat(model.distinctText(0)).isEqualTo("16 neurons");

        model.feed(zero.weights().get(0), null);

        assertThat(model.distinctText(0)).isEqualTo("1 distinct neuron of 16");
        assertThat(model.cosineText(0)).isEqualTo("mean cosine similarity —");
        assertThat(model.epochs().size()).isZero();
    }
}
