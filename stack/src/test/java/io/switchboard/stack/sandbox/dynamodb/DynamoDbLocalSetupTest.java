package io.switchboard.stack.sandbox.dynamodb;

import static io.switchboard.stack.testing.MavenRepositoryStub.artifact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.stack.sandbox.dynamodb.DynamoDbLocalSetup.Need;
import io.switchboard.stack.testing.MavenRepositoryStub;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The licence gate: a packaged app asks before it downloads, remembers the answer, and runs what it verified. */
class DynamoDbLocalSetupTest {
    private static final MavenArtifact COMMONS_CLI = artifact("commons-cli", "commons-cli", "jar", "1.6.0");
    /** Stands in for DynamoDB Local's closure: the gate only needs a DynamoDBLocal entry to name the version. */
    private static final DownloadManifest MANIFEST = new DownloadManifest(List.of(
            new MavenArtifact("com.amazonaws", "DynamoDBLocal", "jar", "", "2.6.1", COMMONS_CLI.sha256(), COMMONS_CLI.size()),
            COMMONS_CLI));
    /** A class path without DynamoDB Local, as in a packaged app. */
    private static final ClassLoader PACKAGED = new URLClassLoader(new URL[0], ClassLoader.getPlatformClassLoader());

    @TempDir
    Path home;
    private final List<Path> downloads = new ArrayList<>();

    @Test
    void fromSource_dynamoDbLocalIsOnTheClassPath_soNothingIsAskedOrDownloaded() {
        DynamoDbLocalSetup setup = setup(getClass().getClassLoader(), MANIFEST);

        assertThat(setup.need()).isEqualTo(Need.NOTHING);
        assertThat(setup.onClassPath()).isTrue();
        assertThat(setup.classLoader()).isSameAs(getClass().getClassLoader());
        assertThat(downloads).isEmpty();
        assertThat(home).isEmptyDirectory();
    }

    @Test
    void packaged_beforeAcceptance_asksForTheLicence_andRefusesToDownloadOrStart() {
        DynamoDbLocalSetup setup = setup(PACKAGED, MANIFEST);

        assertThat(setup.need()).isEqualTo(Need.LICENCE);
        assertThatThrownBy(() -> setup.download(ArtifactFetcher.Listener.NONE, () -> false))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("after its licence is accepted");
        assertThatThrownBy(setup::classLoader).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(DynamoDbLocalLicence.NAME).hasMessageContaining("--accept-dynamodb-local-licence");
        assertThat(downloads).isEmpty();
        assertThat(home).isEmptyDirectory();
    }

    @Test
    void accepting_isRemembered_forThatVersionOnly() throws IOException {
        setup(PACKAGED, MANIFEST).accept();

        assertThat(setup(PACKAGED, MANIFEST).need()).isEqualTo(Need.DOWNLOAD); // a later start does not ask again
        assertThat(Files.readString(home.resolve("licence-accepted.properties")))
                .contains("version=2.6.1").contains("accepted=2025-01-02T03\\:04\\:05Z");

        DownloadManifest newer = new DownloadManifest(List.of(new MavenArtifact("com.amazonaws", "DynamoDBLocal", "jar", "",
                "3.0.0", COMMONS_CLI.sha256(), COMMONS_CLI.size())));
        assertThat(setup(PACKAGED, newer).need()).isEqualTo(Need.LICENCE);
    }

    @Test
    void accepted_downloadsIntoTheVersionFolder_thenNeedsNothing_andLoadsTheDownloadedJars() throws Exception {
        DynamoDbLocalSetup setup = setup(PACKAGED, MANIFEST);
        setup.accept();

        setup.download(ArtifactFetcher.Listener.NONE, () -> false);

        assertThat(downloads).containsExactly(home.resolve("2.6.1"));
        assertThat(setup.need()).isEqualTo(Need.NOTHING);
        Class<?> loaded = setup.classLoader().loadClass("org.apache.commons.cli.Options");
        assertThat(Path.of(loaded.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent())
                .isEqualTo(home.resolve("2.6.1"));
    }

    @Test
    void aDownloadedFileChangedOnDisk_isNotRun_butRemovedSoItIsDownloadedAgain() throws Exception {
        DynamoDbLocalSetup setup = setup(PACKAGED, MANIFEST);
        setup.accept();
        setup.download(ArtifactFetcher.Listener.NONE, () -> false);
        Path jar = home.resolve("2.6.1").resolve("commons-cli-1.6.0.jar");
        byte[] bytes = Files.readAllBytes(jar);
        bytes[10] ^= 1;
        Files.write(jar, bytes);

        assertThatThrownBy(setup::classLoader).isInstanceOf(IllegalStateException.class).hasMessageContaining("changed since it was downloaded");
        assertThat(jar).doesNotExist();
        assertThat(setup.need()).isEqualTo(Need.DOWNLOAD);
    }

    @Test
    void packagedWithoutAManifest_cannotRunTheSandbox_andSaysSo() {
        DynamoDbLocalSetup setup = setup(PACKAGED, null);

        assertThat(setup.need()).isEqualTo(Need.UNAVAILABLE);
        assertThatThrownBy(setup::classLoader).hasMessageContaining("no manifest");
    }

    private DynamoDbLocalSetup setup(ClassLoader appLoader, DownloadManifest manifest) {
        Clock clock = Clock.fixed(Instant.parse("2025-01-02T03:04:05Z"), ZoneOffset.UTC);
        return new DynamoDbLocalSetup(appLoader, manifest, home, new LicenceAcceptance(home.resolve("licence-accepted.properties"), clock),
                URI.create("http://127.0.0.1:1/maven2/"), (wanted, folder, listener, cancelled) -> {
                    downloads.add(folder);
                    Files.createDirectories(folder);
                    for (MavenArtifact artifact : wanted.artifacts()) {
                        Files.copy(MavenRepositoryStub.localRepository().resolve(COMMONS_CLI.repositoryPath()), folder.resolve(artifact.fileName()));
                    }
                });
    }
}
