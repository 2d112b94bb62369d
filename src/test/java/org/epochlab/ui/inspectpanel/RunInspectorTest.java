package org.epochlab.ui.inspectpanel;

import static org.assertj.core.api.Assertions.assertThat;

import org.epochlab.engine.TrainingControl;
import org.epochlab.experiment.ConfigException;
import org.epochlab.experiment.ConfigOverrides;
import org.epochlab.experiment.ExperimentConfig;
import org.epochlab.experiment.run.WeightTimeline;
import org.epochlab.ui.run.EngineRun;
import org.junit.jupiter.api.Test;

class RunInspectorTest {

    private final ExperimentConfig small = small();

    private static ExperimentConfig small() {
        try {
            return ConfigOverrides.apply(ExperimentConfig.defaults(), "samples=60", "epochs=3", "earlyStopping=false");
        } catch (ConfigException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aNewRunStartsOnceWithItsOwnTimelineAndTheFrameGetsOnlyTheNewestSnapshot() throws Exception {
        RunInspector inspector = new RunInspector();
        EngineRun run = EngineRun.open(small);

        run.train(inspector.apply(run), new TrainingControl());

        RunInspector.Started started = inspector.pollStarted();
        assertThat(started).isNotNull();
        assertThat(started.run().hiddenLayers()).isEqualTo(small.hiddenLayers());
        assertThat(started.timeline().keptEpochs()).containsExactly(0, 1, 2, 3);
        assertThat(inspector.pollNewest().epoch()).isEqualTo(3);
        assertThat(inspector.pollNewest()).isNull();
        assertThat(inspector.pollStarted()).isNull();
    }

    @Test
    void aContinuedRunKeepsItsTimelineAndADifferentRunGetsANewOne() throws Exception {
        RunInspector inspector = new RunInspector();
        EngineRun run = EngineRun.open(small);
        run.train(inspector.apply(run), new TrainingControl());
        WeightTimeline first = inspector.pollStarted().timeline();

        run.trainMore(2, inspector.apply(run), new TrainingControl());

        assertThat(inspector.pollStarted()).isNull();
        assertThat(first.keptEpochs()).containsExactly(0, 1, 2, 3, 4, 5);
        assertThat(inspector.pollNewest().epoch()).isEqualTo(5);

        EngineRun other = EngineRun.open(small);
        other.train(inspector.apply(other), new TrainingControl());
        assertThat(inspector.pollStarted().timeline()).isNotSameAs(first);
    }

    @Test
    void forgettingDropsWhatTheFrameHasNotPickedUp() throws Exception {
        RunInspector inspector = new RunInspector();
        EngineRun run = EngineRun.open(small);
        run.train(inspector.apply(run), new TrainingControl());

        inspector.forget();

        assertThat(inspector.pollStarted()).isNull();
        assertThat(inspector.pollNewest()).isNull();
    }
}
