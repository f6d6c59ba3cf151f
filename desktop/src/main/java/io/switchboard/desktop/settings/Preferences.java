package io.switchboard.desktop.settings;

import io.switchboard.desktop.connection.PropertiesFile;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The user's choices that survive a restart, kept in {@code settings.properties} in the data folder.
 * Never credentials: only the profile's name and region.
 */
public final class Preferences {
    private static final String CALLS_HIDDEN_COLUMNS = "Vanity 4,Vanity 5,ContactId";
    private final Path file;
    private final BooleanProperty dark = new SimpleBooleanProperty(false);
    private final IntegerProperty refreshSeconds = new SimpleIntegerProperty(5);
    private final StringProperty lastProfile = new SimpleStringProperty("");
    private final StringProperty lastRegion = new SimpleStringProperty("");
    private final StringProperty callsHiddenColumns = new SimpleStringProperty(CALLS_HIDDEN_COLUMNS);

    /** @param file where to keep them, or {@code null} to keep them in memory only */
    public Preferences(Path file) {
        this.file = file;
        load();
        dark.addListener((o, a, b) -> save());
        refreshSeconds.addListener((o, a, b) -> save());
        lastProfile.addListener((o, a, b) -> save());
        lastRegion.addListener((o, a, b) -> save());
        callsHiddenColumns.addListener((o, a, b) -> save());
    }

    public BooleanProperty dark() {
        return dark;
    }

    public IntegerProperty refreshSeconds() {
        return refreshSeconds;
    }

    public StringProperty lastProfile() {
        return lastProfile;
    }

    public StringProperty lastRegion() {
        return lastRegion;
    }

    /** The Calls table's hidden columns, comma-separated titles. */
    public StringProperty callsHiddenColumns() {
        return callsHiddenColumns;
    }

    private void load() {
        Optional<Properties> read = PropertiesFile.read(file); // none: defaults are fine
        if (read.isEmpty()) {
            return;
        }
        Properties p = read.get();
        dark.set(Boolean.parseBoolean(p.getProperty("theme.dark", "false")));
        try {
            refreshSeconds.set(Math.max(2, Integer.parseInt(p.getProperty("calls.refreshSeconds", "5"))));
        } catch (NumberFormatException ignored) {
            refreshSeconds.set(5);
        }
        lastProfile.set(p.getProperty("aws.profile", ""));
        lastRegion.set(p.getProperty("aws.region", ""));
        callsHiddenColumns.set(p.getProperty("calls.hiddenColumns", CALLS_HIDDEN_COLUMNS));
    }

    private void save() {
        Properties p = new Properties();
        p.setProperty("theme.dark", Boolean.toString(dark.get()));
        p.setProperty("calls.refreshSeconds", Integer.toString(refreshSeconds.get()));
        p.setProperty("aws.profile", lastProfile.get());
        p.setProperty("aws.region", lastRegion.get());
        p.setProperty("calls.hiddenColumns", callsHiddenColumns.get() == null ? "" : callsHiddenColumns.get());
        PropertiesFile.write(file, p, "Switchboard settings (no credentials are ever stored here)");
    }
}
