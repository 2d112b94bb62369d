package org.epochlab.export.code;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The frameworks an experiment can be exported to, each with the script file it gets. */
public enum ScriptFramework {
    PYTORCH("pytorch", "PyTorch", "train_pytorch.py"),
    KERAS("keras", "Keras", "train_keras.py");

    private final String key;
    private final String displayName;
    private final String scriptFileName;

    ScriptFramework(String key, String displayName, String scriptFileName) {
        this.key = key;
        this.displayName = displayName;
        this.scriptFileName = scriptFileName;
    }

    /** The lower-case name the command line takes ({@code --framework pytorch}). */
    public String key() {
        return key;
    }

    /** The name people use ("PyTorch"), for menus and messages. */
    public String displayName() {
        return displayName;
    }

    public String scriptFileName() {
        return scriptFileName;
    }

    /** The exporter that writes this framework's script. */
    public ScriptExporter exporter() {
        return this == PYTORCH ? new PyTorchScriptExporter() : new KerasScriptExporter();
    }

    /** The framework called {@code key} (any case), if there is one. */
    public static Optional<ScriptFramework> parse(String key) {
        String wanted = key == null ? "" : key.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.key.equals(wanted)).findFirst();
    }

    /** "pytorch, keras", for messages. */
    public static String keys() {
        return String.join(", ", Arrays.stream(values()).map(ScriptFramework::key).toList());
    }
}
