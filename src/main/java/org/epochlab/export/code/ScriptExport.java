package org.epochlab.export.code;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import org.epochlab.data.DataFormatException;
import org.epochlab.data.Split;
import org.epochlab.engine.NetworkWeights;
import org.epochlab.engine.TrainingSession;
import org.epochlab.experiment.ConfigException;
import org.epochlab.experiment.ConfigJson;
import org.epochlab.experiment.ExperimentConfig;
import org.epochlab.experiment.ExperimentRunner;
import org.epochlab.experiment.PreparedExperiment;
import org.epochlab.experiment.WeightsJson;
import org.epochlab.io.AtomicFiles;
import org.epochlab.io.IoMessages;

/**
 * "Export as PyTorch / Keras script": writes into one folder everything the script needs, each file
 * atomically:
 * <ul>
 *   <li>the script ({@code train_pytorch.py} or {@code train_keras.py});</li>
 *   <li>{@value #DATA_CSV}: the prepared rows with their split ({@link ExportedDataCsv});</li>
 *   <li>{@value #WEIGHTS_INITIAL}: the lab's initial weights for this config, which the script loads with
 *       {@code --lab-weights};</li>
 *   <li>{@value #CONFIG}: the config, which {@code train --config} reads back.</li>
 * </ul>
 * Nothing is trained. The window calls {@link #write(ExperimentConfig, ScriptFramework, Path)} off the FX
 * thread (it reads the dataset); the {@code export-script} command does the same.
 */
public final class ScriptExport {

    public static final String DATA_CSV = "data.csv";
    public static final String WEIGHTS_INITIAL = "weights-initial.json";
    public static final String CONFIG = "config.json";

    private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    /** What was written: the script to run, and every file in the order written. */
    public record Written(Path script, List<Path> files) {
    }

    private ScriptExport() {
    }

    /**
     * Prepares the config (loads, splits and scales its data as a run would) and writes the folder.
     *
     * @throws ConfigException     a key is invalid (the message names it)
     * @throws DataFormatException the data cannot be read (the message names the file and place)
     * @throws IOException         a file cannot be written (the message names it and why)
     */
    public static Written write(ExperimentConfig config, ScriptFramework framework, Path folder)
            throws ConfigException, DataFormatException, IOException {
        return write(ExperimentRunner.prepare(config), framework, folder);
    }

    /** Writes the folder for an experiment already prepared (the same rows a run of it trains on). */
    public static Written write(PreparedExperiment prepared, ScriptFramework framework, Path folder)
            throws IOException {
        createFolder(folder);
        Path data = folder.resolve(DATA_CSV);
        AtomicFiles.write(data, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            ExportedDataCsv.write(prepared, writer);
            writer.flush();
        });
        Path weights = folder.resolve(WEIGHTS_INITIAL);
        AtomicFiles.writeString(weights, JSON.writeValueAsString(WeightsJson.toJson(initialWeights(prepared))) + "\n");
        Path config = folder.resolve(CONFIG);
        AtomicFiles.writeString(config, ConfigJson.write(prepared.config()));
        Path script = folder.resolve(framework.scriptFileName());
        AtomicFiles.writeString(script, framework.exporter().script(prepared));
        return new Written(script, List.of(data, weights, config, script));
    }

    /**
     * The weights a run of this experiment starts from: the engine draws them from {@code initSeed} when it
     * builds the network, before any data is seen, so building the session is enough.
     */
    public static NetworkWeights initialWeights(PreparedExperiment prepared) {
        Split split = prepared.split();
        return new TrainingSession(prepared.trainerConfig(), split.train(), split.validation()).weights();
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
}
