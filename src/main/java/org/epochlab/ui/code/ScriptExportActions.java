package org.epochlab.ui.code;

import java.io.File;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;

import org.epochlab.experiment.ExperimentConfig;
import org.epochlab.export.code.ScriptExport;
import org.epochlab.export.code.ScriptFramework;

/**
 * File → Export as PyTorch / Keras script: asks for a folder, writes the script with its data,
 * initial weights and config off the FX thread ({@link ScriptExport}), then lists the written files
 * or shows the error, which names the file.
 */
public final class ScriptExportActions {

    private final Window owner;
    private final Supplier<ExperimentConfig> config;
    private File lastFolder;

    /** @param config the form's config, or null while it is invalid */
    public ScriptExportActions(Window owner, Supplier<ExperimentConfig> config) {
        this.owner = owner;
        this.config = config;
    }

    /** Asks for a folder and exports into it. FX thread. */
    public void export(ScriptFramework framework) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Export as " + framework.displayName() + " script: choose a folder");
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        File folder = chooser.showDialog(owner);
        if (folder != null) {
            lastFolder = folder;
            exportTo(framework, folder.toPath());
        }
    }

    /**
     * Writes the export into {@code folder} on a background thread and reports the result in a
     * dialog. FX thread; the future completes once the files are written (or the export failed).
     */
    public CompletableFuture<ScriptExport.Written> exportTo(ScriptFramework framework, Path folder) {
        ExperimentConfig c = config.get();
        if (c == null) {
            show(Alert.AlertType.ERROR, "Nothing to export", "Fix the fields marked in red first.");
            return CompletableFuture.failedFuture(new IllegalStateException("the config is invalid"));
        }
        CompletableFuture<ScriptExport.Written> done = CompletableFuture.supplyAsync(() -> {
            try {
                return ScriptExport.write(c, framework, folder);
            } catch (Exception e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        });
        done.whenComplete((written, error) -> Platform.runLater(() -> {
            if (error == null) {
                show(Alert.AlertType.INFORMATION, framework.displayName() + " script written",
                        "Wrote in " + folder + ":\n" + written.files().stream()
                                .map(f -> "  " + f.getFileName()).collect(Collectors.joining("\n"))
                                + "\n\nRun it with: python3 " + written.script().getFileName());
            } else {
                Throwable cause = error.getCause() != null ? error.getCause() : error;
                show(Alert.AlertType.ERROR, "Cannot export the " + framework.displayName() + " script to " + folder,
                        cause.getMessage() == null ? cause.toString() : cause.getMessage());
            }
        }));
        return done;
    }

    private void show(Alert.AlertType type, String header, String text) {
        Alert a = new Alert(type);
        a.initOwner(owner);
        a.setTitle("Epoch Lab");
        a.setHeaderText(header);
        a.setContentText(text);
        a.show();
    }
}
