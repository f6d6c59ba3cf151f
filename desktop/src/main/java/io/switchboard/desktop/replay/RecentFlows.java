package io.switchboard.desktop.replay;

import io.switchboard.desktop.connection.PropertiesFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The flow files and folders Play opened last, newest first, kept in {@code recent-flows.properties}
 * in the data folder so they survive a restart.
 */
public final class RecentFlows {
    static final int KEEP = 10;

    private final Path file;
    private final ObservableList<Entry> recent = FXCollections.observableArrayList();

    /** A file or folder Play opened; whether it is a folder is kept, not asked of the disk again. */
    public record Entry(Path path, boolean folder) {
    }

    /** @param file where to keep them, or {@code null} to keep them in memory only */
    public RecentFlows(Path file) {
        this.file = file;
        load();
    }

    /** Files and folders, newest first. */
    public ObservableList<Entry> entries() {
        return recent;
    }

    /** Puts {@code path} first (once) and saves the list. */
    public void opened(Path path, boolean folder) {
        Entry entry = new Entry(path.toAbsolutePath().normalize(), folder);
        List<Entry> next = new ArrayList<>(recent);
        next.removeIf(e -> e.path().equals(entry.path()));
        next.add(0, entry);
        recent.setAll(next.subList(0, Math.min(KEEP, next.size())));
        save();
    }

    private void load() {
        Optional<Properties> read = PropertiesFile.read(file); // none: an empty list is fine
        if (read.isEmpty()) {
            return;
        }
        Properties p = read.get();
        for (int i = 1; i <= KEEP; i++) {
            String path = p.getProperty("recent." + i);
            if (path != null && !path.isBlank()) {
                recent.add(new Entry(Path.of(path), Boolean.parseBoolean(p.getProperty("recent." + i + ".folder"))));
            }
        }
    }

    private void save() {
        Properties p = new Properties();
        for (int i = 0; i < recent.size(); i++) {
            p.setProperty("recent." + (i + 1), recent.get(i).path().toString());
            p.setProperty("recent." + (i + 1) + ".folder", Boolean.toString(recent.get(i).folder()));
        }
        PropertiesFile.write(file, p, "Flow files and folders Replay opened last, newest first");
    }
}
