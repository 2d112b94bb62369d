package org.epochlab.export.code;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Python script kept as a resource beside this class, with {@code {{NAME}}} slots filled in by
 * {@link #fill}. Every slot must be given a value and every value must have a slot, so a template and its
 * exporter cannot drift apart silently. (Python code itself never writes two braces in a row here.)
 */
final class ScriptTemplate {

    private static final Pattern SLOT = Pattern.compile("\\{\\{([A-Z_0-9]+)}}");

    private final String name;
    private final String text;
    private final Map<String, String> values = new LinkedHashMap<>();

    private ScriptTemplate(String name, String text) {
        this.name = name;
        this.text = text;
    }

    static ScriptTemplate load(String resource) {
        try (InputStream in = ScriptTemplate.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("script template " + resource + " is missing from the class path");
            }
            return new ScriptTemplate(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read script template " + resource, e);
        }
    }

    ScriptTemplate with(String slot, String value) {
        values.put(slot, value);
        return this;
    }

    /** The text with every slot replaced; a slot without a value, or a value without a slot, is a bug. */
    String fill() {
        Matcher m = SLOT.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 1024);
        Set<String> used = new HashSet<>();
        while (m.find()) {
            String slot = m.group(1);
            String value = values.get(slot);
            if (value == null) {
                throw new IllegalStateException(name + ": no value for {{" + slot + "}}");
            }
            used.add(slot);
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        for (String slot : values.keySet()) {
            if (!used.contains(slot)) {
                throw new IllegalStateException(name + ": no slot {{" + slot + "}} for the value given");
            }
        }
        return out.toString();
    }
}
