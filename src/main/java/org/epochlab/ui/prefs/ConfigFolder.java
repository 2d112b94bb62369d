package org.epochlab.ui.prefs;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the app keeps its preferences: the system property {@value #PROPERTY} when set; otherwise
 * Windows {@code %APPDATA%\Epoch Lab}, macOS {@code ~/Library/Application Support/Epoch Lab}, and
 * elsewhere {@code $XDG_CONFIG_HOME/epoch-lab} or {@code ~/.config/epoch-lab}.
 */
public final class ConfigFolder {

    public static final String PROPERTY = "epochlab.config";

    private ConfigFolder() {
    }

    /** The folder for this JVM's properties and environment. */
    public static Path resolve() {
        return resolve(System.getProperty(PROPERTY), System.getProperty("os.name", ""),
                System.getProperty("user.home", "."), System.getenv());
    }

    /** The folder for the given override (may be null), OS name, home folder and environment. */
    public static Path resolve(String override, String osName, String home, Map<String, String> env) {
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            return (appData == null || appData.isBlank() ? Path.of(home, "AppData", "Roaming") : Path.of(appData))
                    .resolve("Epoch Lab");
        }
        if (os.startsWith("mac")) {
            return Path.of(home, "Library", "Application Support", "Epoch Lab");
        }
        String xdg = env.get("XDG_CONFIG_HOME");
        // the XDG spec: a relative $XDG_CONFIG_HOME is invalid and is ignored
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "epoch-lab");
        }
        return Path.of(home, ".config", "epoch-lab");
    }
}
