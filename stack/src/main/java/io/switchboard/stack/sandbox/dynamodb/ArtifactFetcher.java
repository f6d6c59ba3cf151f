package io.switchboard.stack.sandbox.dynamodb;

import io.switchboard.stack.ContentHash;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * Downloads a {@link DownloadManifest}'s files from a Maven repository (Maven Central unless told
 * otherwise) into a folder. Each file is streamed to {@code NAME.part} while its SHA-256 is computed,
 * and only a file whose hash and size match the manifest is renamed to its real name: a refused,
 * failed or cancelled download leaves nothing half-written under a name that would be used. Files
 * already present and matching are skipped, so a second run resumes where the first stopped.
 */
public final class ArtifactFetcher {
    public static final URI MAVEN_CENTRAL = URI.create("https://repo1.maven.org/maven2/");
    /** Overrides the repository (a mirror, or a loopback server in tests); the environment variable works too. */
    public static final String REPOSITORY_PROPERTY = "switchboard.maven.repository";
    public static final String REPOSITORY_VARIABLE = "SWITCHBOARD_MAVEN_REPOSITORY";
    private static final int CHUNK = 64 * 1024;
    private static final long REPORT_EVERY = 256 * 1024;

    /** Told about progress on the downloading thread: bytes ready so far (skipped files count), of the manifest's total. */
    @FunctionalInterface
    public interface Listener {
        void progress(long doneBytes, long totalBytes, MavenArtifact current);

        Listener NONE = (done, total, current) -> { };
    }

    private final URI repository;

    public ArtifactFetcher(URI repository) {
        String base = repository.toString();
        this.repository = URI.create(base.endsWith("/") ? base : base + "/");
    }

    /** Maven Central, or the repository named by {@value #REPOSITORY_PROPERTY} / {@value #REPOSITORY_VARIABLE}. */
    public static URI configuredRepository() {
        String property = System.getProperty(REPOSITORY_PROPERTY);
        if (property != null && !property.isBlank()) {
            return URI.create(property.strip());
        }
        String variable = System.getenv(REPOSITORY_VARIABLE);
        return variable != null && !variable.isBlank() ? URI.create(variable.strip()) : MAVEN_CENTRAL;
    }

    private URI urlOf(MavenArtifact artifact) {
        return repository.resolve(artifact.repositoryPath());
    }

    /**
     * @throws ArtifactVerificationException a file's SHA-256 or size differs from the manifest's
     * @throws CancellationException         {@code cancelled} turned true (checked between chunks)
     */
    public void fetch(DownloadManifest manifest, Path folder, Listener listener, BooleanSupplier cancelled) throws IOException {
        Files.createDirectories(folder);
        deleteLeftoverParts(folder);
        HttpClient http = HttpClient.newBuilder() // made here: most processes never download anything
                .connectTimeout(Duration.ofSeconds(20))
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        long total = manifest.totalBytes();
        long done = 0;
        for (MavenArtifact artifact : manifest.artifacts()) {
            stopIfCancelled(cancelled);
            Path target = folder.resolve(artifact.fileName());
            if (!Files.isRegularFile(target) || !matches(target, artifact)) {
                Files.deleteIfExists(target);
                download(http, artifact, target, done, total, listener, cancelled);
            }
            done += artifact.size();
            listener.progress(done, total, artifact);
        }
    }

    /** True when {@code file} has the manifest's size and SHA-256. */
    public static boolean matches(Path file, MavenArtifact artifact) throws IOException {
        if (Files.size(file) != artifact.size()) {
            return false;
        }
        return ContentHash.sha256Hex(file).equals(artifact.sha256());
    }

    private void download(HttpClient http, MavenArtifact artifact, Path target, long doneBefore, long total, Listener listener,
                          BooleanSupplier cancelled) throws IOException {
        URI url = urlOf(artifact);
        Path part = target.resolveSibling(artifact.fileName() + ".part");
        try {
            HttpResponse<InputStream> response = send(http, url);
            MessageDigest sha = ContentHash.newSha256();
            long received = 0;
            try (InputStream in = response.body(); OutputStream out = Files.newOutputStream(part)) {
                if (response.statusCode() != 200) {
                    throw new IOException("GET " + url + " answered HTTP " + response.statusCode());
                }
                byte[] buffer = new byte[CHUNK];
                long reported = 0;
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    stopIfCancelled(cancelled);
                    received += n;
                    if (received > artifact.size()) {
                        throw refused(artifact, url, "is larger than the " + artifact.size() + " bytes Switchboard was built with");
                    }
                    sha.update(buffer, 0, n);
                    out.write(buffer, 0, n);
                    if (received - reported >= REPORT_EVERY) {
                        reported = received;
                        listener.progress(doneBefore + received, total, artifact);
                    }
                }
            } catch (IOException e) {
                stopIfCancelled(cancelled); // an interrupted read is a cancel, not a failure
                throw e;
            }
            String hash = HexFormat.of().formatHex(sha.digest());
            if (received != artifact.size() || !hash.equals(artifact.sha256())) {
                throw refused(artifact, url, "has SHA-256 " + hash + " (" + received + " bytes), but Switchboard was built with "
                        + artifact.sha256() + " (" + artifact.size() + " bytes)");
            }
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(part);
        }
    }

    private static HttpResponse<InputStream> send(HttpClient http, URI url) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(60)).GET().build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("download of " + url + " interrupted");
        }
    }

    private static ArtifactVerificationException refused(MavenArtifact artifact, URI url, String problem) {
        return new ArtifactVerificationException(artifact.fileName() + " from " + url + " " + problem + ": not used.");
    }

    private static void stopIfCancelled(BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("download cancelled");
        }
    }

    private static void deleteLeftoverParts(Path folder) throws IOException {
        try (DirectoryStream<Path> parts = Files.newDirectoryStream(folder, "*.part")) {
            for (Path part : parts) {
                Files.deleteIfExists(part);
            }
        }
    }

}
