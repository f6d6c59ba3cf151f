package io.switchboard.stack.sandbox.dynamodb;

import static io.switchboard.stack.testing.MavenRepositoryStub.artifact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.stack.testing.MavenRepositoryStub;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fetcher against a loopback repository in Maven Central's layout, serving real files from the local repository. */
class ArtifactFetcherWireTest {
    private static final MavenArtifact DYNAMODB_LOCAL = artifact("com.amazonaws", "DynamoDBLocal", "jar", "2.6.1");
    private static final MavenArtifact SQLITE4JAVA = artifact("com.almworks.sqlite4java", "sqlite4java", "jar", "1.0.392");
    private static final MavenArtifact LINUX_NATIVE = artifact("com.almworks.sqlite4java", "libsqlite4java-linux-amd64", "so", "1.0.392");
    private static final MavenArtifact COMMONS_CLI = artifact("commons-cli", "commons-cli", "jar", "1.6.0");
    private static final DownloadManifest MANIFEST = new DownloadManifest(List.of(DYNAMODB_LOCAL, SQLITE4JAVA, LINUX_NATIVE, COMMONS_CLI));

    private final MavenRepositoryStub repository = MavenRepositoryStub.ofLocalRepository();
    private final ArtifactFetcher fetcher = new ArtifactFetcher(repository.uri());

    @AfterEach
    void stop() {
        repository.close();
    }

    @Test
    void fetch_downloadsEveryFileInMavenLayout_identicalToTheRepository_reportingProgressUpToTheTotal(@TempDir Path folder) throws IOException {
        List<Long> reported = new ArrayList<>();

        fetcher.fetch(MANIFEST, folder, (done, total, current) -> {
            assertThat(total).isEqualTo(MANIFEST.totalBytes());
            reported.add(done);
        }, () -> false);

        assertThat(repository.requests()).containsExactly(DYNAMODB_LOCAL.repositoryPath(), SQLITE4JAVA.repositoryPath(),
                LINUX_NATIVE.repositoryPath(), COMMONS_CLI.repositoryPath());
        for (MavenArtifact artifact : MANIFEST.artifacts()) {
            Path original = MavenRepositoryStub.localRepository().resolve(artifact.repositoryPath());
            assertThat(Files.mismatch(folder.resolve(artifact.fileName()), original)).isEqualTo(-1);
        }
        assertThat(reported).isSorted().hasSizeGreaterThan(MANIFEST.artifacts().size()); // within files too
        assertThat(reported.get(reported.size() - 1)).isEqualTo(MANIFEST.totalBytes());
        assertThat(files(folder)).containsExactlyInAnyOrder("DynamoDBLocal-2.6.1.jar", "sqlite4java-1.0.392.jar",
                "libsqlite4java-linux-amd64-1.0.392.so", "commons-cli-1.6.0.jar");
    }

    @Test
    void fetch_whenTheRepositoryServesOtherBytes_refusesThatFile_andLeavesNothingHalfWritten(@TempDir Path folder) throws IOException {
        byte[] tampered = Files.readAllBytes(MavenRepositoryStub.localRepository().resolve(COMMONS_CLI.repositoryPath()));
        tampered[tampered.length / 2] ^= 1; // same size, one bit different
        repository.replace(COMMONS_CLI, tampered);

        assertThatThrownBy(() -> fetcher.fetch(MANIFEST, folder, ArtifactFetcher.Listener.NONE, () -> false))
                .isInstanceOf(ArtifactVerificationException.class)
                .hasMessageContaining("commons-cli-1.6.0.jar")
                .hasMessageContaining(repository.uri() + COMMONS_CLI.repositoryPath())
                .hasMessageContaining("SHA-256")
                .hasMessageContaining(COMMONS_CLI.sha256());
        assertThat(files(folder)).doesNotContain("commons-cli-1.6.0.jar", "commons-cli-1.6.0.jar.part")
                .allMatch(name -> !name.endsWith(".part"));
    }

    @Test
    void fetch_whenTheRepositoryServesMoreBytesThanRecorded_stopsReadingAndRefusesIt(@TempDir Path folder) throws IOException {
        repository.replace(SQLITE4JAVA, Files.readAllBytes(MavenRepositoryStub.localRepository().resolve(DYNAMODB_LOCAL.repositoryPath())));

        assertThatThrownBy(() -> fetcher.fetch(MANIFEST, folder, ArtifactFetcher.Listener.NONE, () -> false))
                .isInstanceOf(ArtifactVerificationException.class)
                .hasMessageContaining("sqlite4java-1.0.392.jar")
                .hasMessageContaining("larger than the " + SQLITE4JAVA.size() + " bytes");
        assertThat(files(folder)).containsExactly("DynamoDBLocal-2.6.1.jar");
    }

    @Test
    void fetch_again_skipsVerifiedFiles_andReplacesOneDamagedOnDisk(@TempDir Path folder) throws IOException {
        fetcher.fetch(MANIFEST, folder, ArtifactFetcher.Listener.NONE, () -> false);
        byte[] damaged = Files.readAllBytes(folder.resolve(SQLITE4JAVA.fileName()));
        damaged[100] ^= 1;
        Files.write(folder.resolve(SQLITE4JAVA.fileName()), damaged);
        Files.writeString(folder.resolve(COMMONS_CLI.fileName() + ".part"), "left by a killed run");
        repository.clearRequests();
        List<Long> reported = new ArrayList<>();

        fetcher.fetch(MANIFEST, folder, (done, total, current) -> reported.add(done), () -> false);

        assertThat(repository.requests()).containsExactly(SQLITE4JAVA.repositoryPath());
        assertThat(ArtifactFetcher.matches(folder.resolve(SQLITE4JAVA.fileName()), SQLITE4JAVA)).isTrue();
        assertThat(reported.get(0)).isEqualTo(DYNAMODB_LOCAL.size()); // skipped files count as done at once
        assertThat(reported.get(reported.size() - 1)).isEqualTo(MANIFEST.totalBytes());
        assertThat(files(folder)).noneMatch(name -> name.endsWith(".part"));
    }

    @Test
    void fetch_whenCancelledMidFile_stopsThere_withNoPartialFileAndNoFurtherRequests(@TempDir Path folder) {
        AtomicBoolean cancelled = new AtomicBoolean();

        assertThatThrownBy(() -> fetcher.fetch(MANIFEST, folder, (done, total, current) -> {
            if (done > 1_000_000) {
                cancelled.set(true); // the user pressed Cancel while DynamoDBLocal's jar was arriving
            }
        }, cancelled::get)).isInstanceOf(CancellationException.class);

        assertThat(repository.requests()).containsExactly(DYNAMODB_LOCAL.repositoryPath());
        assertThat(files(folder)).isEmpty();
    }

    @Test
    void fetch_whenTheRepositoryLacksAFile_namesItsUrl(@TempDir Path folder) {
        MavenArtifact missing = new MavenArtifact("io.switchboard.nowhere", "absent", "jar", "", "1.0", COMMONS_CLI.sha256(), 10);

        assertThatThrownBy(() -> fetcher.fetch(new DownloadManifest(List.of(missing)), folder, ArtifactFetcher.Listener.NONE, () -> false))
                .isInstanceOf(IOException.class)
                .hasMessageContaining(repository.uri() + "io/switchboard/nowhere/absent/1.0/absent-1.0.jar")
                .hasMessageContaining("404");
        assertThat(files(folder)).isEmpty();
    }

    private static List<String> files(Path folder) {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
