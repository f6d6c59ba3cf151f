package io.switchboard.stack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.stack.sandbox.dynamodb.DownloadManifest;
import io.switchboard.stack.sandbox.dynamodb.DynamoDbLocalLicence;
import io.switchboard.stack.sandbox.dynamodb.DynamoDbLocalSetup;
import io.switchboard.stack.sandbox.dynamodb.LicenceAcceptance;
import io.switchboard.stack.sandbox.dynamodb.MavenArtifact;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `sandbox serve` in a packaged app: the licence summary first, and no download without the flag. */
class DynamoDbLocalConsentTest {
    private static final DownloadManifest MANIFEST = new DownloadManifest(List.of(
            new MavenArtifact("com.amazonaws", "DynamoDBLocal", "jar", "", "2.6.1", "ab".repeat(32), 5)));

    @TempDir
    Path home;
    private final List<Path> downloads = new ArrayList<>();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void withoutTheFlag_printsTheLicenceSummaryAndWhatWouldBeDownloaded_andDownloadsNothing() throws Exception {
        boolean ready = consent().ensure(false);

        assertThat(ready).isFalse();
        assertThat(downloads).isEmpty();
        assertThat(home).isEmptyDirectory();
        assertThat(err()).contains(DynamoDbLocalLicence.NAME).contains(DynamoDbLocalLicence.AWS_PAGE)
                .contains("LICENSE.txt inside DynamoDBLocal-2.6.1.jar").contains("https://repo1.maven.org/maven2/")
                .contains("--accept-dynamodb-local-licence").contains("Nothing was downloaded");
    }

    @Test
    void withTheFlag_showsTheSummary_remembersTheAcceptance_andDownloads() throws Exception {
        boolean ready = consent().ensure(true);

        assertThat(ready).isTrue();
        assertThat(downloads).containsExactly(home.resolve("2.6.1"));
        assertThat(err()).contains(DynamoDbLocalLicence.NAME).contains("Accepted");
        assertThat(new LicenceAcceptance(home.resolve("licence-accepted.properties"), Clock.systemUTC()).isAccepted("2.6.1")).isTrue();
    }

    @Test
    void acceptedEarlier_downloadsWithoutTheFlag() throws Exception {
        new LicenceAcceptance(home.resolve("licence-accepted.properties"), Clock.systemUTC()).accept("2.6.1");

        assertThat(consent().ensure(false)).isTrue();
        assertThat(downloads).hasSize(1);
    }

    private DynamoDbLocalConsent consent() {
        ClassLoader packaged = new URLClassLoader(new URL[0], ClassLoader.getPlatformClassLoader());
        DynamoDbLocalSetup setup = new DynamoDbLocalSetup(packaged, MANIFEST, home,
                new LicenceAcceptance(home.resolve("licence-accepted.properties"), Clock.systemUTC()),
                URI.create("https://repo1.maven.org/maven2/"), (manifest, folder, listener, cancelled) -> {
                    downloads.add(folder);
                    listener.progress(5, 5, manifest.dynamoDbLocal());
                });
        return new DynamoDbLocalConsent(setup, new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
