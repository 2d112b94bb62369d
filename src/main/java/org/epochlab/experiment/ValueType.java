package org.epochlab.experiment;

import com.fasterxml.jackson.databind.JsonNode;

/** The JSON shape of a config value, and how a {@code --set} value of that shape is written. */
public enum ValueType {
    INTEGER("an integer"),
    LONG_INTEGER("an integer"),
    NUMBER("a number"),
    BOOLEAN("true or false"),
    TEXT("a string"),
    OPTIONAL_TEXT("a string or null"),
    INTEGER_LIST("a list of integers");

    private final String noun;

    ValueType(String noun) {
        this.noun = noun;
    }

    /** What a value of this type is, for messages: "an integer", "a list of integers". */
    public String noun() {
        return noun;
    }

    /** Whether a JSON value has this shape (range is not checked here). */
    public boolean accepts(JsonNode node) {
        return switch (this) {
            case INTEGER -> node.isIntegralNumber() && node.canConvertToInt();
            case LONG_INTEGER -> node.isIntegralNumber() && node.canConvertToLong();
            case NUMBER -> node.isNumber();
            case BOOLEAN -> node.isBoolean();
            case TEXT -> node.isTextual();
            case OPTIONAL_TEXT -> node.isTextual() || node.isNull();
            case INTEGER_LIST -> node.isArray() && allIntegers(node);
        };
    }

    private static boolean allIntegers(JsonNode array) {
        for (JsonNode element : array) {
            if (!element.isIntegralNumber() || !element.canConvertToInt()) {
                return false;
            }
        }
        return true;
    }
}
