package org.epochlab.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntToDoubleFunction;

import org.epochlab.engine.EpochRecord;
import org.junit.jupiter.api.Test;

class OverfittingAnalysisTest {

    /** A history of {@code epochs} epochs with the given losses (epoch k = 1 … epochs). */
    static List<EpochRecord> history(int epochs, IntToDoubleFunction train, IntToDoubleFunction val) {
        List<EpochRecord> history = new ArrayList<>();
        for (int k = 1; k <= epochs; k++) {
            history.add(new EpochRecord(k, train.applyAsDouble(k), 0.5, val.applyAsDouble(k), 0.5, k, 10L * k, 0.01,
                    List.of(1.0, 1.0), List.of(0.1, 0.1), List.of(4), List.of(0.2)));
        }
        return history;
    }

    private static double falling(int k) {
        return 0.05 + 1.0 / k;
    }

    /** Lowest 0.3 at epoch 40; above the band 0.3 + 0.03 from epoch 49 on ((49 − 40)² · 0.0004 = 0.0324). */
    private static double uShape(int k) {
        return 0.3 + 0.0004 * (k - 40) * (k - 40);
    }

    @Test
    void aCleanUShapeOverfitsFromTheFirstEpochAboveTheBand() {
        OverfittingReport report = OverfittingAnalysis.analyze(history(100, OverfittingAnalysisTest::falling,
                OverfittingAnalysisTest::uShape));

        assertThat(report.bestEpoch()).isEqualTo(40);
        assertThat(report.bestValLoss()).isEqualTo(0.3);
        assertThat(report.overfitEpoch()).isEqualTo(49);
        assertThat(report.overfits()).isTrue();
    }

    @Test
    void theOnsetIsFoundOnlyOnceAWholeWindowHasBeenSeen() {
        assertThat(OverfittingAnalysis.analyze(history(57, OverfittingAnalysisTest::falling,
                OverfittingAnalysisTest::uShape)).overfitEpoch()).isZero();
        assertThat(OverfittingAnalysis.analyze(history(58, OverfittingAnalysisTest::falling,
                OverfittingAnalysisTest::uShape)).overfitEpoch()).isEqualTo(49);
    }

    @Test
    void noisyButFlatOrFallingValidationLossIsNotOverfitting() {
        for (long seed = 1; seed <= 50; seed++) {
            Random random = new Random(seed);
            double[] noise = random.doubles(300, -1, 1).toArray();
            List<EpochRecord> flat = history(300, OverfittingAnalysisTest::falling,
                    k -> 0.4 * (1 + 0.05 * noise[k - 1]));
            List<EpochRecord> slowlyFalling = history(300, OverfittingAnalysisTest::falling,
                    k -> (0.3 + 0.3 * Math.exp(-k / 50.0)) * (1 + 0.05 * noise[k - 1]));

            assertThat(OverfittingAnalysis.analyze(flat).overfitEpoch()).as("flat, seed %d", seed).isZero();
            assertThat(OverfittingAnalysis.analyze(slowlyFalling).overfitEpoch()).as("falling, seed %d", seed).isZero();
        }
    }

    @Test
    void aPlateauThatDriftsUpWithinTheToleranceIsNotOverfitting() {
        List<EpochRecord> plateau = history(200, OverfittingAnalysisTest::falling,
                k -> k <= 40 ? uShape(k) : 0.3 + 0.0001 * (k - 40));

        OverfittingReport report = OverfittingAnalysis.analyze(plateau);

        assertThat(report.bestEpoch()).isEqualTo(40);
        assertThat(report.overfitEpoch()).isZero();
    }

    @Test
    void validationLossRisingWithTrainingLossIsNotOverfitting() {
        List<EpochRecord> bothRise = history(100, k -> k <= 40 ? falling(k) : falling(40) + 0.01 * (k - 40),
                OverfittingAnalysisTest::uShape);

        assertThat(OverfittingAnalysis.analyze(bothRise).overfitEpoch()).isZero();
    }

    @Test
    void aShortExcursionAboveTheBandIsNotOverfitting() {
        List<EpochRecord> blip = history(100, OverfittingAnalysisTest::falling,
                k -> k >= 50 && k < 59 ? 0.5 : Math.max(0.3, 1.0 - k * 0.02));

        assertThat(OverfittingAnalysis.analyze(blip).overfitEpoch()).isZero();
    }

    @Test
    void aBumpBeforeALaterLowerBestIsNotOverfitting() {
        List<EpochRecord> bumpThenBetter = history(120, OverfittingAnalysisTest::falling,
                k -> k >= 30 && k < 50 ? 0.6 : 0.5 - 0.001 * k);

        OverfittingReport report = OverfittingAnalysis.analyze(bumpThenBetter);

        assertThat(report.bestEpoch()).isEqualTo(120);
        assertThat(report.overfitEpoch()).isZero();
    }

    @Test
    void theAbsoluteFloorKeepsTinyLossesFromTriggeringIt() {
        IntToDoubleFunction tinyRise = k -> k <= 20 ? 0.001 : 0.005;
        IntToDoubleFunction realRise = k -> k <= 20 ? 0.001 : 0.02;

        assertThat(OverfittingAnalysis.analyze(history(60, k -> 0.001 / k, tinyRise)).overfitEpoch()).isZero();
        assertThat(OverfittingAnalysis.analyze(history(60, k -> 0.001 / k, realRise)).overfitEpoch()).isEqualTo(21);
    }

    @Test
    void theFirstOfEqualLowestLossesIsTheBestEpoch() {
        OverfittingReport report = OverfittingAnalysis.analyze(history(5, k -> 1.0, k -> k == 2 || k == 4 ? 0.1 : 0.2));

        assertThat(report.bestEpoch()).isEqualTo(2);
    }

    @Test
    void tooShortHistoriesHaveABestEpochButNoOnset() {
        assertThat(OverfittingAnalysis.analyze(List.of()))
                .satisfies(r -> {
                    assertThat(r.bestEpoch()).isZero();
                    assertThat(r.bestValLoss()).isNaN();
                    assertThat(r.overfitEpoch()).isZero();
                    assertThat(r.gap()).isEmpty();
                });
        OverfittingReport one = OverfittingAnalysis.analyze(history(1, k -> 0.7, k -> 0.8));
        assertThat(one.bestEpoch()).isEqualTo(1);
        assertThat(one.overfitEpoch()).isZero();
        assertThat(OverfittingAnalysis.analyze(history(10, OverfittingAnalysisTest::falling, k -> k)).overfitEpoch())
                .isZero();
    }

    @Test
    void withoutValidationThereIsNoBestEpochAndTheGapIsNaN() {
        OverfittingReport report = OverfittingAnalysis.analyze(history(50, OverfittingAnalysisTest::falling,
                k -> Double.NaN));

        assertThat(report.bestEpoch()).isZero();
        assertThat(report.bestValLoss()).isNaN();
        assertThat(report.overfitEpoch()).isZero();
        assertThat(java.util.Arrays.stream(report.gap())).hasSize(50).allMatch(g -> g.isNaN());
    }

    @Test
    void theGapIsValidationMinusTrainingLossPerEpoch() {
        OverfittingReport report = OverfittingAnalysis.analyze(history(3, k -> 0.5 / k, k -> 0.25 * k));

        assertThat(report.gap()).containsExactly(0.25 - 0.5, 0.5 - 0.25, 0.75 - 0.5 / 3);
    }

    @Test
    void aDivergedLastEpochDoesNotHideTheBestEpoch() {
        OverfittingReport report = OverfittingAnalysis.analyze(history(30, k -> k == 30 ? Double.NaN : falling(k),
                k -> k == 30 ? Double.NaN : 1.0 / k));

        assertThat(report.bestEpoch()).isEqualTo(29);
        assertThat(report.overfitEpoch()).isZero();
    }

    @Test
    void aWiderToleranceFindsAGentlerRiseLater() {
        OverfittingReport report = OverfittingAnalysis.analyze(history(100, OverfittingAnalysisTest::falling,
                OverfittingAnalysisTest::uShape), 0.2, 0.01, 5);

        // 0.3 · 1.2 = 0.36 is first exceeded at (k − 40)² > 150, k = 53
        assertThat(report.overfitEpoch()).isEqualTo(53);
    }
}
