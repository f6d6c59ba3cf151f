package io.switchboard.stack.sandbox.dynamodb;

import io.switchboard.stack.DataFolder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;

/**
 * Where the sandbox's DynamoDB Local comes from, and the licence gate in front of it.
 *
 * <p>From source, DynamoDB Local is on the class path (the user's own Maven build resolved it) and
 * nothing is asked. A packaged app ships without it: the user must accept the DynamoDB Local License
 * Agreement before anything is downloaded; the files then go to the data folder, verified against the
 * manifest built into the package, and run from there in their own class loader. Nothing here talks
 * to a user: the desktop and the command line ask, this class only refuses to download unasked.
 */
public final class DynamoDbLocalSetup {
    /** What must happen before DynamoDB Local can start. */
    public enum Need {
        /** Nothing: it is on the class path, or accepted and downloaded. */
        NOTHING,
        /** The user has not accepted the licence for this version: ask before anything is downloaded. */
        LICENCE,
        /** Accepted, but files are missing: download them. */
        DOWNLOAD,
        /** Not on the class path and no manifest to fetch it with: this build cannot run the sandbox. */
        UNAVAILABLE
    }

    /** Fetches a manifest's files into a folder; {@link ArtifactFetcher#fetch} in the app. */
    @FunctionalInterface
    public interface Downloader {
        void fetch(DownloadManifest manifest, Path folder, ArtifactFetcher.Listener listener, BooleanSupplier cancelled)
                throws IOException;
    }

    static final String SERVER_RUNNER = "com.amazonaws.services.dynamodbv2.local.main.ServerRunner";
    private static final Map<Path, ClassLoader> LOADERS = new ConcurrentHashMap<>();

    private final ClassLoader appLoader;
    private final boolean onClassPath;
    private final DownloadManifest manifest;
    private final Path home;
    private final LicenceAcceptance acceptance;
    private final URI repository;
    private final Downloader downloader;

    /**
     * @param appLoader the application's class loader: looked in for DynamoDB Local, and the parent of the
     *                  loader over downloaded jars (which then see the same AWS SDK and Jackson as from source)
     * @param manifest  what to download, or {@code null} when this build carries none
     * @param home      the folder for downloaded versions and the acceptance record
     */
    public DynamoDbLocalSetup(ClassLoader appLoader, DownloadManifest manifest, Path home, LicenceAcceptance acceptance,
                              URI repository, Downloader downloader) {
        this.appLoader = appLoader;
        this.onClassPath = appLoader.getResource(SERVER_RUNNER.replace('.', '/') + ".class") != null;
        this.manifest = manifest;
        this.home = home;
        this.acceptance = acceptance;
        this.repository = repository;
        this.downloader = downloader;
    }

    /** The setup for this process: the user's data folder, Maven Central (or the configured mirror). */
    public static DynamoDbLocalSetup standard() {
        ClassLoader loader = DynamoDbLocalSetup.class.getClassLoader();
        Path home = DataFolder.standard().resolve("dynamodb-local");
        URI repository = ArtifactFetcher.configuredRepository();
        ArtifactFetcher fetcher = new ArtifactFetcher(repository);
        return new DynamoDbLocalSetup(loader, DownloadManifest.bundled(loader).orElse(null), home,
                new LicenceAcceptance(home.resolve("licence-accepted.properties"), Clock.systemUTC()), repository, fetcher::fetch);
    }

    public Need need() {
        if (onClassPath) {
            return Need.NOTHING;
        }
        if (manifest == null) {
            return Need.UNAVAILABLE;
        }
        if (!acceptance.isAccepted(version())) {
            return Need.LICENCE;
        }
        return downloaded() ? Need.NOTHING : Need.DOWNLOAD;
    }

    public boolean onClassPath() {
        return onClassPath;
    }

    /** Records that the user accepted the licence for the manifest's version. */
    public void accept() {
        acceptance.accept(version());
    }

    /**
     * Downloads what is missing into {@link #installFolder()}.
     *
     * @throws IllegalStateException the licence has not been accepted: nothing is downloaded
     */
    public void download(ArtifactFetcher.Listener listener, BooleanSupplier cancelled) throws IOException {
        if (manifest == null) {
            throw new IllegalStateException(problem());
        }
        if (!acceptance.isAccepted(version())) {
            throw new IllegalStateException("DynamoDB Local is downloaded only after its licence is accepted");
        }
        downloader.fetch(manifest, installFolder(), listener, cancelled);
    }

    /**
     * The class loader to start DynamoDB Local from: the application's when it is on the class path,
     * else one over the downloaded jars, each checked against the manifest first.
     *
     * @throws IllegalStateException DynamoDB Local is not available yet; the message says what to do
     */
    public ClassLoader classLoader() {
        if (onClassPath) {
            return appLoader;
        }
        if (need() != Need.NOTHING) {
            throw new IllegalStateException(problem());
        }
        return LOADERS.computeIfAbsent(installFolder().toAbsolutePath(), folder -> verifiedLoader());
    }

    /** Why DynamoDB Local cannot start yet, in words a user can act on. */
    public String problem() {
        return switch (need()) {
            case NOTHING -> "";
            case UNAVAILABLE -> "DynamoDB Local is not on the class path and this build has no manifest to download it with: "
                    + "run Switchboard from a clone (./switchboard) or from its package.";
            case LICENCE -> "The sandbox needs DynamoDB Local, which Switchboard's package does not include. Accept the "
                    + DynamoDbLocalLicence.NAME + " first: start the desktop app, or run `switchboard sandbox serve "
                    + "--accept-dynamodb-local-licence`.";
            case DOWNLOAD -> "DynamoDB Local " + version() + " is not downloaded yet (into " + installFolder() + ").";
        };
    }

    public Optional<DownloadManifest> manifest() {
        return Optional.ofNullable(manifest);
    }

    public String version() {
        if (manifest == null) {
            throw new IllegalStateException(problem());
        }
        return manifest.dynamoDbLocal().version();
    }

    /** Where this version's files go: {@code <data folder>/dynamodb-local/<version>}. */
    public Path installFolder() {
        return home.resolve(version());
    }

    public URI repository() {
        return repository;
    }

    /** Every file is present with the manifest's size (hashes are checked when the loader is made). */
    private boolean downloaded() {
        try {
            for (MavenArtifact artifact : manifest.artifacts()) {
                Path file = installFolder().resolve(artifact.fileName());
                if (!Files.isRegularFile(file) || Files.size(file) != artifact.size()) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private ClassLoader verifiedLoader() {
        List<URL> jars = new ArrayList<>();
        try {
            for (MavenArtifact artifact : manifest.artifacts()) {
                Path file = installFolder().resolve(artifact.fileName());
                if (!ArtifactFetcher.matches(file, artifact)) {
                    Files.deleteIfExists(file);
                    throw new IllegalStateException(file + " changed since it was downloaded and was removed: "
                            + "start the sandbox again to download it afresh.");
                }
                if (artifact.isJar()) {
                    jars.add(file.toUri().toURL());
                }
            }
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read DynamoDB Local in " + installFolder(), e);
        }
        return new URLClassLoader("dynamodb-local", jars.toArray(URL[]::new), appLoader);
    }
}
