package io.switchboard.stack.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 prefixes for content-addressed artifact keys. */
final class ContentHash {

    private ContentHash() { }

    /** The first 16 hex digits of the file's SHA-256. */
    static String sha256Prefix16(Path file) {
        MessageDigest digest = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        return prefix16(digest.digest());
    }

    static String sha256Prefix16(byte[] content) {
        return prefix16(sha256().digest(content));
    }

    private static String prefix16(byte[] digest) {
        return HexFormat.of().formatHex(digest).substring(0, 16);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }
}
