package org.epochlab.ui.lesson;

import java.util.function.Consumer;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.epochlab.experiment.lesson.Lesson;
import org.epochlab.experiment.lesson.Lessons;

/**
 * The lessons at a glance: each question students ask, one line on what its runs show, and a button that
 * opens it beside the chart. Shown on the first start and from Lessons → All lessons….
 */
final class StartPage {

    private final Stage stage = new Stage();

    StartPage(Window owner, Consumer<Lesson> open) {
        stage.initOwner(owner);
        stage.initModality(Modality.NONE);
        stage.setTitle("Epoch Lab lessons");
        VBox list = new VBox(14);
        list.setId("startPage");
        list.setPadding(new Insets(18));
        Label intro = new Label("Each lesson is a question students ask about epochs, answered by runs you train"
                + " and watch. Open one: it appears beside the chart with what to try, a button per run and, once"
                + " the runs have finished, what they showed.");
        intro.setWrapText(true);
        intro.getStyleClass().add("start-intro");
        list.getChildren().add(intro);
        int number = 1;
        for (Lesson lesson : Lessons.all()) {
            Label title = new Label(number++ + ". " + lesson.title());
            title.setWrapText(true);
            title.getStyleClass().add("start-title");
            Label shows = new Label(lesson.shows() + " (" + lesson.runs().size()
                    + (lesson.runs().size() == 1 ? " run)" : " runs)"));
            shows.setWrapText(true);
            shows.getStyleClass().add("start-shows");
            VBox text = new VBox(3, title, shows);
            HBox.setHgrow(text, Priority.ALWAYS);
            Button openButton = new Button("Open");
            openButton.setId("startOpen-" + lesson.id());
            openButton.setMinWidth(70);
            openButton.setOnAction(e -> {
                stage.hide();
                open.accept(lesson);
            });
            HBox row = new HBox(12, text, openButton);
            row.setAlignment(Pos.CENTER_LEFT);
            row.getStyleClass().add("start-row");
            list.getChildren().add(row);
        }
        ScrollPane scroll = new ScrollPane(list);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        Label later = new Label("Lessons → All lessons… opens this list again.");
        later.getStyleClass().add("start-shows");
        HBox.setHgrow(later, Priority.ALWAYS);
        later.setMaxWidth(Double.MAX_VALUE);
        Button close = new Button("Close");
        close.setId("startClose");
        close.setCancelButton(true); // Esc
        close.setOnAction(e -> stage.hide());
        HBox footer = new HBox(12, later, close);
        footer.setAlignment(Pos.CENTER_LEFT);
        footer.setPadding(new Insets(8, 18, 12, 18));
        Scene scene = new Scene(new VBox(scroll, footer), 640, 720);
        scene.getStylesheets().add(StartPage.class.getResource("lessons.css").toExternalForm());
        stage.setScene(scene);
    }

    void show() {
        stage.show();
        stage.toFront();
    }

    boolean isShowing() {
        return stage.isShowing();
    }

    void hide() {
        stage.hide();
    }
}
