package org.epochlab.experiment;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Enumerated config values as written in files and on the command line: the engine's enum names in
 * lower case ({@code LEAKY_RELU} ↔ {@code "leaky_relu"}).
 */
public final class EnumNames {

    private EnumNames() {
    }

    /** The lower-case name of a constant. */
    public static String of(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    /** Every constant's lower-case name, in declaration order. */
    public static List<String> all(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(EnumNames::of).toList();
    }

    /**
     * The constant whose lower-case name is {@code name}.
     *
     * @throws IllegalArgumentException when there is none (a validated config never gets here)
     */
    public static <E extends Enum<E>> E parse(Class<E> type, String name) {
        for (E constant : type.getEnumConstants()) {
            if (of(constant).equals(name)) {
                return constant;
            }
        }
        throw new IllegalArgumentException("'" + name + "' is not one of " + String.join(", ", all(type)));
    }
}
