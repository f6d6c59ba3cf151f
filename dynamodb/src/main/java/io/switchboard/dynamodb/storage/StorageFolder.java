package io.switchboard.dynamodb.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A data folder of the engine: {@code tables.mv.db} (the MVStore file) beside {@code FORMAT}, one
 * line naming the on-disk format version. A folder written by a newer format is refused, never
 * read half-understood.
 */
public final class StorageFolder {
    public static final int FORMAT_VERSION = 1;
    static final String FORMAT_FILE = "FORMAT";
    static final String STORE_FILE = "tables.mv.db";
    private static final String PREFIX = "switchboard-dynamodb-format=";

    private StorageFolder() {
    }

    /** Creates the folder when needed, checks or writes its format version, and opens the store. */
    public static ItemStore open(Path folder) {
        try {
            Files.createDirectories(folder);
            Path format = folder.resolve(FORMAT_FILE);
            if (Files.exists(format)) {
                int version = version(format);
                if (version > FORMAT_VERSION) {
                    throw new IllegalStateException("The DynamoDB data in " + folder + " is in format version " + version
                            + ", written by a newer Switchboard; this one reads format version " + FORMAT_VERSION
                            + ". Open it with the newer Switchboard, or move the folder away to start empty.");
                }
            } else {
                Files.writeString(format, PREFIX + FORMAT_VERSION + System.lineSeparator(), StandardCharsets.UTF_8);
            }
            return ItemStore.inFile(folder.resolve(STORE_FILE));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the DynamoDB data folder " + folder, e);
        }
    }

    private static int version(Path format) throws IOException {
        String text = Files.readString(format, StandardCharsets.UTF_8).strip();
        if (!text.startsWith(PREFIX)) {
            throw new IllegalStateException(format + " does not name a Switchboard DynamoDB format version (it reads \""
                    + text + "\"); refusing to open the data beside it.");
        }
        try {
            return Integer.parseInt(text.substring(PREFIX.length()).strip());
        } catch (NumberFormatException e) {
            throw new IllegalStateException(format + " names no readable format version (\"" + text + "\").", e);
        }
    }
}
