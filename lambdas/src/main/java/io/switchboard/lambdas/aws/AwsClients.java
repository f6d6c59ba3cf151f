package io.switchboard.lambdas.aws;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sfn.SfnClient;

/**
 * Builds SDK clients for a handler from its environment map (see docs/decisions/0004): region,
 * credentials and endpoint overrides come from the map, never from process-wide lookups, and every
 * client carries explicit timeouts sized for Connect's 3 s default block timeout.
 */
public final class AwsClients {
    /** One attempt may take this long before the SDK gives up on it. */
    public static final Duration ATTEMPT_TIMEOUT = Duration.ofMillis(600);
    /** All attempts together (with retries) stay well inside Connect's 3 s default budget. */
    public static final Duration CALL_TIMEOUT = Duration.ofMillis(1_200);

    private final Map<String, String> environment;

    public AwsClients(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    public DynamoDbClient dynamoDb() {
        var builder = DynamoDbClient.builder()
                .httpClientBuilder(httpClient())
                .region(region())
                .credentialsProvider(credentials())
                .overrideConfiguration(timeouts());
        endpoint("AWS_ENDPOINT_URL_DYNAMODB").ifPresent(builder::endpointOverride);
        return builder.build();
    }

    public SfnClient stepFunctions() {
        var builder = SfnClient.builder()
                .httpClientBuilder(httpClient())
                .region(region())
                .credentialsProvider(credentials())
                .overrideConfiguration(timeouts());
        endpoint("AWS_ENDPOINT_URL_SFN").ifPresent(builder::endpointOverride);
        return builder.build();
    }

    private static UrlConnectionHttpClient.Builder httpClient() {
        return UrlConnectionHttpClient.builder()
                .connectionTimeout(Duration.ofMillis(500))
                .socketTimeout(ATTEMPT_TIMEOUT);
    }

    private static ClientOverrideConfiguration timeouts() {
        return ClientOverrideConfiguration.builder()
                .apiCallAttemptTimeout(ATTEMPT_TIMEOUT)
                .apiCallTimeout(CALL_TIMEOUT)
                .retryStrategy(RetryMode.STANDARD)
                .build();
    }

    Region region() {
        String name = environment.getOrDefault("AWS_REGION", environment.getOrDefault("AWS_DEFAULT_REGION", "us-east-1"));
        return Region.of(name.isBlank() ? "us-east-1" : name);
    }

    AwsCredentialsProvider credentials() {
        String key = environment.get("AWS_ACCESS_KEY_ID");
        String secret = environment.get("AWS_SECRET_ACCESS_KEY");
        if (key == null || key.isBlank() || secret == null || secret.isBlank()) {
            return AnonymousCredentialsProvider.create();
        }
        String token = environment.get("AWS_SESSION_TOKEN");
        return StaticCredentialsProvider.create(token == null || token.isBlank()
                ? AwsBasicCredentials.create(key, secret)
                : AwsSessionCredentials.create(key, secret, token));
    }

    private java.util.Optional<URI> endpoint(String variable) {
        String value = environment.get(variable);
        if (value == null || value.isBlank()) {
            value = environment.get("AWS_ENDPOINT_URL");
        }
        return value == null || value.isBlank() ? java.util.Optional.empty() : java.util.Optional.of(URI.create(value));
    }
}
