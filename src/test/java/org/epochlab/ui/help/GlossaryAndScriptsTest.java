package org.epochlab.ui.help;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.scene.control.Label;
import javafx.stage.Stage;

import org.epochlab.experiment.ExperimentConfig;
import org.epochlab.export.code.ScriptExport;
import org.epochlab.export.code.ScriptFramework;
import org.epochlab.ui.LabWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The "?" links open the glossary at their word; File → Export as script writes its files. */
@ExtendWith(ApplicationExtension.class)
class GlossaryAndScriptsTest {

    private LabWindow window;

    @Start
    void start(Stage stage) {
        window = LabWindow.open(stage, ExperimentConfig.defaults(), () -> { });
    }

    @AfterEach
    void closeWindow() throws TimeoutException {
        WaitForAsyncUtils.asyncFx(() -> window.close());
        WaitForAsyncUtils.waitForFxEvents();
        FxToolkit.cleanupStages();
    }

    @Test
    void theQuestionMarkBesideEpochsOpensTheGlossaryAtEpoch(FxRobot robot) {
        var link = robot.lookup("#" + HelpLinks.linkId("Epochs")).queryAs(javafx.scene.control.Hyperlink.class);
        robot.interact(() -> window.form().reveal(link));

        robot.clickOn(link);

        assertThat(fx(() -> window.glossary().isShowing())).isTrue();
        assertThat(fx(() -> window.glossary().shownTerm())).isEqualTo(GlossaryTerm.EPOCH);
        assertThat(robot.lookup("#glossaryText").queryAs(Label.class).getText()).contains("one pass over");
    }

    @Test
    void theQuestionMarkBesideLearningRateMovesAnOpenGlossaryToThatTerm(FxRobot robot) {
        robot.interact(() -> window.glossary().show(GlossaryTerm.SYMMETRY));

        robot.interact(() -> robot.lookup("#" + HelpLinks.linkId("Learning rate"))
                .queryAs(javafx.scene.control.Hyperlink.class).fire());

        assertThat(fx(() -> window.glossary().shownTerm())).isEqualTo(GlossaryTerm.LEARNING_RATE);
        assertThat(robot.lookup("#glossaryHeading").queryAs(Label.class).getText()).isEqualTo("Learning rate");
    }

    @Test
    void f1InAFormFieldOpensTheGlossaryAtThatFieldsTerm(FxRobot robot) {
        Label row = robot.lookup(".label").match((Label l) -> "Learning rate".equals(l.getText())
                && l.getLabelFor() != null).queryAs(Label.class);
        javafx.scene.Node field = row.getLabelFor();
        robot.interact(() -> {
            window.form().reveal(field);
            field.requestFocus();
        });

        robot.type(javafx.scene.input.KeyCode.F1);

        assertThat(fx(() -> window.glossary().isShowing())).isTrue();
        assertThat(fx(() -> window.glossary().shownTerm())).isEqualTo(GlossaryTerm.LEARNING_RATE);
    }

    @Test
    void everyTermOfTheGlossaryIsLinkedFromTheFormOrHasItsOwnPage() {
        assertThat(GlossaryTerm.values()).extracting(GlossaryTerm::text).allSatisfy(t -> assertThat(t).hasSizeGreaterThan(80));
        assertThat(HelpLinks.TERMS.values()).contains(GlossaryTerm.EPOCH, GlossaryTerm.BATCH,
                GlossaryTerm.LEARNING_RATE, GlossaryTerm.EARLY_STOPPING, GlossaryTerm.SYMMETRY,
                GlossaryTerm.REGULARIZATION, GlossaryTerm.INITIALIZATION);
    }

    @Test
    void exportAsPyTorchScriptWritesTheScriptItsDataWeightsAndConfig(FxRobot robot, @TempDir Path dir)
            throws Exception {
        Path folder = dir.resolve("pytorch");

        ScriptExport.Written written = fx(() -> window.scriptExports().exportTo(ScriptFramework.PYTORCH, folder))
                .get(60, TimeUnit.SECONDS);

        assertThat(written.script()).isEqualTo(folder.resolve("train_pytorch.py"));
        assertThat(folder.resolve("train_pytorch.py")).content().contains("import torch");
        assertThat(Files.size(folder.resolve(ScriptExport.DATA_CSV))).isPositive();
        assertThat(folder.resolve(ScriptExport.WEIGHTS_INITIAL)).exists();
        assertThat(folder.resolve(ScriptExport.CONFIG)).exists();
    }

    @Test
    void anExportThatCannotWriteFailsNamingThePlace(FxRobot robot, @TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("taken"), "a file, not a folder");

        var done = fx(() -> window.scriptExports().exportTo(ScriptFramework.KERAS, file));

        assertThat(done).failsWithin(60, TimeUnit.SECONDS).withThrowableThat().withMessageContaining(file.toString());
    }

    private static <T> T fx(Callable<T> c) {
        return WaitForAsyncUtils.waitForAsyncFx(10_000, c);
    }
}
