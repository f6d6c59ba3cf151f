package io.switchboard.stack.cli;

import java.nio.file.Path;

/** Where Switchboard keeps user data (the sandbox's tables, saved test cases), per operating system. */
public final class DataFolder {
    private DataFolder() {
    }

    public static Path standard() {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        String home = System.getProperty("user.home");
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return Path.of(appData != null ? appData : home, "Switchboard");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "Switchboard");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return Path.of(xdg != null && !xdg.isBlank() ? xdg : home + "/.local/share", "switchboard");
    }
}
