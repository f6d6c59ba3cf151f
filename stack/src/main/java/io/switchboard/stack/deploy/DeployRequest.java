package io.switchboard.stack.deploy;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What to deploy: a stack name, the packaged template file and the template parameters.
 * Parameters left out of an update keep their current values.
 */
public record DeployRequest(String stackName, Path templateFile, Map<String, String> parameters) {

    public DeployRequest {
        if (stackName == null || !stackName.matches("[A-Za-z][-A-Za-z0-9]{0,127}")) {
            throw new IllegalArgumentException("A stack name starts with a letter and has only letters,"
                    + " digits and hyphens (at most 128): " + stackName);
        }
        parameters = Map.copyOf(parameters);
    }

    /** This request with the template's {@code ArtifactBucket}/{@code ArtifactKey} pointing at the jar. */
    public DeployRequest withArtifact(ArtifactLocation artifact) {
        Map<String, String> merged = new LinkedHashMap<>(parameters);
        merged.put("ArtifactBucket", artifact.bucket());
        merged.put("ArtifactKey", artifact.key());
        return new DeployRequest(stackName, templateFile, merged);
    }
}
