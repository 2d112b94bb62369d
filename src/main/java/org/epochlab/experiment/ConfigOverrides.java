package org.epochlab.experiment;

import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code key=value} assignments, as given to {@code train --set}: the value is read according to the
 * key's {@link ValueType} (numbers, {@code true}/{@code false}, text, {@code null} or an empty value for
 * "none", lists such as {@code 64,64} or {@code [64, 64]} or an empty value for no hidden layer).
 * Ranges are {@link ConfigValidator}'s job.
 */
public final class ConfigOverrides {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ConfigOverrides() {
    }

    /** {@code config} with each assignment applied in order. */
    public static ExperimentConfig apply(ExperimentConfig config, Iterable<String> assignments) throws ConfigException {
        ObjectNode tree = ConfigJson.toTree(config);
        for (String assignment : assignments) {
            int eq = assignment.indexOf('=');
            if (eq <= 0) {
                throw new ConfigException("--set needs key=value, got '" + assignment + "'");
            }
            String name = assignment.substring(0, eq).trim();
            String text = assignment.substring(eq + 1).trim();
            ConfigKey key = ConfigKey.find(name).orElseThrow(
                    () -> new ConfigException(ConfigKey.unknownKeyMessage(name) + " (in --set " + assignment + ")"));
            tree.set(key.key(), parse(key, text));
        }
        return ConfigJson.fromTree(tree);
    }

    /** {@code config} with the given assignments, for code that builds configs ({@code "epochs=300"}). */
    public static ExperimentConfig apply(ExperimentConfig config, String... assignments) throws ConfigException {
        return apply(config, List.of(assignments));
    }

    /** The JSON value of {@code text} for {@code key}, or a message naming the key and the type wanted. */
    static JsonNode parse(ConfigKey key, String text) throws ConfigException {
        try {
            return switch (key.type()) {
                case INTEGER -> NODES.numberNode(parseInteger(key, text));
                case LONG_INTEGER -> NODES.numberNode(Long.parseLong(text));
                case NUMBER -> NODES.numberNode(parseNumber(text));
                case BOOLEAN -> NODES.booleanNode(parseBoolean(text));
                case TEXT -> NODES.textNode(text);
                case OPTIONAL_TEXT -> text.isEmpty() || text.equals("null") ? NODES.nullNode() : NODES.textNode(text);
                case INTEGER_LIST -> parseList(text);
            };
        } catch (NumberFormatException e) {
            throw new ConfigException(key.key() + " must be " + key.type().noun() + ", got '" + text + "'", e);
        }
    }

    /** An int, or for a whole number beyond the int range the key's range message. */
    private static int parseInteger(ConfigKey key, String text) throws ConfigException {
        long value = Long.parseLong(text);
        if (value != (int) value) {
            throw new ConfigException(key.allowed().problem(key.key(), value));
        }
        return (int) value;
    }

    private static double parseNumber(String text) {
        // Double.parseDouble also takes "1d", "0x1p3" and surrounding blanks; a config value is a plain decimal.
        if (!text.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
            throw new NumberFormatException(text);
        }
        return Double.parseDouble(text);
    }

    private static boolean parseBoolean(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new NumberFormatException(text);
        };
    }

    private static ArrayNode parseList(String text) {
        String inner = text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
        ArrayNode list = NODES.arrayNode();
        if (inner.isBlank()) {
            return list;
        }
        for (String element : inner.split(",", -1)) {
            list.add(Integer.parseInt(element.trim()));
        }
        return list;
    }
}
