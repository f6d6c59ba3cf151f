package io.switchboard.stack;

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

/** SHA-256 of files and bytes: content-addressed artifact keys. */
public final class ContentHash {

    private ContentHash() { }

    /** The file's SHA-256 as 64 lower-case hex digits. */
    public static String sha256Hex(Path file) throws IOException {
        MessageDigest digest = newSha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The first 16 hex digits of the file's SHA-256. */
    public static String sha256Prefix16(Path file) {
        try {
            return sha256Hex(file).substring(0, 16);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    public static String sha256Prefix16(byte[] content) {
        return HexFormat.of().formatHex(newSha256().digest(content)).substring(0, 16);
    }

    /** A fresh SHA-256 digest, for hashing a stream while it is written. */
    public static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }
}
