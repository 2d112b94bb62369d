package org.epochlab.experiment.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

class WorkspaceLocationTest {

    private static final Map<String, String> NONE = Map.of();

    @Test
    void theSystemPropertyComesFirst() {
        assertThat(WorkspaceLocation.resolve("/tmp/lab", Map.of("EPOCHLAB_WORKSPACE", "/elsewhere"), "Linux", "/home/ada"))
                .isEqualTo(Path.of("/tmp/lab"));
    }

    @Test
    void theEnvironmentVariableComesNext() {
        assertThat(WorkspaceLocation.resolve(null, Map.of("EPOCHLAB_WORKSPACE", "/srv/lab"), "Linux", "/home/ada"))
                .isEqualTo(Path.of("/srv/lab"));
        assertThat(WorkspaceLocation.resolve("  ", Map.of("EPOCHLAB_WORKSPACE", "/srv/lab"), "Linux", "/home/ada"))
                .isEqualTo(Path.of("/srv/lab"));
    }

    @Test
    void linuxUsesXdgDataHomeWhenItIsAbsoluteElseTheLocalShareFolder() {
        assertThat(WorkspaceLocation.resolve(null, Map.of("XDG_DATA_HOME", "/data"), "Linux", "/home/ada"))
                .isEqualTo(Path.of("/data/epoch-lab"));
        assertThat(WorkspaceLocation.resolve(null, Map.of("XDG_DATA_HOME", "relative"), "Linux", "/home/ada"))
                .isEqualTo(Path.of("/home/ada/.local/share/epoch-lab"));
        assertThat(WorkspaceLocation.resolve(null, NONE, "FreeBSD", "/home/ada"))
                .isEqualTo(Path.of("/home/ada/.local/share/epoch-lab"));
    }

    @Test
    void windowsUsesAppDataAndMacOsApplicationSupport() {
        assertThat(WorkspaceLocation.resolve(null, Map.of("APPDATA", "/users/ada/roaming"), "Windows 11", "/users/ada"))
                .isEqualTo(Path.of("/users/ada/roaming", "Epoch Lab"));
        assertThat(WorkspaceLocation.resolve(null, NONE, "Windows 10", "/users/ada"))
                .isEqualTo(Path.of("/users/ada", "AppData", "Roaming", "Epoch Lab"));
        assertThat(WorkspaceLocation.resolve(null, NONE, "Mac OS X", "/Users/ada"))
                .isEqualTo(Path.of("/Users/ada", "Library", "Application Support", "Epoch Lab"));
    }

    @Test
    void theTestJvmPointsTheWorkspaceIntoTheBuildFolder() {
        assertThat(WorkspaceLocation.current().toString()).endsWith("test-workspace");
    }
}
