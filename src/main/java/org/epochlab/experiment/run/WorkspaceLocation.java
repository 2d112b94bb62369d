package org.epochlab.experiment.run;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the workspace folder is, first rule that applies:
 * <ol>
 *   <li>the system property {@value #PROPERTY} ({@code -Depochlab.workspace=/path});</li>
 *   <li>the environment variable {@value #ENVIRONMENT};</li>
 *   <li>Windows: {@code %APPDATA%\Epoch Lab} ({@code %USERPROFILE%\AppData\Roaming\Epoch Lab} without APPDATA);</li>
 *   <li>macOS: {@code ~/Library/Application Support/Epoch Lab};</li>
 *   <li>Linux and other systems: {@code $XDG_DATA_HOME/epoch-lab}, or {@code ~/.local/share/epoch-lab} when
 *       XDG_DATA_HOME is unset or not an absolute path (as the XDG base directory specification says).</li>
 * </ol>
 * Blank values count as unset.
 */
public final class WorkspaceLocation {

    public static final String PROPERTY = "epochlab.workspace";
    public static final String ENVIRONMENT = "EPOCHLAB_WORKSPACE";

    private WorkspaceLocation() {
    }

    /** The folder for this JVM's properties and environment. */
    public static Path current() {
        return resolve(System.getProperty(PROPERTY), System.getenv(), System.getProperty("os.name", ""),
                System.getProperty("user.home", "."));
    }

    /**
     * The folder for the given settings (a pure function).
     *
     * @param property    the value of the system property, null if unset
     * @param environment the environment variables
     * @param osName      the {@code os.name} system property
     * @param home        the user's home folder
     */
    public static Path resolve(String property, Map<String, String> environment, String osName, String home) {
        if (isSet(property)) {
            return Path.of(property);
        }
        String variable = environment.get(ENVIRONMENT);
        if (isSet(variable)) {
            return Path.of(variable);
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = environment.get("APPDATA");
            Path roaming = isSet(appData) ? Path.of(appData) : Path.of(home, "AppData", "Roaming");
            return roaming.resolve("Epoch Lab");
        }
        if (os.startsWith("mac")) {
            return Path.of(home, "Library", "Application Support", "Epoch Lab");
        }
        String dataHome = environment.get("XDG_DATA_HOME");
        if (isSet(dataHome) && Path.of(dataHome).isAbsolute()) {
            return Path.of(dataHome, "epoch-lab");
        }
        return Path.of(home, ".local", "share", "epoch-lab");
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
