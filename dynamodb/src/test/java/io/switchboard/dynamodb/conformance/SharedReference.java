package io.switchboard.dynamodb.conformance;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * AWS's recorded DynamoDB answers beside the clone ({@code ../shared/reference/dynamodb-aws-recorded}),
 * found through the {@code switchboard.shared} system property the build sets, else {@code ../shared}
 * (as the stack module's {@code SharedMaterial} does). Under {@code CI=true} a missing folder fails the
 * test; elsewhere the test is skipped and says why.
 */
final class SharedReference {
    static final String FOLDER = "reference/dynamodb-aws-recorded";

    private SharedReference() {
    }

    static Path dynamoDbRecorded() {
        String configured = System.getProperty("switchboard.shared");
        for (Path candidate : new Path[] {
                configured == null ? null : Path.of(configured), Path.of("..", "shared"), Path.of("..", "..", "shared")}) {
            if (candidate != null && Files.isRegularFile(candidate.resolve(FOLDER).resolve("test_dynamodb.snapshot.json"))) {
                return candidate.resolve(FOLDER).toAbsolutePath().normalize();
            }
        }
        String problem = "../shared/" + FOLDER + "/test_dynamodb.snapshot.json not found (switchboard.shared=" + configured + ")";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException(problem + ": CI must provide the shared material");
        }
        Assumptions.abort(problem + ": test skipped");
        throw new IllegalStateException(problem);
    }
}
