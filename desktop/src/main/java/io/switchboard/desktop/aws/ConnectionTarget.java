package io.switchboard.desktop.aws;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where SDK clients point: the sandbox (static throw-away credentials, loopback endpoints) or an
 * AWS profile and region. Credentials themselves are never held here: profiles are resolved by the
 * SDK each time a client is built.
 *
 * @param profile     the profile name, or {@code null} for the sandbox
 * @param region      the region id, e.g. {@code eu-west-2}
 * @param endpoints   per-service endpoint overrides keyed by service id ({@code dynamodb}, {@code lambda},
 *                    {@code sfn}, {@code sts}); loopback in the sandbox and in wire tests
 * @param profileFiles the config and credentials files to read, or {@code null} for the defaults
 */
public record ConnectionTarget(String profile, String region, Map<String, URI> endpoints, ProfileFiles profileFiles) {
    public ConnectionTarget {
        endpoints = Map.copyOf(endpoints);
    }

    public static ConnectionTarget sandbox(String region, Map<String, URI> endpoints) {
        return new ConnectionTarget(null, region, endpoints, null);
    }

    public static ConnectionTarget profile(String profile, String region) {
        return new ConnectionTarget(profile, region, Map.of(), null);
    }

    public boolean isSandbox() {
        return profile == null;
    }

    public Optional<URI> endpoint(String service) {
        return Optional.ofNullable(endpoints.get(service));
    }

    /** Non-default AWS config and credentials files (tests, or AWS_CONFIG_FILE users). */
    public record ProfileFiles(Path config, Path credentials) {
    }
}
