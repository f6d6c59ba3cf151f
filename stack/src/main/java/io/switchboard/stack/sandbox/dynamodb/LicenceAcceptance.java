package io.switchboard.stack.sandbox.dynamodb;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Properties;

/**
 * The user's acceptance of the DynamoDB Local License Agreement, remembered in the data folder per
 * DynamoDB Local version (a new version may come with new terms, so it is asked about again).
 */
public final class LicenceAcceptance {
    private final Path file;
    private final Clock clock;

    public LicenceAcceptance(Path file, Clock clock) {
        this.file = file;
        this.clock = clock;
    }

    public boolean isAccepted(String version) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        Properties saved = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            saved.load(in);
        } catch (IOException e) {
            return false; // unreadable: ask again rather than assume
        }
        return version.equals(saved.getProperty("version"));
    }

    public void accept(String version) {
        Properties record = new Properties();
        record.setProperty("version", version);
        record.setProperty("accepted", clock.instant().toString());
        try {
            Files.createDirectories(file.getParent());
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                record.store(out, "The " + DynamoDbLocalLicence.NAME + " was accepted for this version of DynamoDB Local");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record the licence acceptance in " + file, e);
        }
    }
}
