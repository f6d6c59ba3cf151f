package io.switchboard.stack.deploy;

import io.switchboard.stack.ContentHash;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketLocationConstraint;
import software.amazon.awssdk.services.s3.model.BucketVersioningStatus;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;

/**
 * The artifact bucket: created on first use (versioned, encrypted, no public access), holding the
 * Lambda jar and large templates under content-addressed keys so an unchanged file is never sent twice.
 */
public final class ArtifactStore {

    private final S3Client s3;
    private final String bucket;
    private final Region region;

    /** @param s3 a client for {@code region}, built by the caller */
    public ArtifactStore(S3Client s3, String account, String region) {
        this.s3 = s3;
        this.region = Region.of(region);
        this.bucket = bucketName(account, region);
    }

    /** {@code switchboard-artifacts-<account>-<region>}: one bucket per account and region. */
    public static String bucketName(String account, String region) {
        return "switchboard-artifacts-" + account + "-" + region;
    }

    public String bucket() {
        return bucket;
    }

    /** Creates the bucket if missing, then (re)applies versioning, encryption and the public access block. */
    public void ensureBucket(DeployListener listener) {
        listener.onPhase("Preparing artifact bucket " + bucket);
        try {
            createBucketIfMissing();
            s3.putBucketVersioning(r -> r.bucket(bucket)
                    .versioningConfiguration(v -> v.status(BucketVersioningStatus.ENABLED)));
            s3.putBucketEncryption(r -> r.bucket(bucket)
                    .serverSideEncryptionConfiguration(c -> c.rules(rule -> rule
                            .applyServerSideEncryptionByDefault(d -> d.sseAlgorithm(ServerSideEncryption.AES256)))));
            s3.putPublicAccessBlock(r -> r.bucket(bucket).publicAccessBlockConfiguration(b -> b
                    .blockPublicAcls(true).ignorePublicAcls(true).blockPublicPolicy(true).restrictPublicBuckets(true)));
        } catch (SdkException e) {
            throw new DeployException("Cannot prepare artifact bucket " + bucket + ": " + e.getMessage(), e);
        }
    }

    /** Uploads the Lambda jar as {@code switchboard-lambdas-<sha256 prefix>.jar}, unless it is already there. */
    public ArtifactLocation uploadJar(Path jar, DeployListener listener) {
        String key = "switchboard-lambdas-" + ContentHash.sha256Prefix16(jar) + ".jar";
        listener.onPhase("Uploading " + jar.getFileName() + " as " + key);
        long size = sizeOf(jar);
        if (exists(key)) {
            listener.onUpload(size, size);
            return new ArtifactLocation(bucket, key, false);
        }
        RequestBody body = RequestBody.fromContentProvider(
                () -> new ProgressInputStream(open(jar), size, listener), size, "application/java-archive");
        put(key, body);
        return new ArtifactLocation(bucket, key, true);
    }

    /** Uploads a template too large to send inline; returns the URL CloudFormation reads it from. */
    public String uploadTemplate(byte[] template) {
        String key = "templates/switchboard-" + ContentHash.sha256Prefix16(template) + ".template";
        if (!exists(key)) {
            put(key, RequestBody.fromBytes(template));
        }
        return s3.utilities().getUrl(r -> r.bucket(bucket).key(key)).toExternalForm();
    }

    private void createBucketIfMissing() {
        try {
            s3.createBucket(r -> {
                r.bucket(bucket);
                if (!Region.US_EAST_1.equals(region)) { // us-east-1 rejects its own name as a constraint
                    r.createBucketConfiguration(c -> c.locationConstraint(BucketLocationConstraint.fromValue(region.id())));
                }
            });
        } catch (S3Exception e) {
            if (!"BucketAlreadyOwnedByYou".equals(errorCode(e))) {
                throw e;
            }
        }
    }

    private boolean exists(String key) {
        try {
            s3.headObject(r -> r.bucket(bucket).key(key));
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw new DeployException("Cannot check s3://" + bucket + "/" + key + ": " + e.getMessage(), e);
        }
    }

    private void put(String key, RequestBody body) {
        try {
            s3.putObject(r -> r.bucket(bucket).key(key), body);
        } catch (SdkException e) {
            throw new DeployException("Cannot upload s3://" + bucket + "/" + key + ": " + e.getMessage(), e);
        }
    }

    private static String errorCode(S3Exception e) {
        return e.awsErrorDetails() == null ? "" : e.awsErrorDetails().errorCode();
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    private static java.io.InputStream open(Path file) {
        try {
            return Files.newInputStream(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
