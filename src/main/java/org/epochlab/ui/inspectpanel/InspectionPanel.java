package org.epochlab.ui.inspectpanel;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.epochlab.engine.EpochRecord;
import org.epochlab.engine.StopReason;
import org.epochlab.experiment.ExperimentConfig;
import org.epochlab.experiment.OverfittingReport;
import org.epochlab.experiment.run.EarlyStoppingReplay;
import org.epochlab.experiment.run.WeightTimeline;
import org.epochlab.ui.chart.TrainingChartsView;
import org.epochlab.ui.inspect.InspectedRun;
import org.epochlab.ui.inspect.InspectionViews;
import org.epochlab.ui.run.ChartSink;

/**
 * A look inside the network beside the loss chart: the symmetry meter, the neuron view, the decision
 * boundary (2-D data only) and the confusion matrix on tabs, the epoch scrubber under them and the
 * early-stopping replay below. FX thread only.
 *
 * <p>Wiring: the run's training thread hands weight snapshots to {@link #inspector()} (set it as the
 * run's observers); the run's epochs arrive through {@link #sink()} (beside the chart's sink); the
 * window calls {@link #onFrame()} once per frame after the run has drained, and the views get that
 * frame's records and only its newest snapshot.
 */
public final class InspectionPanel extends VBox {

    static final String NOT_PLANAR = "The decision boundary is drawn for datasets with two features; "
            + "this one has %d. Pick moons, circles, spirals, blobs or xor to see it.";

    /**
     * How often the views follow a running run: ten times a second. The neuron, boundary and confusion views
     * draw a few times a second at most anyway; the meter's and the scrubber's text each lay the window out
     * again, which at every frame costs the FX thread more than the chart itself.
     */
    private static final long FEED_INTERVAL_NANOS = 100_000_000L;

    /** Narrower, and the symmetry meter and the scrubber's buttons no longer fit. */
    public static final double MIN_WIDTH = 430;

    private final RunInspector inspector;
    private final TrainingChartsView chart;
    private final InspectionViews views = new InspectionViews();
    private final TabPane tabs = new TabPane();
    private final Tab decisionTab;
    private final EpochScrubber scrubber = new EpochScrubber(this::chooseEpoch);
    private final ReplayPane replay;
    private final Label idleHint = new Label("Train a run to look inside the network: how many hidden neurons are "
            + "really different, what each one responds to, and the network at any epoch.");

    private final List<EpochRecord> pending = new ArrayList<>();
    private final List<EpochRecord> history = new ArrayList<>();
    private ExperimentConfig config;
    private InspectedRun run;
    private WeightTimeline timeline;
    private int shownEpoch = -1;
    private long lastFeed = Long.MIN_VALUE / 2;
    /** The run has stopped (its analysis came with a reason): hidden tabs are brought up to its end too. */
    private boolean runEnded;

    public InspectionPanel(TrainingChartsView chart) {
        this(chart, new RunInspector());
    }

    public InspectionPanel(TrainingChartsView chart, RunInspector inspector) {
        this.chart = chart;
        this.inspector = inspector;
        this.replay = new ReplayPane(chart, scrubber::choose);
        setId("inspectionPanel");
        getStyleClass().add("inspection-panel");
        setSpacing(6);
        setMinWidth(MIN_WIDTH);

        tabs.setId("inspectTabs");
        Tab symmetry = tab("Symmetry", "symmetryTab", scrolled(views.symmetryMeter()),
                "How many hidden neurons are really different: 1 of 16 means the layer works like a single neuron");
        Tab neurons = tab("Neurons", "neuronsTab", views.neurons(),
                "What each neuron of a hidden layer responds to; identical neurons are outlined together");
        decisionTab = tab("Decision boundary", "decisionTab", views.decisionBoundary(),
                "The class the network predicts at every point of the input plane");
        Tab confusion = tab("Confusion matrix", "confusionTab", views.confusionMatrix(),
                "Validation examples by true class (rows) and predicted class (columns)");
        tabs.getTabs().addAll(symmetry, neurons, decisionTab, confusion);
        // only the tab on show follows a training run; another catches up when it is chosen
        this.views.setLive(tabs.getSelectionModel().getSelectedItem().getContent());
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, now) ->
                this.views.setLive(now == null ? null : now.getContent()));
        idleHint.setId("inspectIdleHint");
        idleHint.getStyleClass().add("chart-hint");
        idleHint.setWrapText(true);
        idleHint.setMaxWidth(340);
        idleHint.setMouseTransparent(true);
        StackPane views = new StackPane(tabs, idleHint);
        VBox.setVgrow(views, Priority.ALWAYS);
        getChildren().addAll(views, scrubber, replay);
    }

    private static Tab tab(String title, String id, javafx.scene.Node content, String tip) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        tab.setClosable(false);
        tab.setTooltip(new Tooltip(tip));
        return tab;
    }

    private static ScrollPane scrolled(javafx.scene.Node content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        return scroll;
    }

    /** The training-thread side: give it to the run as its observers. */
    public RunInspector inspector() {
        return inspector;
    }

    public InspectionViews views() {
        return views;
    }

    /** Where the run's epochs go, besides the chart. */
    public ChartSink sink() {
        return new ChartSink() {
            @Override
            public void clear() {
                runCleared();
            }

            @Override
            public void append(List<EpochRecord> records) {
                pending.addAll(records);
                history.addAll(records);
            }

            @Override
            public void showAnalysis(OverfittingReport report, int stoppedEpoch, StopReason reason) {
                analysed(report, reason);
            }

            @Override
            public void plan(ExperimentConfig planned, int epochs) {
                config = planned;
                runEnded = false; // a new run, or more epochs of the last one
                replay.close();
            }
        };
    }

    /** The frame's records and its newest snapshot to the views. Call once per frame, after the run's drain. */
    public void onFrame() {
        long now = System.nanoTime();
        if (run != null && now - lastFeed < FEED_INTERVAL_NANOS && inspector.startedIsEmpty()) {
            return; // the epochs wait in pending for the next feed
        }
        lastFeed = now;
        RunInspector.Started started = inspector.pollStarted();
        WeightTimeline.Snapshot newest = inspector.pollNewest();
        if (started != null) {
            begin(started, newest);
            if (newest != null && newest.epoch() == 0) {
                newest = null;
            }
        }
        if (run == null) {
            pending.clear();
            return;
        }
        if (pending.isEmpty() && newest == null) {
            return;
        }
        int last = history.isEmpty() ? 0 : history.get(history.size() - 1).epoch();
        scrubber.setLastEpoch(last);
        boolean follow = scrubber.isFollowing() && newest != null;
        views.feed(List.copyOf(pending), follow ? newest.weights() : null, follow ? newest.epoch() : 0);
        pending.clear();
        if (runEnded) {
            views.catchUp();
        }
        if (follow) {
            shown(newest.epoch(), newest.epoch());
        }
    }

    /** The epoch the neuron view, decision boundary and confusion matrix show; -1 before any. */
    public int shownEpoch() {
        return shownEpoch;
    }

    /** Shows the kept snapshot nearest to {@code epoch}, as the scrubber does. */
    public void showEpoch(int epoch) {
        scrubber.choose(epoch);
    }

    /** The collapsible early-stopping replay pane below the views. */
    public TitledPane replayPane() {
        return replay;
    }

    /** The early-stopping replay on show, null when there is none (no finished run with validation data). */
    public EarlyStoppingReplay.Outcome replayOutcome() {
        return replay.outcome();
    }

    /** The tab of the decision boundary (disabled for data that is not 2-D). */
    public Tab decisionTab() {
        return decisionTab;
    }

    public TabPane tabs() {
        return tabs;
    }

    /** The run's weight snapshots, null before a run. */
    public WeightTimeline timeline() {
        return timeline;
    }

    /** Ends the views' drawing threads. */
    public void dispose() {
        views.dispose();
    }

    private void begin(RunInspector.Started started, WeightTimeline.Snapshot initial) {
        run = started.run();
        idleHint.setVisible(false);
        timeline = started.timeline();
        views.start(run, initial != null && initial.epoch() == 0 ? initial.weights() : null);
        // no scrubber.reset() here: Train already cleared it (runCleared), and a short run can end and be
        // analysed, its best epoch set on the scrubber, before this first frame of it
        shownEpoch = initial != null && initial.epoch() == 0 ? 0 : -1;
        if (shownEpoch == 0) {
            scrubber.showing(0, 0); // the initial weights, until the first epoch
        }
        boolean planar = run.isPlanar();
        decisionTab.setDisable(!planar);
        decisionTab.setTooltip(new Tooltip(planar ? "The class the network predicts at every point of the input plane"
                : String.format(NOT_PLANAR, run.features())));
        if (!planar && tabs.getSelectionModel().getSelectedItem() == decisionTab) {
            tabs.getSelectionModel().select(0);
        }
    }

    private void runCleared() {
        inspector.forget();
        run = null;
        runEnded = false;
        views.clear();
        idleHint.setVisible(true);
        timeline = null;
        pending.clear();
        history.clear();
        shownEpoch = -1;
        scrubber.reset();
        replay.close();
    }

    private void analysed(OverfittingReport report, StopReason reason) {
        scrubber.setBestEpoch(report == null ? 0 : report.bestEpoch());
        if (reason != null) {
            runEnded = true;
            views.catchUp(); // the run has ended: every tab shows its last epoch (and its last frame's, below)
        }
        if (reason != null && config != null && !history.isEmpty() && history.get(0).hasValidation()) {
            replay.open(history, config);
        }
    }

    /** The scrubber's choice: the kept snapshot nearest to it, in the views and as the chart's cursor. */
    private void chooseEpoch(int epoch) {
        if (timeline == null) {
            return;
        }
        Optional<WeightTimeline.Snapshot> snapshot = scrubber.isFollowing() ? timeline.latest() : timeline.nearest(epoch);
        snapshot.ifPresent(s -> {
            views.showEpoch(s.weights(), s.epoch());
            shown(s.epoch(), scrubber.isFollowing() ? s.epoch() : epoch);
        });
    }

    private void shown(int epoch, int requested) {
        shownEpoch = epoch;
        scrubber.showing(epoch, requested);
        chart.showCursor(epoch);
    }
}
