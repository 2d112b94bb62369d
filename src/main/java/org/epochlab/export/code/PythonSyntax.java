package org.epochlab.export.code;

import java.util.List;
import java.util.stream.Collectors;

/** Python literals for values written into a generated script. */
final class PythonSyntax {

    private PythonSyntax() {
    }

    /** A double-quoted string literal; quotes, backslashes and control characters are escaped. */
    static String string(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f || Character.isSurrogate(c) || Character.getType(c) == Character.LINE_SEPARATOR
                            || Character.getType(c) == Character.PARAGRAPH_SEPARATOR) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /**
     * A float literal that reads back to the same double ({@link Double#toString} gives the shortest such
     * digits; Python takes "1.0E-8" as it is, lower case reads better).
     */
    static String number(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("a script constant must be finite, got " + value);
        }
        return Double.toString(value).replace('E', 'e');
    }

    static String bool(boolean value) {
        return value ? "True" : "False";
    }

    static String intList(List<Integer> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(", ", "[", "]"));
    }

    static String stringList(List<String> values) {
        return values.stream().map(PythonSyntax::string).collect(Collectors.joining(", ", "[", "]"));
    }
}
