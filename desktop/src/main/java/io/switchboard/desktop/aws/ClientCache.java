package io.switchboard.desktop.aws;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.core.SdkClient;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.connect.ConnectClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * One SDK client per (profile, region, service), built on first use and closed when the connection
 * changes. Every client carries the {@link FxThreadGuard}.
 */
public final class ClientCache implements AutoCloseable {
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration ATTEMPT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration UPLOAD_TIMEOUT = Duration.ofMinutes(15);

    private final Map<Key, SdkClient> clients = new ConcurrentHashMap<>();
    private final ConnectionTarget target;

    /** One cache per connection: switching connection closes the old cache and with it its clients. */
    public ClientCache(ConnectionTarget target) {
        this.target = target;
    }

    public ConnectionTarget target() {
        return target;
    }

    public DynamoDbClient dynamoDb() {
        return client("dynamodb", () -> configure(DynamoDbClient.builder(), "dynamodb").build());
    }

    public LambdaClient lambda() {
        return client("lambda", () -> configure(LambdaClient.builder(), "lambda").build());
    }

    public SfnClient sfn() {
        return client("sfn", () -> configure(SfnClient.builder(), "sfn").build());
    }

    public CloudFormationClient cloudFormation() {
        return client("cloudformation", () -> configure(CloudFormationClient.builder(), "cloudformation").build());
    }

    public CloudWatchLogsClient logs() {
        return client("logs", () -> configure(CloudWatchLogsClient.builder(), "logs").build());
    }

    public ConnectClient connect() {
        return client("connect", () -> configure(ConnectClient.builder(), "connect").build());
    }

    /** S3 for the artifact bucket: path-style on a loopback endpoint, and time enough to upload a large jar. */
    public S3Client s3() {
        return client("s3", () -> {
            var builder = configure(S3Client.builder(), "s3");
            builder.forcePathStyle(target.endpoint("s3").isPresent());
            builder.overrideConfiguration(builder.overrideConfiguration().toBuilder()
                    .apiCallTimeout(UPLOAD_TIMEOUT).apiCallAttemptTimeout(UPLOAD_TIMEOUT).build());
            return builder.build();
        });
    }

    public StsClient sts() {
        return client("sts", () -> configure(StsClient.builder(), "sts").build());
    }

    /** How many clients are open now (tests check that a switch closes them). */
    public int openClients() {
        return clients.size();
    }

    @SuppressWarnings("unchecked")
    private <T extends SdkClient> T client(String service, Supplier<T> build) {
        ConnectionTarget current = target;
        return (T) clients.computeIfAbsent(new Key(current.profile(), current.region(), service), key -> build.get());
    }

    private <B extends AwsClientBuilder<B, ?>> B configure(B builder, String service) {
        ConnectionTarget current = target;
        builder.region(Region.of(current.region()))
                .credentialsProvider(credentials(current))
                .overrideConfiguration(ClientOverrideConfiguration.builder()
                        .apiCallTimeout(CALL_TIMEOUT)
                        .apiCallAttemptTimeout(ATTEMPT_TIMEOUT)
                        .addExecutionInterceptor(new FxThreadGuard())
                        .build());
        current.endpoint(service).ifPresent(builder::endpointOverride);
        if (builder instanceof software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder<?, ?> sync) {
            sync.httpClient(httpClient());
        }
        return builder;
    }

    private static SdkHttpClient httpClient() {
        return UrlConnectionHttpClient.builder()
                .connectionTimeout(Duration.ofSeconds(5))
                .socketTimeout(Duration.ofSeconds(20))
                .build();
    }

    static AwsCredentialsProvider credentials(ConnectionTarget target) {
        if (target.isSandbox()) {
            return StaticCredentialsProvider.create(AwsBasicCredentials.create("sandbox", "sandbox"));
        }
        ProfileCredentialsProvider.Builder profile = ProfileCredentialsProvider.builder().profileName(target.profile());
        if (target.profileFiles() != null) {
            profile.profileFile(AwsProfiles.profileFile(target.profileFiles()));
        }
        return profile.build();
    }

    @Override
    public void close() {
        closeAll();
    }

    private synchronized void closeAll() {
        clients.values().forEach(SdkClient::close);
        clients.clear();
    }

    private record Key(String profile, String region, String service) {
    }
}
