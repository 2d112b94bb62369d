package org.epochlab.export;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import org.epochlab.engine.NetworkWeights;
import org.epochlab.engine.TrainingResult;
import org.epochlab.experiment.ConfigJson;
import org.epochlab.experiment.ExperimentConfig;
import org.epochlab.experiment.OverfittingReport;
import org.epochlab.experiment.WeightsJson;
import org.epochlab.io.AtomicFiles;
import org.epochlab.io.IoMessages;

/**
 * The five files of a finished run, each written atomically into one folder: {@value #CONFIG}
 * (loadable again with {@code train --config}), {@value #HISTORY}, {@value #SUMMARY},
 * {@value #WEIGHTS_INITIAL} and {@value #WEIGHTS_FINAL}.
 */
public final class RunFiles {

    public static final String CONFIG = "config.json";
    public static final String HISTORY = "history.csv";
    public static final String SUMMARY = "summary.json";
    public static final String WEIGHTS_INITIAL = "weights-initial.json";
    public static final String WEIGHTS_FINAL = "weights-final.json";

    /** Every file a run writes, in the order written. */
    public static final List<String> ALL = List.of(CONFIG, HISTORY, SUMMARY, WEIGHTS_INITIAL, WEIGHTS_FINAL);

    private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private RunFiles() {
    }

    /**
     * Creates {@code folder} if needed and writes the five files into it, replacing earlier ones.
     *
     * @throws IOException naming the folder or file that could not be written
     */
    public static void write(Path folder, ExperimentConfig config, TrainingResult result, OverfittingReport report,
                             double elapsedSeconds) throws IOException {
        createFolder(folder);
        AtomicFiles.writeString(folder.resolve(CONFIG), ConfigJson.write(config));
        AtomicFiles.write(folder.resolve(HISTORY), out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            HistoryCsv.write(result.history(), config.hiddenLayers().size(), writer);
            writer.flush();
        });
        writeJson(folder.resolve(SUMMARY), SummaryJson.toJson(config, result, report, elapsedSeconds));
        writeWeights(folder.resolve(WEIGHTS_INITIAL), result.initialWeights());
        writeWeights(folder.resolve(WEIGHTS_FINAL), result.finalWeights());
    }

    private static void createFolder(Path folder) throws IOException {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new IOException("cannot write to " + folder + ": it is a file, not a folder");
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new IOException("cannot create the folder " + folder + ": " + IoMessages.reason(e), e);
        }
    }

    private static void writeWeights(Path file, NetworkWeights weights) throws IOException {
        if (weights != null) {
            writeJson(file, WeightsJson.toJson(weights));
        }
    }

    private static void writeJson(Path file, JsonNode json) throws IOException {
        AtomicFiles.writeString(file, JSON.writeValueAsString(json) + "\n");
    }
}
