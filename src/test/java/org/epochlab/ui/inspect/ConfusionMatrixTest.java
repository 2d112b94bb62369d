package org.epochlab.ui.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import org.epochlab.engine.Evaluation;
import org.junit.jupiter.api.Test;

class ConfusionMatrixTest {

    @Test
    void countsSumToTheValidationSplitAndMatchTheEnginesEvaluation() throws Exception {
        InspectRuns.Trained digits = InspectRuns.digits("epochs=3");
        ConfusionMatrixViewModel model = new ConfusionMatrixViewModel();
        model.start(digits.run());
        model.show(digits.result().finalWeights(), 3);

        ConfusionMatrix m = model.computeJob().get();

        Evaluation engine = digits.result().validation();
        assertThat(m.total()).isEqualTo(digits.run().validation().rows());
        assertThat(m.counts()).isDeepEqualTo(engine.confusion());
        assertThat(m.accuracy()).isEqualTo(engine.accuracy());
        assertThat(m.classes()).isEqualTo(10);
    }

    @Test
    void shadesEachCellByItsShareOfTheRowAndTitlesWithTheAccuracy() {
        ConfusionMatrix m = new ConfusionMatrix(7, new int[][] {{3, 1}, {0, 0}}, 0.75);

        assertThat(m.rowShare(0, 0)).isEqualTo(0.75);
        assertThat(m.rowShare(0, 1)).isEqualTo(0.25);
        assertThat(m.rowShare(1, 1)).isZero();
        assertThat(m.title()).isEqualTo("Validation accuracy 75.0 % at epoch 7 (4 examples)");
    }

    @Test
    void aRunWithoutValidationHasNothingToScore() throws Exception {
        InspectRuns.Trained noValidation = InspectRuns.moons("epochs=1", "validationFraction=0");
        ConfusionMatrixViewModel model = new ConfusionMatrixViewModel();
        model.start(noValidation.run());
        model.show(noValidation.last(), 1);

        assertThat(model.computeJob()).isNull();
        assertThat(model.emptyText()).isEqualTo("This run has no validation split.");
    }
}
