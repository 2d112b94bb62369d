package org.epochlab.ui.prefs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.core.json.JsonReadFeature;

import org.epochlab.experiment.ConfigException;
import org.epochlab.experiment.ConfigJson;
import org.epochlab.experiment.ExperimentConfig;
import org.epochlab.io.AtomicFiles;

/**
 * Reads and writes the preferences ({@value #PREFERENCES}) and the last config ({@value #LAST_CONFIG})
 * in one folder. A missing file means nothing is remembered; a bad or unreadable one is ignored with
 * one log line, never fatal. Files are written atomically.
 */
public final class PreferencesStore {

    public static final String PREFERENCES = "preferences.json";
    public static final String LAST_CONFIG = "last-config.json";

    private static final Logger LOG = Logger.getLogger(PreferencesStore.class.getName());
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .build();

    private final Path folder;

    public PreferencesStore(Path folder) {
        this.folder = folder;
    }

    /** The store in the user's standard config folder ({@link ConfigFolder}). */
    public static PreferencesStore standard() {
        return new PreferencesStore(ConfigFolder.resolve());
    }

    public Path folder() {
        return folder;
    }

    /** The remembered preferences, or the defaults when there are none or they cannot be read. */
    public LabPreferences load() {
        Path file = folder.resolve(PREFERENCES);
        if (!Files.isRegularFile(file)) {
            return LabPreferences.defaults();
        }
        try {
            LabPreferences p = JSON.readValue(Files.readString(file), LabPreferences.class);
            return p == null ? LabPreferences.defaults() : p;
        } catch (IOException | RuntimeException e) {
            LOG.warning(() -> "ignoring the preferences in " + file + ": " + firstLine(e));
            return LabPreferences.defaults();
        }
    }

    /** The config of the last session, if one was saved and still reads as a valid config. */
    public Optional<ExperimentConfig> loadLastConfig() {
        Path file = folder.resolve(LAST_CONFIG);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(ConfigJson.read(file));
        } catch (ConfigException | RuntimeException e) {
            LOG.warning(() -> "ignoring the last config in " + file + ": " + firstLine(e));
            return Optional.empty();
        }
    }

    /** Writes both files; a failure is logged (losing preferences must not stop the app closing). */
    public void save(LabPreferences preferences, ExperimentConfig lastConfig) {
        try {
            Files.createDirectories(folder);
            AtomicFiles.writeString(folder.resolve(PREFERENCES), JSON.writeValueAsString(preferences) + "\n");
            if (lastConfig != null) {
                AtomicFiles.writeString(folder.resolve(LAST_CONFIG), ConfigJson.write(lastConfig));
            }
        } catch (JsonProcessingException e) {
            LOG.log(Level.WARNING, "cannot write the preferences", e);
        } catch (IOException e) {
            LOG.warning(() -> "cannot write the preferences to " + folder + ": " + firstLine(e));
        }
    }

    private static String firstLine(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
