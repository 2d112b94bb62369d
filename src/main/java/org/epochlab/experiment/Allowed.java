package org.epochlab.experiment;

import java.util.List;
import java.util.Objects;

/**
 * The values a config key accepts: the "allowed" column of the key table and the validator's check.
 * Each check is a few comparisons, cheap enough to run on every keystroke.
 */
public sealed interface Allowed {

    /** The allowed values in words, e.g. "1 to 100000", "in (0, 10]", "one of sgd, adam". */
    String describe();

    /** A sentence naming {@code key} and what is allowed, or null when {@code value} is allowed. */
    String problem(String key, Object value);

    static Allowed integers(long min, long max) {
        return new IntegerRange(min, max);
    }

    /** min ≤ x ≤ max, or with {@code minOpen}/{@code maxOpen} the bound itself excluded; never NaN. */
    static Allowed numbers(double min, boolean minOpen, double max, boolean maxOpen) {
        return new NumberRange(min, minOpen, max, maxOpen);
    }

    static Allowed oneOf(List<String> values) {
        return new Choice(List.copyOf(values));
    }

    static Allowed anything(String description) {
        return new Anything(description);
    }

    /** Text; {@code optional} allows null (none), {@code nonBlank} requires a visible character. */
    static Allowed text(boolean optional, boolean nonBlank) {
        return new Text(optional, nonBlank);
    }

    static Allowed layers(int maxLayers, int minUnits, int maxUnits) {
        return new Layers(maxLayers, minUnits, maxUnits);
    }

    private static String got(Object value) {
        return value instanceof String s ? "'" + s + "'" : String.valueOf(value);
    }

    record IntegerRange(long min, long max) implements Allowed {
        @Override
        public String describe() {
            if (min == max) {
                return Long.toString(min);
            }
            return max == Long.MAX_VALUE ? "≥ " + min : min + " to " + max;
        }

        @Override
        public String problem(String key, Object value) {
            long v = ((Number) value).longValue();
            if (v >= min && v <= max) {
                return null;
            }
            return min == max ? key + " must be " + min + ", got " + v
                    : key + " must be an integer from " + describe() + ", got " + v;
        }
    }

    record NumberRange(double min, boolean minOpen, double max, boolean maxOpen) implements Allowed {
        @Override
        public String describe() {
            return "in " + (minOpen ? "(" : "[") + plain(min) + ", " + plain(max) + (maxOpen ? ")" : "]");
        }

        @Override
        public String problem(String key, Object value) {
            double v = ((Number) value).doubleValue();
            boolean aboveMin = minOpen ? v > min : v >= min;
            boolean belowMax = maxOpen ? v < max : v <= max;
            return aboveMin && belowMax ? null : key + " must be " + describe() + ", got " + v;
        }

        private static String plain(double bound) {
            return bound == Math.rint(bound) ? Long.toString((long) bound) : Double.toString(bound);
        }
    }

    record Choice(List<String> values) implements Allowed {
        @Override
        public String describe() {
            return "one of " + String.join(", ", values);
        }

        @Override
        public String problem(String key, Object value) {
            return value != null && values.contains(value) ? null : key + " must be " + describe() + "; got " + got(value);
        }
    }

    record Anything(String description) implements Allowed {
        @Override
        public String describe() {
            return description;
        }

        @Override
        public String problem(String key, Object value) {
            return null;
        }
    }

    record Text(boolean optional, boolean nonBlank) implements Allowed {
        @Override
        public String describe() {
            String text = nonBlank ? "non-empty text" : "any text";
            return optional ? text + ", or null for none" : text;
        }

        @Override
        public String problem(String key, Object value) {
            if (value == null) {
                return optional ? null : key + " must be " + describe() + ", got nothing";
            }
            return nonBlank && ((String) value).isBlank() ? key + " must be " + describe() + ", got " + got(value) : null;
        }
    }

    record Layers(int maxLayers, int minUnits, int maxUnits) implements Allowed {
        @Override
        public String describe() {
            return "0 to " + maxLayers + " layers of " + minUnits + " to " + maxUnits + " units";
        }

        @Override
        public String problem(String key, Object value) {
            List<?> layers = (List<?>) value;
            if (layers.size() > maxLayers) {
                return key + " must have at most " + maxLayers + " layers, got " + layers.size();
            }
            for (int i = 0; i < layers.size(); i++) {
                Object units = layers.get(i);
                if (!(units instanceof Integer n) || n < minUnits || n > maxUnits) {
                    return key + ": layer " + (i + 1) + " must have " + minUnits + " to " + maxUnits + " units, got "
                            + Objects.toString(units);
                }
            }
            return null;
        }
    }
}
