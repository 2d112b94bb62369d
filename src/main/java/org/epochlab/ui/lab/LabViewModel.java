package org.epochlab.ui.lab;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongSupplier;

import org.epochlab.engine.EpochRecord;
import org.epochlab.experiment.ConfigKey;
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
    /** Keys that the Zero | Random switch changes: after a run, changing only these trains the other variant. */
    private static final Set<String> INIT_KEYS = Set.of("weightInit", "weightInitParam", "biasInit",
            "biasInitParam");

    private ResetQuestion question = (key, stillOpen, answer) -> answer.accept(true);
    private InitRerun initRerun = Runnable::run;
    /** The run a reset question is open about, null when none is. */
    private ExperimentConfig pendingFor;

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
     * Asks whether to discard the run for a change of {@code key}: answer (on the FX thread, now or
     * later) yes to reset, no to put the old value back. By the time of asking the question may be
     * moot (the run was reset or replaced meanwhile): {@code stillOpen} says so, and then no answer
     * is needed.
     */
    @FunctionalInterface
    public interface ResetQuestion {
        void ask(String key, BooleanSupplier stillOpen, Consumer<Boolean> answer);
    }

    /**
     * Trains the other variant of a stopped run whose config changed only in how the weights start: {@code train}
     * starts it; around it the window keeps the previous run on the chart.
     */
    @FunctionalInterface
    public interface InitRerun {
        void rerun(Runnable train);
    }

    public void setInitRerun(InitRerun rerun) {
        this.initRerun = rerun;
    }

    public void setResetQuestion(ResetQuestion question) {
        this.question = question;
    }

    /** Loads a whole config (a preset or a file); a run that exists is reset first. */
    public void load(ExperimentConfig next) {
        if (run.phaseProperty().get() != RunPhase.IDLE) {
            run.reset();
        }
        config.load(next);
    }

    private void lockedEdit(String key) {
        if (INIT_KEYS.contains(key) && onlyInitChanged()) {
            initRerun.rerun(run::train); // no question: the run goes to the history and stays on the chart
            return;
        }
        ExperimentConfig askedAbout = run.runConfig();
        if (askedAbout == null || pendingFor == askedAbout) {
            return; // no run, or already asked about this run (one question however many keystrokes)
        }
        pendingFor = askedAbout;
        BooleanSupplier stillOpen = () -> pendingFor == askedAbout && run.runConfig() == askedAbout;
        question.ask(key, stillOpen, yes -> {
            if (!stillOpen.getAsBoolean()) {
                return;
            }
            pendingFor = null;
            if (yes) {
                run.reset();
            } else {
                config.restoreFixedKeys(askedAbout);
            }
        });
    }

    /** The run is stopped, the form is valid, and it differs from the run's config only in the initializers. */
    private boolean onlyInitChanged() {
        ExperimentConfig now = config.configProperty().get();
        ExperimentConfig was = run.runConfig();
        if (now == null || was == null || run.phaseProperty().get() != RunPhase.STOPPED
                || !run.canTrainProperty().get()) {
            return false;
        }
        for (ConfigKey key : ConfigKey.values()) {
            if (!INIT_KEYS.contains(key.key())
                    && !Objects.equals(key.valueIn(now), key.valueIn(was))) {
                return false;
            }
        }
        return true;
    }
}
