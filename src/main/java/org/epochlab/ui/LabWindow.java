package org.epochlab.ui;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import javafx.animation.AnimationTimer;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.event.ActionEvent;
import javafx.event.EventHandler;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TitledPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;

import org.controlsfx.dialog.ExceptionDialog;
import org.epochlab.data.DatasetCatalog;
import org.epochlab.engine.EpochRecord;
import org.epochlab.engine.TrainingResult;
import org.epochlab.experiment.ConfigValidator;
import org.epochlab.experiment.ExperimentConfig;
import org.epochlab.experiment.OverfittingAnalysis;
import org.epochlab.experiment.run.RunRecord;
import org.epochlab.experiment.run.WorkspaceLocation;
import org.epochlab.ui.chart.TrainingChartsView;
import org.epochlab.ui.code.ScriptExportActions;
import org.epochlab.ui.config.ConfigPanel;
import org.epochlab.ui.config.DatasetPreviews;
import org.epochlab.ui.config.Names;
import org.epochlab.ui.help.GlossaryWindow;
import org.epochlab.ui.help.HelpLinks;
import org.epochlab.ui.inspectpanel.InspectionPanel;
import org.epochlab.ui.lab.LabViewModel;
import org.epochlab.ui.lesson.LessonArea;
import org.epochlab.ui.prefs.LayoutNodes;
import org.epochlab.ui.prefs.RecentFiles;
import org.epochlab.ui.run.ChartSink;
import org.epochlab.ui.run.EngineRun;
import org.epochlab.ui.run.RunObserver;
import org.epochlab.ui.run.RunPhase;
import org.epochlab.ui.run.TrainingRunFactory;
import org.epochlab.ui.runs.OverlaySink;
import org.epochlab.ui.runs.RunHistoryView;
import org.epochlab.ui.runs.RunHistoryViewModel;
import org.epochlab.ui.runs.RunNames;
import org.epochlab.ui.runs.RunRow;
import org.epochlab.ui.runs.WorkspaceWrites;
import org.epochlab.ui.theme.AppIcons;
import org.epochlab.ui.theme.Appearance;
import org.epochlab.ui.theme.ViewMenu;

/**
 * The lab window: menus and run controls on top, the configuration form on the left, the live
 * charts in the centre with a look inside the network beside them, and the status line at the
 * bottom. Epochs reach the chart once per frame through an {@link AnimationTimer}; closing the
 * window stops any run.
 */
public final class LabWindow {

    public static final String TITLE = "Epoch Lab";
    public static final double WIDTH = 1400;
    public static final double HEIGHT = 900;

    private final Stage stage;
    private final LabViewModel lab;
    private final TrainingChartsView chart = new TrainingChartsView();
    private final InspectionPanel inspection = new InspectionPanel(chart);
    private final RunActions runActions;
    private final FileActions files;
    private final AnimationTimer frames;
    private final RunHistoryViewModel runs;
    private final RunHistoryView runsView;
    private final LessonArea lessons;
    private final Appearance appearance = new Appearance();
    private final RecentFiles recent = new RecentFiles();
    private final GlossaryWindow glossary;
    private final ScriptExportActions scripts;
    private final ConfigPanel form;
    private final LayoutNodes layoutNodes;

    private LabWindow(Stage stage, ExperimentConfig initial, Runnable exit, TrainingRunFactory factory) {
        this.stage = stage;
        this.lab = new LabViewModel(initial, ConfigValidator::check, factory, OverfittingAnalysis::analyze,
                ChartSink.both(ChartSink.of(chart), inspection.sink()), System::nanoTime);
        this.runActions = new RunActions(lab.run());
        this.files = new FileActions(stage, lab, chart);
        this.lessons = new LessonArea(stage, lab, chart, Platform::runLater);
        this.frames = new AnimationTimer() {
            @Override
            public void handle(long now) {
                lab.run().onFrame();
                inspection.onFrame();
                lessons.onFrame();
            }
        };
        this.runs = new RunHistoryViewModel(OverlaySink.of(chart),
                RunHistoryViewModel.workspaceAt(WorkspaceLocation::current), WorkspaceWrites.inBackground(Platform::runLater));
        this.runsView = new RunHistoryView(runs);
        lab.run().setObserver(new RunObserver() {
            @Override
            public void started(ExperimentConfig config, boolean continued) {
                chart.setCurrentRunName(RunNames.of(config));
                runs.started(config, continued);
            }

            @Override
            public void epochs(List<EpochRecord> batch) {
                runs.epochs(batch);
            }

            @Override
            public void ended(TrainingResult result, double elapsedSeconds) {
                runs.ended(result, elapsedSeconds);
            }
        });
        lab.setInitRerun(train -> {
            RunRecord previous = runs.lastEnded();
            train.run();
            if (previous != null) {
                runs.tickOnly(runs.find(previous.id()));
            }
        });
        runs.rows().addListener((ListChangeListener<RunRow>) c -> {
            RunRecord shown = runs.lastEnded();
            if (shown != null && lab.run().phaseProperty().get() == RunPhase.STOPPED) {
                chart.setCurrentRunName(shown.name()); // renamed in the table
            }
        });
        runs.loadWorkspace();
        lab.setResetQuestion(this::askReset);
        lab.run().setOnFailure(this::showFailure);
        lab.run().setRunObservers(inspection.inspector());

        List<String> builtIns = DatasetCatalog.builtInNames();
        Set<String> generated = new HashSet<>();
        for (String name : builtIns) {
            if (DatasetCatalog.isGenerated(name)) {
                generated.add(name);
            }
        }
        form = new ConfigPanel(lab.config(), new DatasetPreviews(), builtIns, generated,
                DatasetCatalog::describe, files::openCsv);
        form.disableProperty().bind(lab.run().phaseProperty().isEqualTo(RunPhase.RUNNING));

        BorderPane root = new BorderPane();
        root.setId("labWindow");
        LabMenuBar menus = new LabMenuBar(stage, lab, runActions, files, exit);
        addRunSetItems(menus);
        menus.getMenus().add(menus.getMenus().size() - 1, lessons.menu()); // before Help
        root.setTop(new VBox(menus, new RunBar(runActions)));
        root.setLeft(form);
        StackPane charts = new StackPane(chart, emptyChartHint());
        VBox.setVgrow(charts, Priority.ALWAYS);
        SplitPane centre = new SplitPane(new VBox(charts, lessons.epochStrip()), inspection);
        centre.setId("centreSplit");
        centre.setDividerPositions(0.57);
        SplitPane.setResizableWithParent(inspection, false);
        root.setCenter(centre);
        // the height goes on the content, not the pane: a folded pane then shrinks to its title bar
        runsView.setPrefHeight(185);
        runsView.setMaxHeight(185);
        TitledPane runsPane = new TitledPane("Runs", runsView);
        runsPane.setId("runsPane");
        root.setRight(lessons.panel());
        // an open lesson takes the inspection views' place beside the chart; folding or closing it gives it back
        lessons.panel().expandedProperty().addListener((o, was, open) -> {
            if (open) {
                centre.getItems().remove(inspection);
            } else if (!centre.getItems().contains(inspection)) {
                centre.getItems().add(inspection);
                centre.setDividerPositions(0.57);
            }
        });
        // an opened lesson folds the run history away, so its text and buttons have the height they need
        lessons.model().lessonProperty().addListener((o, was, now) -> {
            if (now != null) {
                runsPane.setExpanded(false);
            }
        });
        root.setBottom(new VBox(runsPane, new StatusBarView(lab.run())));
        layoutNodes = new LayoutNodes(List.of(centre), List.of(runsPane, inspection.replayPane()));

        // 1400 × 900, or the whole screen when it is smaller (a laptop, the headless test screen)
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(WIDTH, screen.getWidth()), Math.min(HEIGHT, screen.getHeight()));
        scene.getStylesheets().add(LabWindow.class.getResource("epochlab.css").toExternalForm());
        glossary = new GlossaryWindow(stage);
        scripts = new ScriptExportActions(stage, () -> lab.config().configProperty().get());
        files.setOnConfigFile(recent::add);
        LookMenus.install(menus, appearance, recent, files::openRecent, scripts, glossary);
        HelpLinks.install(form, glossary);
        scene.getAccelerators().put(ViewMenu.PRESENTATION_KEY_ALT,
                () -> appearance.setPresentation(!appearance.isPresentation()));
        AfterFirstFrame.run(() -> stage.getIcons().setAll(AppIcons.all())); // decoding 6 PNGs: ~40 ms
        appearance.style(scene);
        stage.setScene(scene);
        stage.setTitle(TITLE);
        stage.setMinWidth(1000);
        stage.setMinHeight(640);
        stage.setOnCloseRequest(e -> {
            close();
            exit.run();
        });
        frames.start();
    }

    /**
     * Builds the window in {@code stage} and shows it.
     *
     * @param exit what closing the window does after the run is stopped ({@code Platform::exit} in the app)
     */
    public static LabWindow open(Stage stage, ExperimentConfig initial, Runnable exit) {
        LabWindow window = create(stage, initial, exit);
        stage.show();
        return window;
    }

    /** Builds the window in {@code stage} without showing it (for pictures of it). */
    public static LabWindow create(Stage stage, ExperimentConfig initial, Runnable exit) {
        return new LabWindow(stage, initial, exit, EngineRun::open);
    }

    /** As {@link #create(Stage, ExperimentConfig, Runnable)}, training with runs that {@code factory} makes. */
    static LabWindow create(Stage stage, ExperimentConfig initial, Runnable exit, TrainingRunFactory factory) {
        return new LabWindow(stage, initial, exit, factory);
    }

    /** Stops any run, the training thread and the frame timer. */
    public void close() {
        frames.stop();
        appearance.dispose();
        lab.run().shutdown();
        inspection.dispose();
        runs.close();
    }

    public LabViewModel lab() {
        return lab;
    }

    public TrainingChartsView chart() {
        return chart;
    }

    /** The look inside the network beside the chart. */
    public InspectionPanel inspection() {
        return inspection;
    }

    public FileActions files() {
        return files;
    }

    public RunHistoryViewModel runs() {
        return runs;
    }

    public RunHistoryView runsView() {
        return runsView;
    }

    /** The Lessons menu, the lesson panel, the epoch strip and the start page. */
    public LessonArea lessons() {
        return lessons;
    }

    public Stage stage() {
        return stage;
    }

    /** Open runs… and Save runs… in the File menu, after Save config. */
    private void addRunSetItems(LabMenuBar menuBar) {
        Menu file = menuBar.getMenus().get(0);
        MenuItem save = new MenuItem("Save runs…");
        save.setId("saveRunsMenuItem");
        save.setOnAction(e -> runsView.saveSet(stage));
        save.disableProperty().bind(Bindings.isEmpty(runs.rows()));
        MenuItem open = new MenuItem("Open runs…");
        open.setId("openRunsMenuItem");
        open.setOnAction(e -> runsView.openSet(stage));
        int at = file.getItems().size();
        for (int i = 0; i < file.getItems().size(); i++) {
            if ("saveConfigMenuItem".equals(file.getItems().get(i).getId())) {
                at = i + 1;
            }
        }
        file.getItems().addAll(at, List.of(new SeparatorMenuItem(), open, save));
    }

    /** Theme and presentation mode of this window and its dialogs. */
    public Appearance appearance() {
        return appearance;
    }

    /** File → Open Recent's list. */
    public RecentFiles recentFiles() {
        return recent;
    }

    public GlossaryWindow glossary() {
        return glossary;
    }

    /** File → Export as PyTorch / Keras script. */
    public ScriptExportActions scriptExports() {
        return scripts;
    }

    /** The split and collapsible panes whose layout the preferences remember. */
    public LayoutNodes layoutNodes() {
        return layoutNodes;
    }

    public ConfigPanel form() {
        return form;
    }

    /** Says what the empty chart is for, until the first run starts. */
    private Label emptyChartHint() {
        Label hint = new Label("Press Train (F5): training and validation loss appear here, one point per epoch.\n"
                + "Step (F10) trains a single epoch; the status line below says what is happening.");
        hint.setId("emptyChartHint");
        hint.getStyleClass().add("chart-hint");
        hint.setWrapText(true);
        hint.setMaxWidth(480);
        hint.setMouseTransparent(true);
        hint.visibleProperty().bind(lab.run().phaseProperty().isEqualTo(RunPhase.IDLE));
        StackPane.setAlignment(hint, Pos.CENTER);
        return hint;
    }

    /**
     * Asks about a change that needs a new run; a field being typed in is asked about when the
     * typing is done (Enter or leaving the field), not at its first keystroke.
     */
    private void askReset(String key, BooleanSupplier stillOpen, Consumer<Boolean> answer) {
        Runnable ask = () -> {
            if (stillOpen.getAsBoolean()) {
                answer.accept(confirmReset(key));
            }
        };
        Node focus = stage.getScene() == null ? null : stage.getScene().getFocusOwner();
        if (!(focus instanceof TextInputControl field) || !field.isFocused()) {
            Platform.runLater(ask);
            return;
        }
        AtomicBoolean done = new AtomicBoolean();
        Runnable once = () -> {
            if (done.compareAndSet(false, true)) {
                Platform.runLater(ask);
            }
        };
        field.focusedProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
                if (!now) {
                    field.focusedProperty().removeListener(this);
                    once.run();
                }
            }
        });
        field.addEventHandler(ActionEvent.ACTION, new EventHandler<>() {
            @Override
            public void handle(ActionEvent e) {
                field.removeEventHandler(ActionEvent.ACTION, this);
                once.run();
            }
        });
    }

    private boolean confirmReset(String key) {
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION);
        ask.initOwner(stage);
        ask.setTitle("Start over?");
        ask.setHeaderText("Changing " + Names.key(key) + " needs a new run");
        ask.setContentText("Only the learning rate, L2 and dropout can change during a run. "
                + "Reset discards the current run and clears the chart; Keep run puts the old value back."
                + (key.equals("epochs") ? "\n\nTo train the same network for longer, keep the run and press "
                        + "Continue (+N epochs)." : ""));
        ButtonType reset = new ButtonType("Reset", ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType("Keep run", ButtonBar.ButtonData.CANCEL_CLOSE);
        ask.getButtonTypes().setAll(reset, keep);
        return ask.showAndWait().orElse(keep) == reset;
    }

    private void showFailure(Throwable error) {
        ExceptionDialog dialog = new ExceptionDialog(error);
        dialog.initOwner(stage);
        dialog.setTitle("The run failed");
        String why = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        dialog.setHeaderText("The run stopped with an error; the epochs so far are kept.\n" + why);
        dialog.show();
    }
}
