package org.epochlab.experiment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads and writes {@link ExperimentConfig} as JSON: one object, one member per {@link ConfigKey}, in
 * the table's order, pretty-printed. Reading checks {@code schemaVersion}, rejects unknown keys (naming
 * the closest known one) and values of the wrong type (naming the key and the type), and takes the
 * default for every missing key. Ranges are {@link ConfigValidator}'s job.
 */
public final class ConfigJson {

    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private ConfigJson() {
    }

    /** The config as pretty-printed JSON, keys in table order, ending with a newline. */
    public static String write(ExperimentConfig config) {
        try {
            return MAPPER.writeValueAsString(toTree(config)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a config could not be written as JSON", e);
        }
    }

    /** Reads a config file; every problem, including an unreadable file, names the file. */
    public static ExperimentConfig read(Path file) throws ConfigException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ConfigException("config file " + file + " does not exist", e);
        } catch (AccessDeniedException e) {
            throw new ConfigException("config file " + file + " cannot be read: permission denied", e);
        } catch (IOException e) {
            String why = Files.isDirectory(file) ? "it is a folder" : String.valueOf(e.getMessage());
            throw new ConfigException("config file " + file + " cannot be read: " + why, e);
        }
        return read(text, file.toString());
    }

    /**
     * Reads a config from JSON text.
     *
     * @param source what to call the text in messages (a file name)
     */
    public static ExperimentConfig read(String json, String source) throws ConfigException {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new ConfigException(source + where + ": not valid JSON (" + firstLine(e.getOriginalMessage()) + ")", e);
        }
        if (root == null || root.isMissingNode()) {
            throw new ConfigException(source + " is empty; a config is a JSON object such as {\"epochs\": 100}");
        }
        if (!root.isObject()) {
            throw new ConfigException(source + " must hold a JSON object of config keys, got " + root.getNodeType()
                    .name().toLowerCase(Locale.ROOT));
        }
        checkSchemaVersion(root, source);
        ObjectNode merged = toTree(ExperimentConfig.defaults());
        for (Map.Entry<String, JsonNode> field : root.properties()) {
            ConfigKey key = ConfigKey.find(field.getKey())
                    .orElseThrow(() -> new ConfigException(source + ": " + ConfigKey.unknownKeyMessage(field.getKey())));
            merged.set(key.key(), checkedValue(key, field.getValue(), source));
        }
        return fromTree(merged);
    }

    /** Every key of {@code config} as a JSON member, in table order. */
    static ObjectNode toTree(ExperimentConfig config) {
        ObjectNode node = MAPPER.createObjectNode();
        for (ConfigKey key : ConfigKey.values()) {
            node.set(key.key(), MAPPER.valueToTree(key.valueIn(config)));
        }
        return node;
    }

    /** The config of a tree whose every member has been type-checked. */
    static ExperimentConfig fromTree(ObjectNode tree) {
        try {
            return MAPPER.treeToValue(tree, ExperimentConfig.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new IllegalStateException("a type-checked config could not be built: " + e.getMessage(), e);
        }
    }

    static JsonNode checkedValue(ConfigKey key, JsonNode value, String source) throws ConfigException {
        if (!key.type().accepts(value)) {
            if (key.type() == ValueType.INTEGER && value.canConvertToLong() && value.isIntegralNumber()) {
                throw new ConfigException(source + ": " + key.allowed().problem(key.key(), value.longValue()));
            }
            throw new ConfigException(source + ": " + key.key() + " must be " + key.type().noun() + ", got " + value);
        }
        return value;
    }

    private static void checkSchemaVersion(JsonNode root, String source) throws ConfigException {
        JsonNode version = root.get(ConfigKey.SCHEMA_VERSION.key());
        if (version == null) {
            return;
        }
        int supported = ExperimentConfig.SCHEMA_VERSION;
        if (!version.isIntegralNumber() || !version.canConvertToInt()) {
            throw new ConfigException(source + ": schemaVersion must be an integer; this Epoch Lab reads schemaVersion "
                    + supported + ", got " + version);
        }
        int v = version.intValue();
        if (v > supported) {
            throw new ConfigException(source + " has schemaVersion " + v + ", written by a newer Epoch Lab; this one reads"
                    + " schemaVersion " + supported);
        }
        if (v != supported) {
            throw new ConfigException(source + " has schemaVersion " + v + ", which is unknown; this Epoch Lab reads"
                    + " schemaVersion " + supported);
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
