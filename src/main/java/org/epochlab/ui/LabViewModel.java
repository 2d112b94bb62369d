package org.epochlab.ui;

import java.util.List;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Predicate;

import javafx.application.Platform;

import org.epochlab.engine.EpochRecord;
import org.epochlab.experiment.ConfigProblem;
import org.epochlab.experiment.ExperimentConfig;
import org.epochlab.experiment.OverfittingReport;
import org.epochlab.ui.config.ConfigViewModel;
import org.epochlab.ui.run.Adjustment;
import org.epochlab.ui.run.ChartSink;
import org.epochlab.ui.run.RunPhase;
import org.epochlab.ui.run.RunViewModel;
import org.epochlab.ui.run.TrainingRunFactory;

/**
 * The form and the run together: while a run exists, learning rate, L2 and dropout flow into it
 * from the next epoch, and any other change asks whether to reset the run (and is undone if not).
 * FX thread only.
 */
public final class LabViewModel {

    private final ConfigViewModel config;
    private final RunViewModel run;
    private Predicate<String> confirmReset = key -> true;
    private boolean asking;

    public LabViewModel(ExperimentConfig initial, Function<ExperimentConfig, List<ConfigProblem>> validator,
                        TrainingRunFactory factory, Function<List<EpochRecord>, OverfittingReport> analysis,
                        ChartSink chart, LongSupplier clock) {
        this.config = new ConfigViewModel(initial, validator);
        this.run = new RunViewModel(config.configProperty(), factory, analysis, chart, clock);
        config.runLockedProperty().bind(run.runExistsProperty());
        config.setOnLockedEdit(this::lockedEdit);
        config.configProperty().addListener((o, was, now) -> {
            if (now != null && run.phaseProperty().get() != RunPhase.IDLE) {
                run.adjust(new Adjustment(now.learningRate(), now.l2(), now.dropout()));
            }
        });
    }

    public ConfigViewModel config() {
        return config;
    }

    public RunViewModel run() {
        return run;
    }

    /**
     * Asked, with the changed key, whether to discard the run; answering no puts the old value back.
     * Asked after the change event, never inside it.
     */
    public void setConfirmReset(Predicate<String> confirm) {
        confirmReset = confirm;
    }

    /** Loads a whole config (a preset or a file); a run that exists is reset first. */
    public void load(ExperimentConfig next) {
        if (run.phaseProperty().get() != RunPhase.IDLE) {
            run.reset();
        }
        config.load(next);
    }

    private void lockedEdit(String key) {
        if (asking) {
            return;
        }
        asking = true;
        Platform.runLater(() -> {
            try {
                ExperimentConfig old = run.runConfig();
                if (run.phaseProperty().get() == RunPhase.IDLE || old == null) {
                    return;
                }
                if (confirmReset.test(key)) {
                    run.reset();
                } else {
                    config.restoreFixedKeys(old);
                }
            } finally {
                asking = false;
            }
        });
    }
}
