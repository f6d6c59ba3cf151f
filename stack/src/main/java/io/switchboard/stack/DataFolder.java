package io.switchboard.stack;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Where Switchboard keeps what must survive a restart (the sandbox's tables, settings, saved test
 * cases): {@code -Dswitchboard.data=DIR} wins, else the platform's usual place for application data.
 * The command line and the desktop share this one answer.
 */
public final class DataFolder {
    private DataFolder() {
    }

    public static Path standard() {
        String override = System.getProperty("switchboard.data");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String home = System.getProperty("user.home");
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return Path.of(appData != null ? appData : home, "Switchboard");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "Switchboard");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return xdg != null && !xdg.isBlank() ? Path.of(xdg, "switchboard") : Path.of(home, ".local", "share", "switchboard");
    }
}
