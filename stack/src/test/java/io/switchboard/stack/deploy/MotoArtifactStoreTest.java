package io.switchboard.stack.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.stack.testing.MotoServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketVersioningStatus;
import software.amazon.awssdk.services.s3.model.PublicAccessBlockConfiguration;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;

/**
 * The artifact store against moto's S3 (a second, independent opinion beside the REST-XML stub of
 * {@link DeployArtifactStoreTest}): what the bucket and its objects look like afterwards, read back
 * through the real S3 client.
 */
class MotoArtifactStoreTest {
    private static final String ACCOUNT = "123456789012";

    @TempDir
    Path dir;

    private final RecordingListener listener = new RecordingListener();
    private MotoServer moto;
    private S3Client s3;

    @BeforeEach
    void start() {
        moto = MotoServer.shared();
        moto.reset();
        s3 = DeployClients.s3(moto.endpoint(), "eu-west-1");
    }

    @AfterEach
    void stop() {
        if (s3 != null) {
            s3.close();
        }
    }

    @Test
    void ensureBucket_leavesABucketInTheRegionThatIsVersionedEncryptedAndPrivate() {
        ArtifactStore store = new ArtifactStore(s3, ACCOUNT, "eu-west-1");

        store.ensureBucket(listener);

        String bucket = store.bucket();
        assertThat(s3.getBucketLocation(b -> b.bucket(bucket)).locationConstraintAsString()).isEqualTo("eu-west-1");
        assertThat(s3.getBucketVersioning(b -> b.bucket(bucket)).status()).isEqualTo(BucketVersioningStatus.ENABLED);
        assertThat(s3.getBucketEncryption(b -> b.bucket(bucket)).serverSideEncryptionConfiguration().rules())
                .singleElement()
                .satisfies(rule -> assertThat(rule.applyServerSideEncryptionByDefault().sseAlgorithm())
                        .isEqualTo(ServerSideEncryption.AES256));
        PublicAccessBlockConfiguration block = s3.getPublicAccessBlock(b -> b.bucket(bucket)).publicAccessBlockConfiguration();
        assertThat(block.blockPublicAcls()).isTrue();
        assertThat(block.ignorePublicAcls()).isTrue();
        assertThat(block.blockPublicPolicy()).isTrue();
        assertThat(block.restrictPublicBuckets()).isTrue();
    }

    @Test
    void ensureBucket_runTwice_acceptsTheBucketItAlreadyOwns() {
        ArtifactStore store = new ArtifactStore(s3, ACCOUNT, "eu-west-1");
        store.ensureBucket(listener);

        store.ensureBucket(listener);

        assertThat(s3.listBuckets().buckets()).extracting(b -> b.name()).containsExactly(store.bucket());
    }

    @Test
    void ensureBucket_inUsEast1_createsTheBucketWithoutALocationConstraint() {
        try (S3Client east = DeployClients.s3(moto.endpoint(), "us-east-1")) {
            ArtifactStore store = new ArtifactStore(east, ACCOUNT, "us-east-1");

            store.ensureBucket(listener);
            store.ensureBucket(listener);

            // GetBucketLocation answers an empty constraint for us-east-1.
            assertThat(east.getBucketLocation(b -> b.bucket(store.bucket())).locationConstraintAsString()).isNullOrEmpty();
            assertThat(east.getBucketVersioning(b -> b.bucket(store.bucket())).status()).isEqualTo(BucketVersioningStatus.ENABLED);
        }
    }

    @Test
    void uploadJar_storesTheBytesUnderTheContentHash_andAnUnchangedJarAddsNoVersion() throws IOException {
        ArtifactStore store = new ArtifactStore(s3, ACCOUNT, "eu-west-1");
        store.ensureBucket(listener);
        Path jar = jar(300_000);

        ArtifactLocation first = store.uploadJar(jar, listener);
        ArtifactLocation second = store.uploadJar(jar, listener);

        assertThat(first.uploaded()).isTrue();
        assertThat(first.key()).matches("switchboard-lambdas-[0-9a-f]{16}\\.jar");
        assertThat(second).isEqualTo(new ArtifactLocation(store.bucket(), first.key(), false));
        byte[] stored = s3.getObjectAsBytes(b -> b.bucket(store.bucket()).key(first.key())).asByteArray();
        assertThat(stored).isEqualTo(Files.readAllBytes(jar));
        assertThat(s3.listObjectVersions(b -> b.bucket(store.bucket())).versions()).hasSize(1);
        assertThat(listener.uploads.get(listener.uploads.size() - 1)).containsExactly(300_000L, 300_000L);
    }

    @Test
    void uploadJar_whenTheJarChanges_storesItUnderANewKey() throws IOException {
        ArtifactStore store = new ArtifactStore(s3, ACCOUNT, "eu-west-1");
        store.ensureBucket(listener);

        String before = store.uploadJar(jar(10_000), listener).key();
        String after = store.uploadJar(Files.write(dir.resolve("switchboard-lambdas.jar"), new byte[] {1, 2, 3}), listener).key();

        assertThat(after).isNotEqualTo(before);
        assertThat(s3.listObjectsV2(b -> b.bucket(store.bucket())).contents()).extracting(o -> o.key())
                .containsExactlyInAnyOrder(before, after);
    }

    @Test
    void uploadTemplate_returnsAUrlThatNamesTheStoredTemplate() {
        ArtifactStore store = new ArtifactStore(s3, ACCOUNT, "eu-west-1");
        store.ensureBucket(listener);
        byte[] template = "AWSTemplateFormatVersion: '2010-09-09'\nResources: {}\n".getBytes();

        String url = store.uploadTemplate(template);

        String key = url.substring(url.indexOf("templates/"));
        assertThat(key).matches("templates/switchboard-[0-9a-f]{16}\\.template");
        assertThat(url).contains(store.bucket());
        assertThat(s3.getObjectAsBytes(b -> b.bucket(store.bucket()).key(key)).asByteArray()).isEqualTo(template);
    }

    private Path jar(int size) throws IOException {
        byte[] content = new byte[size];
        new Random(7).nextBytes(content);
        return Files.write(dir.resolve("switchboard-lambdas.jar"), content);
    }
}
