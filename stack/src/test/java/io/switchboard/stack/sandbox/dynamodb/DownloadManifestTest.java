package io.switchboard.stack.sandbox.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class DownloadManifestTest {
    private static final String SHA = "ab".repeat(32);

    @Test
    void format_thenParse_keepsCoordinatesHashesAndSizes_withClassifiersAndNativeTypes() {
        DownloadManifest manifest = new DownloadManifest(List.of(
                new MavenArtifact("com.amazonaws", "DynamoDBLocal", "jar", "", "2.6.1", SHA, 9_726_372),
                new MavenArtifact("com.almworks.sqlite4java", "libsqlite4java-linux-amd64", "so", "", "1.0.392", SHA, 902_282),
                new MavenArtifact("org.example", "tool", "jar", "linux-x86_64", "1.0", SHA.toUpperCase(), 1)));

        DownloadManifest again = DownloadManifest.parse(manifest.format());

        assertThat(again).isEqualTo(manifest);
        assertThat(again.totalBytes()).isEqualTo(9_726_372 + 902_282 + 1);
        assertThat(again.dynamoDbLocal().version()).isEqualTo("2.6.1");
        assertThat(again.artifacts().get(1).repositoryPath())
                .isEqualTo("com/almworks/sqlite4java/libsqlite4java-linux-amd64/1.0.392/libsqlite4java-linux-amd64-1.0.392.so");
        assertThat(again.artifacts().get(2).fileName()).isEqualTo("tool-1.0-linux-x86_64.jar");
    }

    @Test
    void parse_refusesPathsAndBadHashes() {
        assertThatThrownBy(() -> DownloadManifest.parse("com.amazonaws:../../etc:jar:1 " + SHA + " 1"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DownloadManifest.parse("com.amazonaws:DynamoDBLocal:jar:2.6.1 not-a-hash 1"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
