package org.epochlab.ui.lesson;

import java.util.List;

import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.epochlab.experiment.lesson.Finding;
import org.epochlab.experiment.lesson.Lesson;
import org.epochlab.experiment.lesson.LessonResult;
import org.epochlab.experiment.lesson.LessonRun;
import org.epochlab.experiment.lesson.RunOutcome;
import org.epochlab.experiment.lesson.SweepAxis;
import org.epochlab.export.ChartCaption;
import org.epochlab.ui.chart.SweepChart;

/**
 * The open lesson beside the chart: its question, what to try and look for, a button per run, Run all,
 * other seeds, and at the end what the runs showed, each finding marked seen (✓) or not seen (✗) with the
 * runs' own numbers. Collapses to a narrow bar.
 */
public final class LessonPanel extends VBox {

    static final double WIDTH = 380;

    private final LessonViewModel model;
    private final Runnable export;
    private final Label question = new Label();
    private final Label shows = new Label();
    private final VBox tryThis = new VBox(6);
    private final VBox runButtons = new VBox(4);
    private final Label seeds = new Label();
    private final Label progress = new Label();
    private final VBox findings = new VBox(6);
    private final VBox sweep = new VBox();
    private final VBox body = new VBox(10);
    private final Button collapse = new Button("⟩");
    private final Label heading = new Label("Lesson");
    private final ScrollPane scroll = new ScrollPane(body);
    private final BooleanBinding expanded = visibleProperty().and(body.visibleProperty());

    /** @param export asks for a folder and exports the lesson's charts and worksheet */
    public LessonPanel(LessonViewModel model, Runnable export) {
        this.model = model;
        this.export = export;
        createView();
        initListeners();
        showLesson(model.lessonProperty().get());
    }

    private void createView() {
        setId("lessonPanel");
        getStyleClass().add("lesson-panel");
        setPrefWidth(WIDTH);
        setMinWidth(Region.USE_PREF_SIZE);

        heading.getStyleClass().add("lesson-heading");
        collapse.setId("lessonCollapseButton");
        collapse.setTooltip(new Tooltip("Fold the lesson away, or open it again"));
        collapse.setOnAction(e -> setCollapsed(body.isVisible()));
        Button close = new Button("✕");
        close.setId("lessonCloseButton");
        close.setTooltip(new Tooltip("Close the lesson"));
        close.setOnAction(e -> model.close());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(6, heading, spacer, collapse, close);
        top.setAlignment(Pos.CENTER_LEFT);

        question.setId("lessonQuestion");
        question.getStyleClass().add("lesson-question");
        question.setWrapText(true);
        shows.setId("lessonShows");
        shows.getStyleClass().add("lesson-shows");
        shows.setWrapText(true);
        tryThis.setId("lessonTryThis");
        runButtons.setId("lessonRunButtons");

        Button runAll = new Button("Run all");
        runAll.setId("lessonRunAllButton");
        runAll.setDefaultButton(false);
        runAll.setTooltip(new Tooltip("Trains every run of the lesson, one after the other, with the same seeds,"
                + " and checks what they show"));
        runAll.setOnAction(e -> model.runAll());
        runAll.disableProperty().bind(model.busyProperty());
        Button otherSeeds = new Button("Try other seeds");
        otherSeeds.setId("lessonOtherSeedsButton");
        otherSeeds.setTooltip(new Tooltip("The same runs with other seeds for the split, data, weights and shuffle:"
                + " the lesson must not hang on one lucky draw"));
        otherSeeds.setOnAction(e -> model.otherSeeds());
        otherSeeds.disableProperty().bind(model.busyProperty());
        HBox actions = new HBox(8, runAll, otherSeeds);
        seeds.setId("lessonSeeds");
        seeds.getStyleClass().add("lesson-small");
        seeds.setWrapText(true);
        progress.setId("lessonProgress");
        progress.getStyleClass().add("lesson-progress");
        progress.setWrapText(true);

        findings.setId("lessonFindings");
        Button exportButton = new Button("Export lesson…");
        exportButton.setId("lessonExportButton");
        exportButton.setTooltip(new Tooltip("Writes the lesson's charts (PNG) and its worksheet (lesson.md) with"
                + " these findings to a folder"));
        exportButton.setOnAction(e -> export.run());
        exportButton.disableProperty().bind(model.resultProperty().isNull());

        body.getChildren().addAll(shows, section("Try this, look for that"), tryThis, section("Runs"),
                runButtons, actions, seeds, progress, section("What you should have seen"), findings, sweep,
                exportButton);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("lesson-scroll");
        scroll.visibleProperty().bind(body.visibleProperty());
        scroll.managedProperty().bind(body.visibleProperty());
        question.visibleProperty().bind(body.visibleProperty());
        question.managedProperty().bind(body.visibleProperty());
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(top, question, scroll);
    }

    private void initListeners() {
        model.lessonProperty().addListener((o, was, now) -> showLesson(now));
        model.resultProperty().addListener((o, was, now) -> showResult(now));
        model.seedsProperty().addListener((o, was, now) -> seeds.setText("Seeds: " + now));
        progress.textProperty().bind(model.progressProperty());
        seeds.setText("Seeds: " + model.seedsProperty().get());
    }

    /** Folds the panel to its heading bar, or opens it again. */
    public void setCollapsed(boolean collapsed) {
        body.setVisible(!collapsed);
        heading.setVisible(!collapsed);
        heading.setManaged(!collapsed);
        collapse.setText(collapsed ? "⟨" : "⟩");
        setPrefWidth(collapsed ? Region.USE_COMPUTED_SIZE : WIDTH);
    }

    /** Whether a lesson is open and not folded away: then it takes the space beside the chart. */
    public BooleanBinding expandedProperty() {
        return expanded;
    }

    public boolean isCollapsed() {
        return !body.isVisible();
    }

    private void showLesson(Lesson lesson) {
        setVisible(lesson != null);
        setManaged(lesson != null);
        tryThis.getChildren().clear();
        runButtons.getChildren().clear();
        if (lesson == null) {
            return;
        }
        setCollapsed(false);
        question.setText(lesson.title());
        shows.setText("Shows: " + lesson.shows() + ".");
        for (String line : lesson.tryThis()) {
            Label l = new Label("• " + line);
            l.setWrapText(true);
            tryThis.getChildren().add(l);
        }
        List<LessonRun> runs = lesson.runs();
        for (int i = 0; i < runs.size(); i++) {
            int index = i;
            Button b = new Button("Run: " + runs.get(i).label());
            b.setId("lessonRun-" + i);
            b.setMaxWidth(Double.MAX_VALUE);
            b.setAlignment(Pos.CENTER_LEFT);
            b.setTooltip(new Tooltip("Loads the preset " + runs.get(i).presetName() + " into the form and trains it"));
            b.setOnAction(e -> model.run(index));
            b.disableProperty().bind(model.busyProperty());
            runButtons.getChildren().add(b);
        }
        showResult(model.resultProperty().get());
    }

    private void showResult(LessonResult result) {
        findings.getChildren().clear();
        sweep.getChildren().clear();
        if (result == null) {
            Label hint = new Label("Press Run all: when every run has finished, the lesson checks here what they"
                    + " show, with their own numbers.");
            hint.setWrapText(true);
            hint.getStyleClass().add("lesson-small");
            findings.getChildren().add(hint);
            return;
        }
        for (Finding f : result.findings()) {
            Label l = new Label((f.seen() ? "✓ seen: " : "✗ not seen: ") + f.text());
            l.setWrapText(true);
            l.getStyleClass().add(f.seen() ? "finding-seen" : "finding-not-seen");
            findings.getChildren().add(l);
        }
        result.lesson().sweepAxis().ifPresent(axis -> sweep.getChildren().add(sweepChart(result, axis)));
        // the findings are what the student waited for: scroll them into view once they are laid out
        scroll.applyCss();
        scroll.layout();
        scroll.setVvalue(scroll.getVmax());
    }

    private static Region sweepChart(LessonResult result, SweepAxis axis) {
        List<RunOutcome> outcomes = result.outcomes();
        int n = outcomes.size();
        double[] train = new double[n];
        double[] val = new double[n];
        double[] best = new double[n];
        for (int i = 0; i < n; i++) {
            train[i] = outcomes.get(i).last().trainLoss();
            val[i] = outcomes.get(i).last().valLoss();
            best[i] = outcomes.get(i).report().bestValLoss();
        }
        SweepChart chart = new SweepChart("Loss against " + axis.label(), axis.label(),
                ChartCaption.lossAxisLabel(outcomes.get(0).config().outputLoss()), axis.values(), axis.log2(), train,
                val, best);
        Region node = chart.node();
        node.setId("lessonSweepChart");
        node.setPrefHeight(300);
        return node;
    }

    private static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("lesson-section");
        return l;
    }
}
