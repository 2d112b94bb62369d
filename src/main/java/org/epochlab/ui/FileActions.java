package org.epochlab.ui;

import java.io.BufferedWriter;
import java.io.File;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import javafx.scene.control.Alert;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

import org.epochlab.engine.EpochRecord;
import org.epochlab.engine.TrainingResult;
import org.epochlab.experiment.ConfigException;
import org.epochlab.experiment.ConfigJson;
import org.epochlab.experiment.ExperimentConfig;
import org.epochlab.experiment.OverfittingReport;
import org.epochlab.export.ChartCaption;
import org.epochlab.export.ChartPngExporter;
import org.epochlab.export.ChartRunSummary;
import org.epochlab.export.HistoryCsv;
import org.epochlab.io.AtomicFiles;
import org.epochlab.ui.chart.TrainingChartsView;
import org.epochlab.ui.config.Names;
import org.epochlab.ui.lab.LabViewModel;
import org.epochlab.ui.run.RunViewModel;
import org.epochlab.ui.theme.Appearance;

/**
 * The File menu's work: open a CSV or a config, save the config as JSON, export the loss chart as
 * PNG (with its caption) and the history as CSV. Every file is written through a temporary file
 * and a move, so a failed write leaves the old file whole; every error names the file.
 */
public final class FileActions {

    private final Stage owner;
    private final LabViewModel lab;
    private final TrainingChartsView chart;
    private File lastFolder;
    private Consumer<Path> onConfigFile = p -> { };

    FileActions(Stage owner, LabViewModel lab, TrainingChartsView chart) {
        this.owner = owner;
        this.lab = lab;
        this.chart = chart;
    }

    // ---- with dialogs ----

    void openCsv() {
        File file = chooser("Open a CSV dataset", "CSV files", "*.csv", "*.csv.gz").showOpenDialog(owner);
        if (file != null) {
            remember(file);
            lab.config().datasetProperty().set(file.getAbsolutePath());
        }
    }

    void openConfig() {
        File file = chooser("Open a config", "Epoch Lab configs (JSON)", "*.json").showOpenDialog(owner);
        if (file != null) {
            remember(file);
            try {
                openConfig(file.toPath());
            } catch (ConfigException e) {
                error("Cannot open " + file.getName(), e.getMessage());
            }
        }
    }

    void saveConfig() {
        ExperimentConfig config = lab.config().configProperty().get();
        if (config == null) {
            error("Nothing to save", "Fix the fields marked in red first: " + String.join("; ",
                    lab.config().problemMessages()));
            return;
        }
        FileChooser c = chooser("Save the config as JSON", "Epoch Lab configs (JSON)", "*.json");
        c.setInitialFileName(baseName(config) + ".json");
        File file = c.showSaveDialog(owner);
        if (file != null) {
            remember(file);
            try {
                saveConfig(file.toPath());
            } catch (IOException e) {
                error("Cannot save " + file.getName(), e.getMessage());
            }
        }
    }

    void exportPng(double scale) {
        if (lab.run().history().isEmpty()) {
            error("Nothing to export", "Train first: the chart is empty.");
            return;
        }
        FileChooser c = chooser("Export the loss chart as PNG", "PNG images", "*.png");
        c.setInitialFileName(baseName(lab.run().runConfig()) + "-loss" + (scale == 1 ? "" : "@" + (int) scale + "x")
                + ".png");
        File file = c.showSaveDialog(owner);
        if (file != null) {
            remember(file);
            try {
                exportPng(file.toPath(), scale);
            } catch (IOException | RuntimeException e) {
                error("Cannot export " + file.getName(), e.getMessage());
            }
        }
    }

    void exportHistory() {
        if (lab.run().history().isEmpty()) {
            error("Nothing to export", "Train first: there is no history yet.");
            return;
        }
        FileChooser c = chooser("Export the history as CSV", "CSV files", "*.csv");
        c.setInitialFileName(baseName(lab.run().runConfig()) + "-history.csv");
        File file = c.showSaveDialog(owner);
        if (file != null) {
            remember(file);
            try {
                exportHistory(file.toPath());
            } catch (IOException e) {
                error("Cannot export " + file.getName(), e.getMessage());
            }
        }
    }

    // ---- the work itself (tests call these) ----

    /** Reads a config file into the form; a run that exists is reset. */
    public void openConfig(Path file) throws ConfigException {
        lab.load(ConfigJson.read(file));
        onConfigFile.accept(file);
    }

    /** Writes the form's config (it must be valid) as JSON. */
    public void saveConfig(Path file) throws IOException {
        AtomicFiles.writeString(file, ConfigJson.write(lab.config().configProperty().get()));
        onConfigFile.accept(file);
    }

    /** Told of every config file opened or saved (File → Open Recent lists them). */
    public void setOnConfigFile(Consumer<Path> listener) {
        onConfigFile = listener == null ? p -> { } : listener;
    }

    /** Opens a config from File → Open Recent, reporting a file that is gone or broken in a dialog. */
    public void openRecent(Path file) {
        try {
            openConfig(file);
        } catch (ConfigException e) {
            error("Cannot open " + file.getFileName(), e.getMessage());
        }
    }

    /** Writes the loss chart as it is now, with its caption, {@code scale} times its size. FX thread. */
    public void exportPng(Path file, double scale) throws IOException {
        // on white whatever the window's theme
        Appearance.inLightTheme(chart.getScene(),
                () -> ChartPngExporter.export(chart.lossChartNode(), caption(), scale, file));
    }

    /** Writes every epoch so far as CSV. */
    public void exportHistory(Path file) throws IOException {
        RunViewModel run = lab.run();
        List<EpochRecord> history = List.copyOf(run.history());
        int hidden = run.runConfig().hiddenLayers().size();
        AtomicFiles.write(file, out -> {
            BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            HistoryCsv.write(history, hidden, w);
            w.flush();
        });
    }

    /** The caption under an exported chart: the run's config and its best, overfitting and stopping epochs. */
    String caption() {
        RunViewModel run = lab.run();
        ExperimentConfig config = run.runConfig() != null ? run.runConfig() : lab.config().configProperty().get();
        if (config == null) {
            return "";
        }
        OverfittingReport report = run.report();
        TrainingResult result = run.lastResult();
        ChartRunSummary summary;
        if (result != null && report != null) {
            summary = ChartRunSummary.of(result, report);
        } else {
            summary = new ChartRunSummary(0, 0, report == null ? 0 : report.bestEpoch(),
                    report == null ? Double.NaN : report.bestValLoss(), report == null ? 0 : report.overfitEpoch(),
                    0, null);
        }
        return ChartCaption.text(config, summary);
    }

    // ---- helpers ----

    private FileChooser chooser(String title, String kind, String... patterns) {
        FileChooser c = new FileChooser();
        c.setTitle(title);
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind, patterns));
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter("All files", "*"));
        if (lastFolder != null && lastFolder.isDirectory()) {
            c.setInitialDirectory(lastFolder);
        }
        return c;
    }

    private void remember(File file) {
        lastFolder = file.getAbsoluteFile().getParentFile();
    }

    private static String baseName(ExperimentConfig config) {
        if (config == null) {
            return "epoch-lab";
        }
        String name = config.name() == null || config.name().isBlank() ? Names.dataset(config.dataset()) : config.name();
        return name.replaceAll("[^A-Za-z0-9._-]+", "-");
    }

    private void error(String header, String message) {
        Alert a = new Alert(Alert.AlertType.ERROR);
        a.initOwner(owner);
        a.setTitle("Epoch Lab");
        a.setHeaderText(header);
        a.setContentText(message);
        a.show();
    }
}
