package org.epochlab.ui.config;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.epochlab.experiment.ExperimentConfig;

/**
 * Copies of an {@link ExperimentConfig} with some keys replaced, by key name. The form edits a
 * dozen of the record's forty keys and must carry the others (from a preset or a loaded file)
 * through unchanged; going through the record's components keeps that true when keys are added.
 */
final class ConfigRecords {

    private static final RecordComponent[] COMPONENTS = ExperimentConfig.class.getRecordComponents();
    private static final Map<String, Integer> INDEX = new HashMap<>();
    private static final Constructor<ExperimentConfig> CANONICAL;

    static {
        Class<?>[] types = new Class<?>[COMPONENTS.length];
        for (int i = 0; i < COMPONENTS.length; i++) {
            INDEX.put(COMPONENTS[i].getName(), i);
            types[i] = COMPONENTS[i].getType();
        }
        try {
            CANONICAL = ExperimentConfig.class.getDeclaredConstructor(types);
        } catch (NoSuchMethodException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private ConfigRecords() {
    }

    /** The Java type of a key's value (int.class, double.class, String.class, ...). */
    static Class<?> type(String key) {
        return COMPONENTS[index(key)].getType();
    }

    /** Every value of {@code config}, in component order. */
    static Object[] values(ExperimentConfig config) {
        Object[] values = new Object[COMPONENTS.length];
        for (int i = 0; i < COMPONENTS.length; i++) {
            try {
                values[i] = COMPONENTS[i].getAccessor().invoke(config);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read config key " + COMPONENTS[i].getName(), e);
            }
        }
        return values;
    }

    static Object get(Object[] values, String key) {
        return values[index(key)];
    }

    static void set(Object[] values, String key, Object value) {
        values[index(key)] = value;
    }

    static ExperimentConfig build(Object[] values) {
        try {
            return CANONICAL.newInstance(Arrays.copyOf(values, values.length));
        } catch (InvocationTargetException e) {
            throw new IllegalArgumentException(e.getCause().getMessage(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build a config", e);
        }
    }

    private static int index(String key) {
        Integer i = INDEX.get(key);
        if (i == null) {
            throw new IllegalArgumentException("no config key " + key);
        }
        return i;
    }
}
