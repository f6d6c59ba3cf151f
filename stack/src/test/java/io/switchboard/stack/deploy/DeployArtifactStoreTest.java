package io.switchboard.stack.deploy;

import io.switchboard.stack.testing.LoopbackAwsStub;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.switchboard.stack.testing.LoopbackAwsStub.Reply;
import software.amazon.awssdk.services.s3.S3Client;

/** The artifact bucket against an S3 REST-XML stub, through the real S3 client. */
class DeployArtifactStoreTest {

    private static final String BUCKET = "switchboard-artifacts-123456789012-eu-west-1";
    private static final String BUCKET_PATH = "/" + BUCKET;

    @TempDir
    Path dir;

    private LoopbackAwsStub s3Stub;
    private S3Client s3;
    private final RecordingListener listener = new RecordingListener();

    @BeforeEach
    void start() throws IOException {
        s3Stub = new LoopbackAwsStub(LoopbackAwsStub.BY_METHOD_AND_PATH);
        s3 = DeployClients.s3(s3Stub.endpoint(), "eu-west-1");
    }

    @AfterEach
    void stop() {
        s3.close();
        s3Stub.close();
    }

    private void bucketSettingsAccepted() {
        s3Stub.on("PUT " + BUCKET_PATH + "?versioning", Reply.empty(200))
                .on("PUT " + BUCKET_PATH + "?encryption", Reply.empty(200))
                .on("PUT " + BUCKET_PATH + "?publicAccessBlock", Reply.empty(200));
    }

    @Test
    void ensureBucket_whenMissing_createsItInTheRegionVersionedEncryptedAndPrivate() {
        s3Stub.on("PUT " + BUCKET_PATH, Reply.empty(200));
        bucketSettingsAccepted();

        ArtifactStore store = new ArtifactStore(s3, "123456789012", "eu-west-1");
        store.ensureBucket(listener);

        assertThat(store.bucket()).isEqualTo(BUCKET);
        String create = s3Stub.received("PUT " + BUCKET_PATH).get(0).text();
        assertThat(XmlBody.text(create, "LocationConstraint")).isEqualTo("eu-west-1");
        String versioning = s3Stub.received("PUT " + BUCKET_PATH + "?versioning").get(0).text();
        assertThat(XmlBody.text(versioning, "Status")).isEqualTo("Enabled");
        String encryption = s3Stub.received("PUT " + BUCKET_PATH + "?encryption").get(0).text();
        assertThat(XmlBody.text(encryption, "SSEAlgorithm")).isEqualTo("AES256");
        String block = s3Stub.received("PUT " + BUCKET_PATH + "?publicAccessBlock").get(0).text();
        assertThat(XmlBody.text(block, "BlockPublicAcls")).isEqualTo("true");
        assertThat(XmlBody.text(block, "IgnorePublicAcls")).isEqualTo("true");
        assertThat(XmlBody.text(block, "BlockPublicPolicy")).isEqualTo("true");
        assertThat(XmlBody.text(block, "RestrictPublicBuckets")).isEqualTo("true");
        assertThat(listener.phases).containsExactly("Preparing artifact bucket " + BUCKET);
    }

    @Test
    void ensureBucket_inUsEast1_sendsNoLocationConstraint() throws IOException {
        String bucket = "/switchboard-artifacts-123456789012-us-east-1";
        s3Stub.on("PUT " + bucket, Reply.empty(200))
                .on("PUT " + bucket + "?versioning", Reply.empty(200))
                .on("PUT " + bucket + "?encryption", Reply.empty(200))
                .on("PUT " + bucket + "?publicAccessBlock", Reply.empty(200));
        try (S3Client east = DeployClients.s3(s3Stub.endpoint(), "us-east-1")) {
            new ArtifactStore(east, "123456789012", "us-east-1").ensureBucket(listener);
        }
        assertThat(s3Stub.received("PUT " + bucket).get(0).text()).doesNotContain("LocationConstraint");
    }

    @Test
    void ensureBucket_whenAlreadyOurs_stillAppliesTheSettings() {
        s3Stub.on("PUT " + BUCKET_PATH, Reply.xml(409, s3Error("BucketAlreadyOwnedByYou",
                "Your previous request to create the named bucket succeeded and you already own it.")));
        bucketSettingsAccepted();

        new ArtifactStore(s3, "123456789012", "eu-west-1").ensureBucket(listener);

        assertThat(s3Stub.received("PUT " + BUCKET_PATH + "?versioning")).hasSize(1);
        assertThat(s3Stub.received("PUT " + BUCKET_PATH + "?encryption")).hasSize(1);
        assertThat(s3Stub.received("PUT " + BUCKET_PATH + "?publicAccessBlock")).hasSize(1);
    }

    @Test
    void ensureBucket_whenTheNameBelongsToSomeoneElse_saysSo() {
        s3Stub.on("PUT " + BUCKET_PATH, Reply.xml(409, s3Error("BucketAlreadyExists",
                "The requested bucket name is not available.")));

        assertThatThrownBy(() -> new ArtifactStore(s3, "123456789012", "eu-west-1").ensureBucket(listener))
                .isInstanceOf(DeployException.class)
                .hasMessageContaining(BUCKET)
                .hasMessageContaining("The requested bucket name is not available");
    }

    @Test
    void uploadJar_whenNew_sendsItUnderItsContentHashAndReportsBytes() throws Exception {
        Path jar = jar(600_000);
        String key = "switchboard-lambdas-" + sha256(Files.readAllBytes(jar)).substring(0, 16) + ".jar";
        s3Stub.on("HEAD " + BUCKET_PATH + "/" + key, Reply.empty(404))
                .on("PUT " + BUCKET_PATH + "/" + key, new Reply(200, "", java.util.Map.of("ETag", "\"abc\"")));

        ArtifactLocation location = new ArtifactStore(s3, "123456789012", "eu-west-1").uploadJar(jar, listener);

        assertThat(location).isEqualTo(new ArtifactLocation(BUCKET, key, true));
        assertThat(s3Stub.received("PUT " + BUCKET_PATH + "/" + key)).hasSize(1);
        assertThat(listener.uploads).isNotEmpty();
        assertThat(listener.uploads.get(listener.uploads.size() - 1)).containsExactly(600_000L, 600_000L);
        assertThat(listener.uploads).extracting(u -> u[0]).isSorted();
    }

    @Test
    void uploadJar_whenTheSameJarIsThere_sendsNothing() throws Exception {
        Path jar = jar(10_000);
        String key = "switchboard-lambdas-" + sha256(Files.readAllBytes(jar)).substring(0, 16) + ".jar";
        s3Stub.on("HEAD " + BUCKET_PATH + "/" + key, new Reply(200, "", java.util.Map.of("Content-Length", "10000")));

        ArtifactLocation location = new ArtifactStore(s3, "123456789012", "eu-west-1").uploadJar(jar, listener);

        assertThat(location.uploaded()).isFalse();
        assertThat(location.key()).isEqualTo(key);
        assertThat(s3Stub.received()).extracting(LoopbackAwsStub.Request::method).containsExactly("HEAD");
        assertThat(listener.uploads.get(0)).containsExactly(10_000L, 10_000L);
    }

    private Path jar(int size) throws IOException {
        byte[] content = new byte[size];
        new Random(42).nextBytes(content);
        return Files.write(dir.resolve("switchboard-lambdas.jar"), content);
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    static String s3Error(String code, String message) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>" + code + "</Code><Message>" + message
                + "</Message><BucketName>" + BUCKET + "</BucketName><RequestId>4442587FB7D0A2F9</RequestId>"
                + "<HostId>stub</HostId></Error>";
    }
}
