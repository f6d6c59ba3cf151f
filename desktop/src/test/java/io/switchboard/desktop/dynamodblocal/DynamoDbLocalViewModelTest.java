package io.switchboard.desktop.dynamodblocal;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.desktop.dynamodblocal.DynamoDbLocalViewModel.Step;
import io.switchboard.desktop.task.SameThreadTaskExecutor;
import io.switchboard.stack.sandbox.dynamodb.DownloadManifest;
import io.switchboard.stack.sandbox.dynamodb.DynamoDbLocalSetup;
import io.switchboard.stack.sandbox.dynamodb.LicenceAcceptance;
import io.switchboard.stack.sandbox.dynamodb.MavenArtifact;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The desktop's first sandbox start: ask, then download, then start; or explain and point to Settings. */
class DynamoDbLocalViewModelTest {
    private static final DownloadManifest MANIFEST = new DownloadManifest(List.of(
            new MavenArtifact("com.amazonaws", "DynamoDBLocal", "jar", "", "2.6.1", "ab".repeat(32), 9_726_372)));
    private static final ClassLoader PACKAGED = new URLClassLoader(new URL[0], ClassLoader.getPlatformClassLoader());

    @TempDir
    Path home;
    private final List<Path> downloads = new ArrayList<>();
    private final List<String> unavailable = new ArrayList<>();
    private int started;
    private IOException downloadFailure;

    @Test
    void fromSource_startsTheSandboxAtOnce_withoutShowingAnything() {
        DynamoDbLocalViewModel model = model(getClass().getClassLoader());

        model.ensure(() -> started++, unavailable::add);

        assertThat(started).isEqualTo(1);
        assertThat(model.step().get()).isEqualTo(Step.HIDDEN);
        assertThat(downloads).isEmpty();
    }

    @Test
    void packaged_firstStart_showsTheLicence_andWaits_withoutDownloading() {
        DynamoDbLocalViewModel model = model(PACKAGED);

        model.ensure(() -> started++, unavailable::add);

        assertThat(model.step().get()).isEqualTo(Step.ASKING);
        assertThat(model.licenceName()).isEqualTo("DynamoDB Local License Agreement");
        assertThat(model.fileInJar()).isEqualTo("LICENSE.txt inside DynamoDBLocal-2.6.1.jar");
        assertThat(model.whatIsDownloaded()).contains("1 files, 9.7 MB").contains("https://repo1.maven.org/maven2/")
                .contains(home.resolve("2.6.1").toString()).contains("SHA-256");
        assertThat(started).isZero();
        assertThat(downloads).isEmpty();
    }

    @Test
    void accept_downloadsThenStartsTheSandbox_andIsNotAskedAgain() {
        DynamoDbLocalViewModel model = model(PACKAGED);
        model.ensure(() -> started++, unavailable::add);

        model.accept();

        assertThat(downloads).containsExactly(home.resolve("2.6.1"));
        assertThat(started).isEqualTo(1);
        assertThat(model.step().get()).isEqualTo(Step.HIDDEN);
        DynamoDbLocalViewModel nextLaunch = model(PACKAGED);
        nextLaunch.ensure(() -> started++, unavailable::add);
        assertThat(nextLaunch.step().get()).isNotEqualTo(Step.ASKING); // accepted: only the missing files are fetched
    }

    @Test
    void decline_explainsAndPointsToSettings_withoutDownloading() {
        DynamoDbLocalViewModel model = model(PACKAGED);
        model.ensure(() -> started++, unavailable::add);

        model.decline();

        assertThat(model.step().get()).isEqualTo(Step.STOPPED);
        assertThat(model.problem().get()).contains("cannot start without it").contains("Settings");
        assertThat(unavailable).containsExactly(model.problem().get());
        assertThat(started).isZero();
        assertThat(downloads).isEmpty();

        model.tryAgain();
        assertThat(model.step().get()).isEqualTo(Step.ASKING);
    }

    @Test
    void aFailedDownload_saysWhy_andTryAgainDownloadsWithoutAskingAgain() {
        downloadFailure = new IOException("GET https://repo1.maven.org/maven2/x answered HTTP 503");
        DynamoDbLocalViewModel model = model(PACKAGED);
        model.ensure(() -> started++, unavailable::add);

        model.accept();

        assertThat(model.step().get()).isEqualTo(Step.STOPPED);
        assertThat(model.problem().get()).isEqualTo("DynamoDB Local could not be downloaded: GET https://repo1.maven.org/maven2/x answered HTTP 503");
        assertThat(started).isZero();

        downloadFailure = null;
        model.tryAgain();
        assertThat(started).isEqualTo(1);
        assertThat(downloads).hasSize(2);
    }

    private DynamoDbLocalViewModel model(ClassLoader appLoader) {
        DynamoDbLocalSetup setup = new DynamoDbLocalSetup(appLoader, MANIFEST, home,
                new LicenceAcceptance(home.resolve("licence-accepted.properties"), Clock.systemUTC()),
                URI.create("https://repo1.maven.org/maven2/"), (manifest, folder, listener, cancelled) -> {
                    downloads.add(folder);
                    if (downloadFailure != null) {
                        throw downloadFailure;
                    }
                    listener.progress(manifest.totalBytes(), manifest.totalBytes(), manifest.dynamoDbLocal());
                });
        return new DynamoDbLocalViewModel(setup, new SameThreadTaskExecutor());
    }
}
