package org.epochlab.experiment.run;

import java.util.Iterator;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Typed access to the members of a JSON object read from a run file, each problem a
 * {@link RunFileException} naming the member by its path ({@code runs[2].history[17].valLoss}).
 *
 * <p>Doubles are written by {@link Double#toString(double)} and read by {@link Double#parseDouble}, so every
 * finite value comes back to the same bits; NaN and the infinities, which JSON numbers cannot hold, are the
 * strings {@code "NaN"}, {@code "Infinity"} and {@code "-Infinity"}.
 */
final class JsonFields {

    private final JsonNode object;
    private final String path;

    private JsonFields(JsonNode object, String path) {
        this.object = object;
        this.path = path;
    }

    /** The object at {@code path}, checked to be an object holding only {@code allowed} members. */
    static JsonFields of(JsonNode node, String path, Set<String> allowed) throws RunFileException {
        if (node == null || !node.isObject()) {
            throw new RunFileException(path + " must be an object, got " + describe(node));
        }
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw new RunFileException((path.isEmpty() ? "the file" : path) + " has an unknown member '" + name
                        + "'");
            }
        }
        return new JsonFields(node, path);
    }

    static void putNumber(ObjectNode node, String name, double value) {
        if (Double.isFinite(value)) {
            node.put(name, value);
        } else {
            node.put(name, Double.toString(value));
        }
    }

    /** A double from a JSON number or one of the strings NaN, Infinity, -Infinity. */
    static double toDouble(JsonNode node, String path) throws RunFileException {
        if (node != null && node.isNumber()) {
            return node.doubleValue();
        }
        if (node != null && node.isTextual()) {
            switch (node.textValue()) {
                case "NaN":
                    return Double.NaN;
                case "Infinity":
                    return Double.POSITIVE_INFINITY;
                case "-Infinity":
                    return Double.NEGATIVE_INFINITY;
                default:
                    break;
            }
        }
        throw new RunFileException(path + " must be a number (or \"NaN\", \"Infinity\", \"-Infinity\"), got "
                + describe(node));
    }

    static int toInt(JsonNode node, String path) throws RunFileException {
        if (node != null && node.isIntegralNumber() && node.canConvertToInt()) {
            return node.intValue();
        }
        throw new RunFileException(path + " must be a whole number, got " + describe(node));
    }

    String path() {
        return path;
    }

    String child(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    JsonNode required(String name) throws RunFileException {
        JsonNode value = object.get(name);
        if (value == null) {
            throw new RunFileException((path.isEmpty() ? "the file" : path) + " has no '" + name + "'");
        }
        return value;
    }

    /** The member, or null when it is absent or JSON null. */
    JsonNode optional(String name) {
        JsonNode value = object.get(name);
        return value == null || value.isNull() ? null : value;
    }

    String text(String name) throws RunFileException {
        JsonNode value = required(name);
        if (!value.isTextual()) {
            throw new RunFileException(child(name) + " must be text, got " + describe(value));
        }
        return value.textValue();
    }

    boolean bool(String name) throws RunFileException {
        JsonNode value = required(name);
        if (!value.isBoolean()) {
            throw new RunFileException(child(name) + " must be true or false, got " + describe(value));
        }
        return value.booleanValue();
    }

    int integer(String name) throws RunFileException {
        return toInt(required(name), child(name));
    }

    /** A whole number ≥ 0. */
    int count(String name) throws RunFileException {
        int value = integer(name);
        if (value < 0) {
            throw new RunFileException(child(name) + " must be ≥ 0, got " + value);
        }
        return value;
    }

    long longInteger(String name) throws RunFileException {
        JsonNode value = required(name);
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            return value.longValue();
        }
        throw new RunFileException(child(name) + " must be a whole number, got " + describe(value));
    }

    double number(String name) throws RunFileException {
        return toDouble(required(name), child(name));
    }

    JsonNode array(String name) throws RunFileException {
        JsonNode value = required(name);
        if (!value.isArray()) {
            throw new RunFileException(child(name) + " must be a list, got " + describe(value));
        }
        return value;
    }

    /** How a value looks in a message: short values verbatim, long ones by their kind. */
    static String describe(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        if (node.isContainerNode()) {
            return node.isArray() ? "a list" : "an object";
        }
        String text = node.toString();
        return text.length() <= 40 ? text : text.substring(0, 37) + "…";
    }
}
