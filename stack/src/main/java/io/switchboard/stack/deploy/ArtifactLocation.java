package io.switchboard.stack.deploy;

/**
 * Where an artifact is in S3.
 *
 * @param uploaded false when an identical object was already there and nothing was sent
 */
public record ArtifactLocation(String bucket, String key, boolean uploaded) { }
