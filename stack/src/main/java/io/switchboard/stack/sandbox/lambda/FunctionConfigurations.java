package io.switchboard.stack.sandbox.lambda;

import io.switchboard.stack.template.FunctionPlan;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** GetFunction and ListFunctions bodies in the Lambda API's JSON shapes. */
final class FunctionConfigurations {
    private static final String LAST_MODIFIED = "2025-01-01T00:00:00.000+0000";

    private FunctionConfigurations() {
    }

    /** {@code GetFunction}: {@code {"Configuration": …, "Code": …, "Tags": {}}}. */
    static Map<String, Object> getFunction(FunctionPlan plan, String qualifier, String version) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("Configuration", configuration(plan, qualifier, version));
        body.put("Code", Map.of("RepositoryType", "S3", "Location", "sandbox://in-process/" + plan.handlerClass()));
        body.put("Tags", Map.of());
        return body;
    }

    /** {@code ListFunctions} page: functions from {@code from}, at most {@code max}, with a NextMarker when more follow. */
    static Map<String, Object> listFunctions(List<FunctionPlan> plans, int from, int max) {
        Map<String, Object> body = new LinkedHashMap<>();
        int to = Math.min(plans.size(), from + max);
        body.put("Functions", plans.subList(Math.min(from, to), to).stream()
                .map(plan -> configuration(plan, null, SandboxFunctions.LATEST)).toList());
        if (to < plans.size()) {
            body.put("NextMarker", Integer.toString(to));
        }
        return body;
    }

    static Map<String, Object> configuration(FunctionPlan plan, String qualifier, String version) {
        Map<String, Object> configuration = new LinkedHashMap<>();
        configuration.put("FunctionName", plan.name());
        configuration.put("FunctionArn", qualifier == null ? plan.arn() : plan.arn() + ":" + qualifier);
        configuration.put("Runtime", plan.runtime());
        configuration.put("Role", plan.roleArn());
        configuration.put("Handler", plan.handlerClass() + "::" + plan.handlerMethod());
        configuration.put("CodeSize", 0);
        configuration.put("Description", plan.description());
        configuration.put("Timeout", plan.timeoutSeconds());
        configuration.put("MemorySize", plan.memoryMb());
        configuration.put("LastModified", LAST_MODIFIED);
        configuration.put("CodeSha256", sha256(plan.handlerClass()));
        configuration.put("Version", version);
        configuration.put("Environment", Map.of("Variables", plan.environment()));
        configuration.put("TracingConfig", Map.of("Mode", "PassThrough"));
        configuration.put("RevisionId", "00000000-0000-0000-0000-000000000001");
        configuration.put("State", "Active");
        configuration.put("LastUpdateStatus", "Successful");
        configuration.put("PackageType", "Zip");
        configuration.put("Architectures", List.of("x86_64"));
        configuration.put("EphemeralStorage", Map.of("Size", 512));
        return configuration;
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
