package org.epochlab.experiment.run;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.epochlab.engine.EpochRecord;
import org.epochlab.engine.LayerWeights;
import org.epochlab.engine.NetworkWeights;
import org.epochlab.engine.StopReason;
import org.epochlab.experiment.ConfigException;
import org.epochlab.experiment.ConfigJson;
import org.epochlab.experiment.ExperimentConfig;
import org.epochlab.experiment.WeightsJson;

/**
 * One run as a JSON object, and back. Members: {@code id, name, created} (ISO-8601 instant),
 * {@code stopReason} (completed, early_stopping, diverged, cancelled, failed), {@code interrupted},
 * {@code stoppedEpoch, bestEpoch, overfitEpoch, restoredBest}, {@code test} ({@code {"loss", "accuracy"}} or
 * null), {@code elapsedSeconds}, {@code config} (as {@link ConfigJson} writes it), {@code history} (one object
 * per epoch, members named as {@link EpochRecord}'s components) and {@code finalWeights} (as
 * {@link WeightsJson} writes it, or null).
 */
final class RunJson {

    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static final Set<String> RUN_MEMBERS = Set.of("id", "name", "created", "stopReason", "interrupted",
            "stoppedEpoch", "bestEpoch", "overfitEpoch", "restoredBest", "test", "elapsedSeconds", "config",
            "history", "finalWeights");
    private static final Set<String> EPOCH_MEMBERS = Set.of("epoch", "trainLoss", "trainAccuracy", "valLoss",
            "valAccuracy", "updates", "samplesSeen", "learningRate", "weightNorms", "gradientNorms",
            "distinctNeurons", "meanCosineSimilarity");
    private static final Set<String> SCORE_MEMBERS = Set.of("loss", "accuracy");
    private static final Set<String> WEIGHTS_MEMBERS = Set.of("layers");
    private static final Set<String> LAYER_MEMBERS = Set.of("layer", "inputs", "outputs", "weights", "bias");

    private RunJson() {
    }

    static ObjectNode toJson(RunRecord run) {
        ObjectNode n = NODES.objectNode();
        n.put("id", run.id());
        n.put("name", run.name());
        n.put("created", run.created().toString());
        n.put("stopReason", run.stopReason().key());
        n.put("interrupted", run.interrupted());
        n.put("stoppedEpoch", run.stoppedEpoch());
        n.put("bestEpoch", run.bestEpoch());
        n.put("overfitEpoch", run.overfitEpoch());
        n.put("restoredBest", run.restoredBest());
        if (run.test() == null) {
            n.putNull("test");
        } else {
            ObjectNode test = n.putObject("test");
            JsonFields.putNumber(test, "loss", run.test().loss());
            JsonFields.putNumber(test, "accuracy", run.test().accuracy());
        }
        JsonFields.putNumber(n, "elapsedSeconds", run.elapsedSeconds());
        n.set("config", configToJson(run.config()));
        ArrayNode history = n.putArray("history");
        for (EpochRecord r : run.history()) {
            history.add(epochToJson(r));
        }
        if (run.finalWeights() == null) {
            n.putNull("finalWeights");
        } else {
            n.set("finalWeights", weightsToJson(run.finalWeights()));
        }
        return n;
    }

    static RunRecord fromJson(JsonNode node, String path) throws RunFileException {
        JsonFields f = JsonFields.of(node, path, RUN_MEMBERS);
        String id = f.text("id");
        if (!RunRecord.isRunId(id)) {
            throw new RunFileException(f.child("id") + " must be a run id (a UUID), got \"" + id + "\"");
        }
        String name = f.text("name");
        Instant created = instant(f, "created");
        StopReason stopReason = stopReason(f);
        boolean interrupted = f.bool("interrupted");
        int stoppedEpoch = f.count("stoppedEpoch");
        int bestEpoch = f.count("bestEpoch");
        int overfitEpoch = f.count("overfitEpoch");
        boolean restoredBest = f.bool("restoredBest");
        JsonNode testNode = f.optional("test");
        RunRecord.Score test = testNode == null ? null : score(testNode, f.child("test"));
        double elapsed = f.number("elapsedSeconds");
        ExperimentConfig config = configFromJson(f.required("config"), f.child("config"));
        List<EpochRecord> history = history(f.array("history"), f.child("history"));
        JsonNode weightsNode = f.optional("finalWeights");
        NetworkWeights weights = weightsNode == null ? null : weightsFromJson(weightsNode, f.child("finalWeights"));
        try {
            return new RunRecord(id, name, created, config, history, stopReason, interrupted, stoppedEpoch, bestEpoch,
                    overfitEpoch, restoredBest, test, elapsed, weights);
        } catch (IllegalArgumentException e) {
            throw new RunFileException(path + ": " + e.getMessage(), e);
        }
    }

    static ObjectNode configToJson(ExperimentConfig config) {
        try {
            return (ObjectNode) MAPPER.readTree(ConfigJson.write(config));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a config written as JSON could not be read back", e);
        }
    }

    static ExperimentConfig configFromJson(JsonNode node, String path) throws RunFileException {
        if (!node.isObject()) {
            throw new RunFileException(path + " must be an object, got " + JsonFields.describe(node));
        }
        try {
            return ConfigJson.read(node.toString(), path);
        } catch (ConfigException e) {
            throw new RunFileException(e.getMessage(), e);
        }
    }

    static ObjectNode epochToJson(EpochRecord r) {
        ObjectNode e = NODES.objectNode();
        e.put("epoch", r.epoch());
        JsonFields.putNumber(e, "trainLoss", r.trainLoss());
        JsonFields.putNumber(e, "trainAccuracy", r.trainAccuracy());
        JsonFields.putNumber(e, "valLoss", r.valLoss());
        JsonFields.putNumber(e, "valAccuracy", r.valAccuracy());
        e.put("updates", r.updates());
        e.put("samplesSeen", r.samplesSeen());
        JsonFields.putNumber(e, "learningRate", r.learningRate());
        doubles(e.putArray("weightNorms"), r.weightNorms());
        doubles(e.putArray("gradientNorms"), r.gradientNorms());
        ArrayNode distinct = e.putArray("distinctNeurons");
        r.distinctNeurons().forEach(distinct::add);
        doubles(e.putArray("meanCosineSimilarity"), r.meanCosineSimilarity());
        return e;
    }

    static EpochRecord epochFromJson(JsonNode node, String path) throws RunFileException {
        JsonFields f = JsonFields.of(node, path, EPOCH_MEMBERS);
        return new EpochRecord(f.integer("epoch"), f.number("trainLoss"), f.number("trainAccuracy"),
                f.number("valLoss"), f.number("valAccuracy"), f.longInteger("updates"), f.longInteger("samplesSeen"),
                f.number("learningRate"), doubleList(f.array("weightNorms"), f.child("weightNorms")),
                doubleList(f.array("gradientNorms"), f.child("gradientNorms")),
                intList(f.array("distinctNeurons"), f.child("distinctNeurons")),
                doubleList(f.array("meanCosineSimilarity"), f.child("meanCosineSimilarity")));
    }

    /** The epochs of a history list, checked to run 1, 2, 3, …. */
    static List<EpochRecord> history(JsonNode array, String path) throws RunFileException {
        List<EpochRecord> history = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            String at = path + "[" + i + "]";
            EpochRecord record = epochFromJson(array.get(i), at);
            if (record.epoch() != i + 1) {
                throw new RunFileException(at + ".epoch is " + record.epoch() + ", expected " + (i + 1)
                        + " (epochs run 1, 2, 3, …)");
            }
            history.add(record);
        }
        return history;
    }

    /** The same layout as the weights files a run writes, with NaN and infinities as strings. */
    static ObjectNode weightsToJson(NetworkWeights weights) {
        ObjectNode json = WeightsJson.toJson(weights);
        for (JsonNode layer : json.get("layers")) {
            for (JsonNode row : layer.get("weights")) {
                quoteNonFinite((ArrayNode) row);
            }
            quoteNonFinite((ArrayNode) layer.get("bias"));
        }
        return json;
    }

    static NetworkWeights weightsFromJson(JsonNode node, String path) throws RunFileException {
        JsonFields f = JsonFields.of(node, path, WEIGHTS_MEMBERS);
        JsonNode layersNode = f.array("layers");
        List<LayerWeights> layers = new ArrayList<>(layersNode.size());
        for (int l = 0; l < layersNode.size(); l++) {
            JsonFields layer = JsonFields.of(layersNode.get(l), f.child("layers") + "[" + l + "]", LAYER_MEMBERS);
            int inputs = positive(layer, "inputs");
            int outputs = positive(layer, "outputs");
            JsonNode rows = layer.array("weights");
            if (rows.size() != inputs) {
                throw new RunFileException(layer.child("weights") + " has " + rows.size() + " rows, expected " + inputs
                        + " (one per input)");
            }
            if ((long) inputs * outputs > Integer.MAX_VALUE - 8) {
                throw new RunFileException(layer.path() + " is too large: " + inputs + " × " + outputs);
            }
            double[] w = new double[inputs * outputs];
            for (int i = 0; i < inputs; i++) {
                String rowPath = layer.child("weights") + "[" + i + "]";
                double[] row = doubleArray(rows.get(i), rowPath, outputs);
                System.arraycopy(row, 0, w, i * outputs, outputs);
            }
            double[] bias = doubleArray(layer.array("bias"), layer.child("bias"), outputs);
            layers.add(new LayerWeights(inputs, outputs, w, bias));
        }
        return new NetworkWeights(layers);
    }

    private static int positive(JsonFields f, String name) throws RunFileException {
        int value = f.integer(name);
        if (value < 1) {
            throw new RunFileException(f.child(name) + " must be ≥ 1, got " + value);
        }
        return value;
    }

    private static double[] doubleArray(JsonNode node, String path, int expected) throws RunFileException {
        if (!node.isArray() || node.size() != expected) {
            throw new RunFileException(path + " must be a list of " + expected + " numbers, got "
                    + (node.isArray() ? node.size() + " values" : JsonFields.describe(node)));
        }
        double[] values = new double[expected];
        for (int j = 0; j < expected; j++) {
            values[j] = JsonFields.toDouble(node.get(j), path + "[" + j + "]");
        }
        return values;
    }

    private static void quoteNonFinite(ArrayNode values) {
        for (int i = 0; i < values.size(); i++) {
            double v = values.get(i).doubleValue();
            if (!Double.isFinite(v)) {
                values.set(i, NODES.textNode(Double.toString(v)));
            }
        }
    }

    private static void doubles(ArrayNode array, List<Double> values) {
        for (double v : values) {
            if (Double.isFinite(v)) {
                array.add(v);
            } else {
                array.add(Double.toString(v));
            }
        }
    }

    private static List<Double> doubleList(JsonNode array, String path) throws RunFileException {
        List<Double> values = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            values.add(JsonFields.toDouble(array.get(i), path + "[" + i + "]"));
        }
        return values;
    }

    private static List<Integer> intList(JsonNode array, String path) throws RunFileException {
        List<Integer> values = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            values.add(JsonFields.toInt(array.get(i), path + "[" + i + "]"));
        }
        return values;
    }

    private static RunRecord.Score score(JsonNode node, String path) throws RunFileException {
        JsonFields f = JsonFields.of(node, path, SCORE_MEMBERS);
        return new RunRecord.Score(f.number("loss"), f.number("accuracy"));
    }

    private static Instant instant(JsonFields f, String name) throws RunFileException {
        String text = f.text(name);
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new RunFileException(f.child(name) + " must be a time such as 2026-01-31T09:30:00Z, got \"" + text
                    + "\"", e);
        }
    }

    private static StopReason stopReason(JsonFields f) throws RunFileException {
        String text = f.text("stopReason");
        for (StopReason reason : StopReason.values()) {
            if (reason.key().equals(text)) {
                return reason;
            }
        }
        List<String> keys = new ArrayList<>();
        for (StopReason reason : StopReason.values()) {
            keys.add(reason.key());
        }
        throw new RunFileException(f.child("stopReason") + " must be one of " + String.join(", ", keys) + ", got \""
                + text.toLowerCase(Locale.ROOT) + "\"");
    }
}
