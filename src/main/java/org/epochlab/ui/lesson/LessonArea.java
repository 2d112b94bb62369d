package org.epochlab.ui.lesson;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Executor;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.Alert;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.DirectoryChooser;
import javafx.stage.Stage;

import org.epochlab.experiment.lesson.Lesson;
import org.epochlab.experiment.lesson.LessonResult;
import org.epochlab.experiment.lesson.Lessons;
import org.epochlab.ui.chart.TrainingChartsView;
import org.epochlab.ui.lab.LabViewModel;

/**
 * The lessons in the window: the Lessons menu, the start page, the lesson panel beside the chart, the epoch
 * strip under it, and the export of a lesson for a worksheet. FX thread only.
 */
public final class LessonArea {

    private static final String STYLESHEET = LessonArea.class.getResource("lessons.css").toExternalForm();

    private final Stage owner;
    private final LessonViewModel model;
    private final LessonPanel panel;
    private final EpochStrip strip;
    private final Menu menu = new Menu("_Lessons");
    private final BooleanProperty stripShown = new SimpleBooleanProperty(this, "stripShown", false);
    private StartPage startPage;
    private File lastFolder;

    /** @param later runs a step after the current event ({@code Platform::runLater}) */
    public LessonArea(Stage owner, LabViewModel lab, TrainingChartsView chart, Executor later) {
        this.owner = owner;
        this.model = new LessonViewModel(lab, chart, later);
        this.panel = new LessonPanel(model, this::export);
        this.strip = new EpochStrip(() -> lab.run().epochProgress());
        panel.getStylesheets().add(STYLESHEET);
        strip.getStylesheets().add(STYLESHEET);
        strip.visibleProperty().bind(stripShown);
        strip.managedProperty().bind(stripShown);
        model.lessonProperty().addListener((o, was, now) -> {
            if (now != null) {
                stripShown.set(true);
            }
        });
        buildMenu();
    }

    private void buildMenu() {
        menu.setId("lessonsMenu");
        for (Lesson lesson : Lessons.all()) {
            MenuItem item = new MenuItem(lesson.title());
            item.setId("lesson-" + lesson.id());
            item.setOnAction(e -> open(lesson));
            menu.getItems().add(item);
        }
        MenuItem all = new MenuItem("All lessons…");
        all.setId("allLessonsMenuItem");
        all.setOnAction(e -> showStartPage());
        MenuItem export = new MenuItem("Export lesson…");
        export.setId("exportLessonMenuItem");
        export.setOnAction(e -> export());
        export.disableProperty().bind(model.resultProperty().isNull());
        CheckMenuItem showStrip = new CheckMenuItem("Show the epoch strip");
        showStrip.setId("epochStripMenuItem");
        showStrip.selectedProperty().bindBidirectional(stripShown);
        MenuItem close = new MenuItem("Close lesson");
        close.setId("closeLessonMenuItem");
        close.setOnAction(e -> model.close());
        close.disableProperty().bind(model.lessonProperty().isNull());
        menu.getItems().addAll(new SeparatorMenuItem(), all, export, showStrip, close);
    }

    public Menu menu() {
        return menu;
    }

    public LessonPanel panel() {
        return panel;
    }

    public EpochStrip epochStrip() {
        return strip;
    }

    public LessonViewModel model() {
        return model;
    }

    /** Opens {@code lesson} beside the chart. */
    public void open(Lesson lesson) {
        model.open(lesson);
        panel.setCollapsed(false);
    }

    /** The list of lessons, each with a button to open it. */
    public void showStartPage() {
        if (startPage == null) {
            startPage = new StartPage(owner, this::open);
        }
        startPage.show();
    }

    /** Whether the start page is on screen. */
    public boolean isStartPageShowing() {
        return startPage != null && startPage.isShowing();
    }

    /** Called once per frame. */
    public void onFrame() {
        strip.onFrame();
    }

    /**
     * Writes the lesson trained last (every run finished with the current seeds) to {@code folder}: its charts
     * as PNG and {@code lesson.md} with these runs' findings. FX thread.
     *
     * @throws IllegalStateException when the lesson's runs have not all finished
     */
    public void exportTo(Path folder, double scale) throws IOException {
        LessonResult result = model.resultProperty().get();
        if (result == null) {
            throw new IllegalStateException("train every run of the lesson first (Run all)");
        }
        LessonExport.write(result, folder, scale);
    }

    private void export() {
        LessonResult result = model.resultProperty().get();
        if (result == null) {
            error("Nothing to export", "Open a lesson and press Run all first: the worksheet holds what its runs"
                    + " showed.");
            return;
        }
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Export lesson " + result.lesson().id() + ": choose a folder");
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        File folder = chooser.showDialog(owner);
        if (folder == null) {
            return;
        }
        lastFolder = folder;
        try {
            exportTo(folder.toPath(), 2);
            Alert done = new Alert(Alert.AlertType.INFORMATION);
            done.initOwner(owner);
            done.setTitle("Lesson exported");
            done.setHeaderText("Wrote " + folder.toPath().resolve("lesson.md"));
            done.setContentText("with its charts (PNG, 2×) and every run's files in a folder named after its preset.");
            done.show();
        } catch (IOException | RuntimeException e) {
            error("Cannot export the lesson to " + folder, e.getMessage());
        }
    }

    private void error(String header, String text) {
        Alert a = new Alert(Alert.AlertType.ERROR);
        a.initOwner(owner);
        a.setTitle("Epoch Lab");
        a.setHeaderText(header);
        a.setContentText(text);
        a.show();
    }
}
