package io.switchboard.stack.testing;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The real AWS CLI (preinstalled in the machines' default python3), run against a sandbox endpoint
 * with throwaway credentials. Absent: the test is skipped with a message, or fails under CI=true.
 */
public final class AwsCli {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Checked once per test JVM: starting the CLI costs seconds. */
    private static String availabilityProblem;
    private static boolean availabilityChecked;

    private final URI endpoint;
    private final String region;

    private AwsCli(URI endpoint, String region) {
        this.endpoint = endpoint;
        this.region = region;
    }

    /** The CLI aimed at {@code endpoint}; skips (or fails under CI=true) when {@code aws} cannot run. */
    public static AwsCli against(URI endpoint, String region) {
        String problem = checkedAvailability();
        if (problem != null) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("The AWS CLI is required under CI=true: " + problem);
            }
            assumeTrue(false, "AWS CLI not available, skipping: " + problem);
        }
        return new AwsCli(endpoint, region);
    }

    private static synchronized String checkedAvailability() {
        if (!availabilityChecked) {
            availabilityProblem = availability();
            availabilityChecked = true;
        }
        return availabilityProblem;
    }

    private static String availability() {
        try {
            Process process = new ProcessBuilder("aws", "--version").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                return "'aws --version' did not succeed";
            }
            return null;
        } catch (IOException e) {
            return "'aws' is not on the PATH (" + e.getMessage() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    /** What one CLI command printed and how it exited. */
    public record Result(int exitCode, String stdout, String stderr) {
        public JsonNode json() {
            try {
                return JSON.readTree(stdout);
            } catch (IOException e) {
                throw new AssertionError("not JSON (exit " + exitCode + ", stderr " + stderr + "): " + stdout, e);
            }
        }
    }

    /** Runs {@code aws <service> <command> <args…> --endpoint-url … --output json}. */
    public Result run(String service, String command, String... args) {
        List<String> line = new ArrayList<>(List.of("aws", service, command));
        line.addAll(List.of(args));
        line.addAll(List.of("--endpoint-url", endpoint.toString(), "--output", "json"));
        try {
            Path out = Files.createTempFile("aws-cli", ".out");
            Path err = Files.createTempFile("aws-cli", ".err");
            try {
                ProcessBuilder builder = new ProcessBuilder(line).redirectOutput(out.toFile()).redirectError(err.toFile());
                Map<String, String> env = builder.environment();
                env.put("AWS_ACCESS_KEY_ID", "sandbox");
                env.put("AWS_SECRET_ACCESS_KEY", "sandbox");
                env.put("AWS_DEFAULT_REGION", region);
                env.put("AWS_CONFIG_FILE", "/dev/null");
                env.put("AWS_SHARED_CREDENTIALS_FILE", "/dev/null");
                env.put("AWS_MAX_ATTEMPTS", "1");
                env.put("AWS_PAGER", "");
                Process process = builder.start();
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new AssertionError("aws " + service + " " + command + " did not finish in 60 s");
                }
                return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                        Files.readString(err, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
