package io.switchboard.dynamodb;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The real AWS CLI (in the machines' default python3) run against the engine with throwaway
 * credentials. Absent: the test is skipped with a message, or fails under CI=true.
 */
final class AwsCli {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI endpoint;

    private AwsCli(URI endpoint) {
        this.endpoint = endpoint;
    }

    static AwsCli against(URI endpoint) {
        String problem = availability();
        if (problem != null) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("The AWS CLI is required under CI=true: " + problem);
            }
            assumeTrue(false, "AWS CLI not available, skipping: " + problem);
        }
        return new AwsCli(endpoint);
    }

    private static String availability() {
        try {
            Process process = new ProcessBuilder("aws", "--version").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0 ? null : "'aws --version' did not succeed";
        } catch (IOException e) {
            return "'aws' is not on the PATH (" + e.getMessage() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    record Result(int exitCode, String stdout, String stderr) {
        JsonNode json() throws IOException {
            return JSON.readTree(stdout);
        }
    }

    /** {@code aws dynamodb <command> <args…> --endpoint-url … --output json}. */
    Result dynamodb(String command, String... args) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of("aws", "dynamodb", command));
        line.addAll(List.of(args));
        line.addAll(List.of("--endpoint-url", endpoint.toString(), "--output", "json"));
        Path out = Files.createTempFile("aws-cli", ".out");
        Path err = Files.createTempFile("aws-cli", ".err");
        try {
            ProcessBuilder builder = new ProcessBuilder(line).redirectOutput(out.toFile()).redirectError(err.toFile());
            Map<String, String> env = builder.environment();
            env.put("AWS_ACCESS_KEY_ID", "sandbox");
            env.put("AWS_SECRET_ACCESS_KEY", "sandbox");
            env.put("AWS_DEFAULT_REGION", "eu-west-2");
            env.put("AWS_CONFIG_FILE", "/dev/null");
            env.put("AWS_SHARED_CREDENTIALS_FILE", "/dev/null");
            env.put("AWS_MAX_ATTEMPTS", "1");
            env.put("AWS_PAGER", "");
            Process process = builder.start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("aws dynamodb " + command + " did not finish in 120 s");
            }
            return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
