package org.epochlab.ui.prefs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.epochlab.experiment.ExperimentConfig;
import org.epochlab.experiment.Presets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Preferences and the last config survive a write and a read; broken files are ignored. */
class PreferencesStoreTest {

    @TempDir
    Path dir;

    @Test
    void sizeThemeRecentFilesAndTheLastConfigComeBackAsWritten() {
        PreferencesStore store = new PreferencesStore(dir.resolve("epoch-lab"));
        LabPreferences prefs = new LabPreferences(LabPreferences.SCHEMA_VERSION, 40, 30, 1234, 777, true, "dark",
                true, List.of("/tmp/a.json", "/tmp/b.json"));
        ExperimentConfig config = Presets.find("overfitting").orElseThrow().config();

        store.save(prefs, config);
        PreferencesStore again = new PreferencesStore(dir.resolve("epoch-lab"));

        assertThat(again.load()).isEqualTo(prefs);
        assertThat(again.loadLastConfig()).contains(config);
    }

    @Test
    void unknownWindowBoundsSurviveTheRoundTripAsUnknown() {
        PreferencesStore store = new PreferencesStore(dir);

        store.save(LabPreferences.defaults(), null);

        assertThat(store.load().hasBounds()).isFalse();
        assertThat(store.loadLastConfig()).isEmpty();
    }

    @Test
    void aCorruptPreferencesFileOrLastConfigIsIgnored() throws Exception {
        Files.writeString(dir.resolve(PreferencesStore.PREFERENCES), "{\"width\": 12, \"theme\": ");
        Files.writeString(dir.resolve(PreferencesStore.LAST_CONFIG), "not json at all");
        PreferencesStore store = new PreferencesStore(dir);

        assertThat(store.load()).isEqualTo(LabPreferences.defaults());
        assertThat(store.loadLastConfig()).isEmpty();
    }

    @Test
    void noFolderYetMeansNothingRemembered() {
        PreferencesStore store = new PreferencesStore(dir.resolve("missing"));

        assertThat(store.load()).isEqualTo(LabPreferences.defaults());
    }

    @Test
    void theConfigFolderFollowsEachSystemsConventionAndTheOverride() {
        Map<String, String> none = Map.of();
        assertThat(ConfigFolder.resolve("/x/cfg", "Linux", "/home/ann", none)).isEqualTo(Path.of("/x/cfg"));
        assertThat(ConfigFolder.resolve(null, "Linux", "/home/ann", none))
                .isEqualTo(Path.of("/home/ann/.config/epoch-lab"));
        assertThat(ConfigFolder.resolve(null, "Linux", "/home/ann", Map.of("XDG_CONFIG_HOME", "/xdg")))
                .isEqualTo(Path.of("/xdg/epoch-lab"));
        assertThat(ConfigFolder.resolve(null, "Linux", "/home/ann", Map.of("XDG_CONFIG_HOME", "relative")))
                .isEqualTo(Path.of("/home/ann/.config/epoch-lab"));
        assertThat(ConfigFolder.resolve(null, "Windows 11", "/home/ann", Map.of("APPDATA", "/appdata")))
                .isEqualTo(Path.of("/appdata", "Epoch Lab"));
        assertThat(ConfigFolder.resolve(null, "Mac OS X", "/home/ann", none))
                .isEqualTo(Path.of("/home/ann/Library/Application Support/Epoch Lab"));
    }

    @Test
    void testsWriteTheirPreferencesUnderTheBuildFolderNotTheHomeFolder() {
        assertThat(ConfigFolder.resolve().toString()).endsWith("test-config");
    }

    @Test
    void recentFilesKeepTheNewestFirstWithoutRepeatsAndAtMostEight() {
        RecentFiles recent = new RecentFiles();
        for (int i = 0; i < 10; i++) {
            recent.add(Path.of("/r/" + i + ".json"));
        }
        recent.add(Path.of("/r/5.json"));

        assertThat(recent.asStrings()).containsExactly("/r/5.json", "/r/9.json", "/r/8.json", "/r/7.json",
                "/r/6.json", "/r/4.json", "/r/3.json", "/r/2.json");
    }
}
